// Correction deadlines (chapter 8 of the site rules): urgent items within 30 minutes, general ones by the end of the
// working day they were found on, or of the next working day when found after hours or on a day off.
import type { Urgency } from '../engine/types.js';
import type { WorkdaySettings } from './workday-config.js';
import { instantOf, wallClock } from './zoned-time.js';

export const URGENT_MINUTES = 30;

const pad = (value: number) => String(value).padStart(2, '0');

/** A calendar date as `YYYY-MM-DD`. */
function dateKey(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

function isoWeekday(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

function nextDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return dateKey(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
}

/** An extra workday is always a working day; a holiday never; otherwise the weekday decides. */
export function isWorkingDay(date: string, settings: WorkdaySettings): boolean {
  if (settings.extraWorkdays.has(date)) return true;
  if (settings.holidays.has(date)) return false;
  return settings.days.has(isoWeekday(date));
}

/** The first working day after `date`. Terminates: `days` is never empty and the holiday list is finite. */
export function nextWorkingDay(date: string, settings: WorkdaySettings): string {
  let candidate = nextDate(date);
  while (!isWorkingDay(candidate, settings)) candidate = nextDate(candidate);
  return candidate;
}

function endOfDay(date: string, settings: WorkdaySettings): number {
  const [year, month, day] = date.split('-').map(Number);
  return instantOf({ year, month, day, hour: Math.floor(settings.endMinutes / 60), minute: settings.endMinutes % 60, second: 0 }, settings.timeZone);
}

/** The deadline (an instant) of an item found at `foundAt`. Found exactly at the end of the day still counts as that day. */
export function deadlineFor(foundAt: number, urgency: Urgency, settings: WorkdaySettings): number {
  if (urgency === 'urgent') return foundAt + URGENT_MINUTES * 60_000;
  const local = wallClock(foundAt, settings.timeZone);
  const date = dateKey(local.year, local.month, local.day);
  const secondsOfDay = local.hour * 3600 + local.minute * 60 + local.second;
  const withinDay = isWorkingDay(date, settings) && secondsOfDay <= settings.endMinutes * 60;
  return endOfDay(withinDay ? date : nextWorkingDay(date, settings), settings);
}
