// The error a parser throws for input it cannot read; it becomes one fatal message for that file.
import type { LocalizedText } from '../engine/types.js';

export class DocumentParseError extends Error {
  constructor(readonly localized: LocalizedText, readonly line = 1, readonly column = 1) {
    super(localized.en);
    this.name = 'DocumentParseError';
  }
}
