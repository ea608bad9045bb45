// Turns source offsets into 1-based lines and code-point columns, and prose ranges into source ranges.

export function computeLineStarts(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code === 10) starts.push(i + 1);
    else if (code === 13 && source.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

function lineIndexOf(lineStarts: number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

export function countCodePoints(text: string, start: number, end: number): number {
  let count = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff && i > start) {
      const previous = text.charCodeAt(i - 1);
      if (previous >= 0xd800 && previous <= 0xdbff) continue;
    }
    count++;
  }
  return count;
}

export function makeSourcePosition(source: string) {
  const lineStarts = computeLineStarts(source);
  // Findings arrive mostly in order, often many on one long line (a scraped page is one line): counting on from the
  // previous position keeps the work linear instead of recounting from the line start each time.
  let cachedLine = -1;
  let cachedOffset = 0;
  let cachedColumn = 0;
  return (offset: number) => {
    const clamped = Math.max(0, Math.min(offset, source.length));
    const index = lineIndexOf(lineStarts, clamped);
    let column: number;
    if (index === cachedLine && clamped >= cachedOffset) column = cachedColumn + countCodePoints(source, cachedOffset, clamped);
    else column = countCodePoints(source, lineStarts[index], clamped);
    // A surrogate pair split across the cached offset must not count twice.
    if (index === cachedLine && clamped > cachedOffset && isLowSurrogateAfterHigh(source, cachedOffset)) column--;
    cachedLine = index;
    cachedOffset = clamped;
    cachedColumn = column;
    return { line: index + 1, column: column + 1 };
  };
}

function isLowSurrogateAfterHigh(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  const previous = text.charCodeAt(index - 1);
  return code >= 0xdc00 && code <= 0xdfff && previous >= 0xd800 && previous <= 0xdbff;
}

