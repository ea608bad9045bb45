import { describe, expect, it } from 'vitest';
import { formatZoned, isTimeZone, offsetMinutes, parseZoned, wallClock } from '../../src/worklist/zoned-time.js';

describe('zoned time', () => {
  it('formats instants with the zone offset', () => {
    const instant = Date.UTC(2026, 10, 27, 2, 30, 0);
    expect(formatZoned(instant, 'Asia/Shanghai')).toBe('2026-11-27T10:30:00+08:00');
    expect(formatZoned(instant, 'UTC')).toBe('2026-11-27T02:30:00+00:00');
    expect(formatZoned(instant, 'America/New_York')).toBe('2026-11-26T21:30:00-05:00');
    expect(formatZoned(Date.UTC(2026, 0, 1, 0, 0, 0), 'Asia/Kolkata')).toBe('2026-01-01T05:30:00+05:30');
    expect(offsetMinutes(instant, 'Asia/Shanghai')).toBe(480);
    expect(wallClock(Date.UTC(2026, 10, 27, 16, 0, 0), 'Asia/Shanghai')).toEqual({ year: 2026, month: 11, day: 28, hour: 0, minute: 0, second: 0 });
  });

  it('parses ISO times with and without an offset', () => {
    const expected = Date.UTC(2026, 10, 27, 2, 30, 0);
    expect(parseZoned('2026-11-27T10:30:00+08:00', 'UTC')).toBe(expected);
    expect(parseZoned('2026-11-27T10:30+0800', 'UTC')).toBe(expected);
    expect(parseZoned('2026-11-27T02:30:00Z', 'Asia/Shanghai')).toBe(expected);
    expect(parseZoned('2026-11-27T02:30:00.999Z', 'Asia/Shanghai')).toBe(expected);
    // No offset: wall-clock time in the configured zone.
    expect(parseZoned('2026-11-27T10:30', 'Asia/Shanghai')).toBe(expected);
    expect(parseZoned('2026-11-27 10:30:00', 'Asia/Shanghai')).toBe(expected);
  });

  it('rejects what is not a valid date-time', () => {
    for (const bad of ['2026-11-27', '2026-02-30T10:00:00+08:00', '2026-11-27T24:00:00Z', '2026-11-27T10:60Z', 'tomorrow', '2026-11-27T10:30:00+25:00']) {
      expect(parseZoned(bad, 'Asia/Shanghai'), bad).toBeUndefined();
    }
  });

  it('knows IANA zone names', () => {
    expect(isTimeZone('Asia/Shanghai')).toBe(true);
    expect(isTimeZone('Asia/Beijing')).toBe(false);
  });
});
