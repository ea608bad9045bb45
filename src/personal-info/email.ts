// E-mail addresses: the prose builder hides them behind U+FFFC, so they are found again in the source. An address
// counts as a private person's only next to other personal data or a label such as 个人邮箱; a government or
// education address is an office's and is public.
import type { CuominDocument } from '../document/types.js';
import { OBJECT_PLACEHOLDER } from '../document/types.js';

const EMAIL = /^[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i;
/** Domains of government, Party, military and education bodies. */
const PUBLIC_DOMAIN = /(?:^|\.)(?:gov|edu|mil|org)(?:\.cn)?$|(?:^|\.)(?:gov|edu)\.[a-z]{2}$/i;

export interface EmailOccurrence {
  address: string;
  /** Source offsets of the address (or of the whole mailto link). */
  sourceStart: number;
  sourceEnd: number;
  /** Prose offsets that stand for it: its placeholder, or the link text. */
  start: number;
  end: number;
}

/** Every e-mail address of the document: those masked in the prose, and mailto links whose address is not. */
export function findEmails(document: CuominDocument): EmailOccurrence[] {
  const found: EmailOccurrence[] = [];
  const { text, source } = document;
  for (let index = text.indexOf(OBJECT_PLACEHOLDER); index >= 0; index = text.indexOf(OBJECT_PLACEHOLDER, index + 1)) {
    const [sourceStart, sourceEnd] = document.sourceRange(index, index + 1);
    const address = source.slice(sourceStart, sourceEnd);
    if (EMAIL.test(address)) found.push({ address, sourceStart, sourceEnd, start: index, end: index + 1 });
  }
  for (const link of document.links) {
    const address = /^mailto:([^?]+)/i.exec(link.url)?.[1];
    if (!address || !EMAIL.test(address)) continue;
    if (found.some((email) => email.sourceStart >= link.sourceStart && email.sourceEnd <= link.sourceEnd)) continue;
    found.push({ address, sourceStart: link.sourceStart, sourceEnd: link.sourceEnd, start: link.start, end: link.end });
  }
  return found.sort((a, b) => a.sourceStart - b.sourceStart);
}

/** True for an address at a government, Party, military or education domain. */
export function isPublicBodyAddress(address: string): boolean {
  return PUBLIC_DOMAIN.test(address.slice(address.indexOf('@') + 1));
}
