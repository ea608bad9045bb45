// Vehicle licence plates: a shape that is personal data only when a label (车牌、号牌、车辆) is near.

/** Province abbreviations that begin a civil licence plate. */
const PLATE_PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';

/**
 * 黑A12345, 黑A·12345, 黑AD12345 (new energy): the province, the city letter (no I or O), then 5 or 6 letters and
 * digits of which at least 3 are digits, or 4 characters and 挂/学/警.
 */
export const LICENCE_PLATE_PATTERN = new RegExp(
  `(?<![0-9A-Za-z])[${PLATE_PROVINCES}][A-HJ-NP-Z][·・• ]?(?:[A-HJ-NP-Z0-9]{5,6}|[A-HJ-NP-Z0-9]{4}[挂学警])(?![0-9A-Za-z])`,
  'gu',
);

/** True when the plate's serial has at least three digits (黑A12345, not 黑ABCDEF). */
export function isPlausiblePlate(plate: string): boolean {
  return (plate.slice(2).match(/\d/g) ?? []).length >= 3;
}
