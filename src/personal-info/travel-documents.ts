// Passport and Hong Kong/Macau pass numbers: shapes that are personal data only when 护照 or 通行证 is near.

/** Ordinary passports E12345678 / EA1234567, older G/D/S/P passports, and DE/SE/PE service passports. */
export const PASSPORT_PATTERN = /(?<![0-9A-Za-z])(?:[EGDSP]\d{8}|E[A-HJ-NP-Z]\d{7}|[DSP]E\d{7})(?![0-9A-Za-z])/gu;

/** 往来港澳通行证: C12345678 (booklet) or CA1234567 (card). */
export const TRAVEL_PASS_PATTERN = /(?<![0-9A-Za-z])C(?:\d{8}|[A-HJ-NP-Z]\d{7})(?![0-9A-Za-z])/gu;
