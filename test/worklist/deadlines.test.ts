import { describe, expect, it } from 'vitest';
import { deadlineFor, isWorkingDay } from '../../src/worklist/deadlines.js';
import { workdaySettings } from '../../src/worklist/workday-config.js';
import { formatZoned, parseZoned } from '../../src/worklist/zoned-time.js';

const SHANGHAI = 'Asia/Shanghai';
const defaults = workdaySettings();
/** A National Day week as a config would list it: Thursday 1 to Wednesday 7 October 2026 off, Sunday 20 September and Saturday 10 October worked. */
const nationalDay = workdaySettings({
  holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
  extraWorkdays: ['2026-09-20', '2026-10-10'],
});

function deadline(foundAt: string, urgency: 'urgent' | 'general', settings = defaults): string {
  const instant = parseZoned(foundAt, settings.timeZone);
  if (instant === undefined) throw new Error(`bad time ${foundAt}`);
  return formatZoned(deadlineFor(instant, urgency, settings), settings.timeZone);
}

describe('deadlines', () => {
  it('gives urgent items 30 minutes, whatever the hour', () => {
    expect(deadline('2026-11-27T17:20:00+08:00', 'urgent')).toBe('2026-11-27T17:50:00+08:00');
    // Late on a Saturday: urgent items do not wait for office hours.
    expect(deadline('2026-11-28T23:50:00+08:00', 'urgent')).toBe('2026-11-29T00:20:00+08:00');
  });

  it('gives general items until the end of the working day they were found on', () => {
    expect(deadline('2026-11-27T10:00:00+08:00', 'general')).toBe('2026-11-27T17:30:00+08:00');
    expect(deadline('2026-11-27T17:30:00+08:00', 'general')).toBe('2026-11-27T17:30:00+08:00');
  });

  it('moves general items found after hours on a Friday, or at the weekend, to Monday 17:30', () => {
    expect(deadline('2026-11-27T18:00:00+08:00', 'general')).toBe('2026-11-30T17:30:00+08:00');
    expect(deadline('2026-11-27T17:30:01+08:00', 'general')).toBe('2026-11-30T17:30:00+08:00');
    expect(deadline('2026-11-28T09:00:00+08:00', 'general')).toBe('2026-11-30T17:30:00+08:00');
    expect(deadline('2026-11-29T23:59:59+08:00', 'general')).toBe('2026-11-30T17:30:00+08:00');
  });

  it('skips holidays to the next working day', () => {
    expect(deadline('2026-09-30T18:00:00+08:00', 'general', nationalDay)).toBe('2026-10-08T17:30:00+08:00');
    expect(deadline('2026-10-01T10:00:00+08:00', 'general', nationalDay)).toBe('2026-10-08T17:30:00+08:00');
    expect(deadline('2026-10-07T10:00:00+08:00', 'general', nationalDay)).toBe('2026-10-08T17:30:00+08:00');
    // Without the holiday list, 1 October is an ordinary Thursday.
    expect(deadline('2026-10-01T10:00:00+08:00', 'general')).toBe('2026-10-01T17:30:00+08:00');
  });

  it('counts extra workdays at the weekend as working days', () => {
    expect(deadline('2026-10-10T09:00:00+08:00', 'general', nationalDay)).toBe('2026-10-10T17:30:00+08:00');
    expect(deadline('2026-10-09T18:00:00+08:00', 'general', nationalDay)).toBe('2026-10-10T17:30:00+08:00');
    expect(deadline('2026-09-19T11:00:00+08:00', 'general', nationalDay)).toBe('2026-09-20T17:30:00+08:00');
    expect(deadline('2026-10-10T09:00:00+08:00', 'general')).toBe('2026-10-12T17:30:00+08:00');
  });

  it('reads the found-at time in the configured zone, whatever offset it was given in', () => {
    expect(deadline('2026-11-27T02:00:00Z', 'general')).toBe('2026-11-27T17:30:00+08:00');
    expect(deadline('2026-11-27T10:00:00Z', 'general')).toBe('2026-11-30T17:30:00+08:00');
  });

  it('follows the configured end of day, working days and time zone (with daylight saving)', () => {
    const saturdays = workdaySettings({ end: '18:00', days: [1, 2, 3, 4, 5, 6] });
    expect(deadline('2026-11-28T09:00:00+08:00', 'general', saturdays)).toBe('2026-11-28T18:00:00+08:00');
    const berlin = workdaySettings({ timeZone: 'Europe/Berlin' });
    // Friday evening before the clocks go forward on Sunday 29 March 2026: Monday's end of day is in summer time.
    expect(deadline('2026-03-27T18:00:00+01:00', 'general', berlin)).toBe('2026-03-30T17:30:00+02:00');
  });

  it('decides working days from extra workdays, then holidays, then the weekday', () => {
    expect(isWorkingDay('2026-11-27', defaults)).toBe(true);
    expect(isWorkingDay('2026-11-28', defaults)).toBe(false);
    expect(isWorkingDay('2026-10-01', nationalDay)).toBe(false);
    expect(isWorkingDay('2026-10-10', nationalDay)).toBe(true);
  });
});
