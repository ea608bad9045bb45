// Full-width digits, Latin letters, + and - (１３８－００１３) read as their ASCII forms, offset for offset.

/** The text with full-width digits, letters, ＋ and － replaced by ASCII; every offset stays the same. */
export function toHalfWidth(text: string): string {
  return text.replace(/[０-９Ａ-Ｚａ-ｚ＋－]/gu, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}
