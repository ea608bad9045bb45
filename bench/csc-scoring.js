// What bench/csc-eval.js and bench/lm-eval.js share: turning findings on one sentence into flagged positions and a
// corrected sentence, as the standard CSC metrics score them.

/**
 * Findings {start, end, replacement} (0-based code points) on a sentence given as an array of characters → the flagged
 * positions and the corrected characters. A finding flags the positions where its replacement differs from the text
 * it covers (all of it when the lengths differ or there is no replacement); corrections are applied right to left,
 * never overlapping.
 */
export function flaggedAndCorrected(chars, findings) {
  const flagged = new Set();
  const edits = [];
  for (const { start, end, replacement } of findings) {
    const covered = chars.slice(start, end);
    const replacementChars = replacement === undefined ? undefined : Array.from(replacement);
    if (replacementChars && replacementChars.length === covered.length) {
      let differs = false;
      for (let i = 0; i < covered.length; i++) {
        if (covered[i] !== replacementChars[i]) {
          flagged.add(start + i);
          differs = true;
        }
      }
      if (!differs) for (let i = start; i < end; i++) flagged.add(i);
    } else {
      for (let i = start; i < end; i++) flagged.add(i);
    }
    if (replacementChars) edits.push({ start, end, chars: replacementChars });
  }
  const corrected = [...chars];
  let limit = Infinity;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    if (edit.end > limit) continue;
    corrected.splice(edit.start, edit.end - edit.start, ...edit.chars);
    limit = edit.start;
  }
  return { flagged, corrected };
}

const sameSet = (a, b) => a.size === b.size && [...a].every((x) => b.has(x));

/** Empty counts for countSentence. */
export function newCounts() {
  return {
    sentence: { flagged: 0, withErrors: 0, detTP: 0, corTP: 0, clean: 0, cleanFlagged: 0 },
    character: { predicted: 0, gold: 0, detTP: 0, corTP: 0 },
  };
}

/**
 * Adds one sentence's outcome to the counts. Sentence level: detection is right when the flagged positions equal the
 * gold positions, correction when the corrected sentence also equals the target. Character level: flagged positions
 * against gold positions, and the corrected character at each. Returns whether detection was right.
 */
export function countSentence(counts, row, flagged, corrected) {
  const { sentence: s, character: c } = counts;
  const hasErrors = row.gold.size > 0;
  if (hasErrors) s.withErrors++;
  else s.clean++;
  if (flagged.size > 0) {
    s.flagged++;
    if (!hasErrors) s.cleanFlagged++;
  }
  const detected = hasErrors && sameSet(flagged, row.gold);
  if (detected) s.detTP++;
  if (detected && corrected.join('') === row.target) s.corTP++;
  c.predicted += flagged.size;
  c.gold += row.gold.size;
  for (const position of flagged) {
    if (!row.gold.has(position)) continue;
    c.detTP++;
    if (corrected.length === row.chars.length && corrected[position] === row.targetChars[position]) c.corTP++;
  }
  return detected;
}
