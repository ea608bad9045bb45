// Mainland mobile numbers: 11 digits whose first three are an allocated mobile prefix.

/** Allocated first three digits: 130–139, 145–149, 150–153, 155–159, 162, 165–167, 170–178, 180–189, 190–193, 195–199. */
const MOBILE_PREFIX_RANGES: ReadonlyArray<readonly [number, number]> = [
  [130, 139], [145, 149], [150, 153], [155, 159], [162, 162], [165, 167], [170, 178], [180, 189], [190, 193], [195, 199],
];

export function isMobilePrefix(prefix: string): boolean {
  const value = Number(prefix);
  return MOBILE_PREFIX_RANGES.some(([low, high]) => value >= low && value <= high);
}

/** True for 11 digits that begin with an allocated mobile prefix. */
export function isMobileNumber(digits: string): boolean {
  return /^1\d{10}$/.test(digits) && isMobilePrefix(digits.slice(0, 3));
}
