// Errors a user can cause through configuration: reported with the file and the key, exit code 2.
import type { LocalizedText } from '../engine/types.js';

export class ConfigError extends Error {
  constructor(readonly localized: LocalizedText) {
    super(localized.en);
    this.name = 'ConfigError';
  }
}
