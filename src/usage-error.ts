// A mistake in how cuomin was called (bad option value, no matching files): exit code 2, no stack trace.
import type { LocalizedText } from './engine/types.js';

export class UsageError extends Error {
  constructor(readonly localized: LocalizedText) {
    super(localized.en);
    this.name = 'UsageError';
  }
}
