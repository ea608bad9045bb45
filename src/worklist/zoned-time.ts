// Wall-clock time in an IANA time zone without a date library: Intl gives the local parts, offsets follow from them.
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isTimeZone(value: string): boolean {
  try {
    formatterFor(value);
    return true;
  } catch {
    return false;
  }
}

/** The local date and time at `instant` (milliseconds since the epoch) in `timeZone`. */
export function wallClock(instant: number, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour % 24, minute: parts.minute, second: parts.second };
}

/** Minutes east of UTC in `timeZone` at `instant` (+480 for Asia/Shanghai). */
export function offsetMinutes(instant: number, timeZone: string): number {
  const local = wallClock(instant, timeZone);
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/** The instant at which clocks in `timeZone` show `local` (the later reading when a transition makes it ambiguous). */
export function instantOf(local: WallClock, timeZone: string): number {
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  const first = asUtc - offsetMinutes(asUtc, timeZone) * 60_000;
  const second = asUtc - offsetMinutes(first, timeZone) * 60_000;
  return second;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `2026-11-27T10:30:00+08:00`: ISO 8601 with the zone's offset, whole seconds. */
export function formatZoned(instant: number, timeZone: string): string {
  const local = wallClock(instant, timeZone);
  const offset = offsetMinutes(instant, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const absolute = Math.abs(offset);
  return `${pad(local.year, 4)}-${pad(local.month)}-${pad(local.day)}T${pad(local.hour)}:${pad(local.minute)}:${pad(local.second)}${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Parses an ISO 8601 date-time; without an offset it is read as wall-clock time in `timeZone`. Returns the instant
 * (whole seconds) or undefined when the text is not a valid date-time.
 */
export function parseZoned(text: string, timeZone: string): number | undefined {
  const match = ISO_TIME.exec(text.trim());
  if (!match) return undefined;
  const local: WallClock = {
    year: Number(match[1]),
    month: Number(match[2]),
    day: Number(match[3]),
    hour: Number(match[4]),
    minute: Number(match[5]),
    second: Number(match[6] ?? 0),
  };
  const check = new Date(Date.UTC(local.year, local.month - 1, local.day));
  if (check.getUTCFullYear() !== local.year || check.getUTCMonth() !== local.month - 1 || check.getUTCDate() !== local.day) return undefined;
  if (local.hour > 23 || local.minute > 59 || local.second > 59) return undefined;
  const zone = match[7];
  if (zone === undefined) return instantOf(local, timeZone);
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  if (zone.toUpperCase() === 'Z') return asUtc;
  const digits = zone.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  if (Number(digits.slice(3, 5)) > 59 || minutes > 18 * 60) return undefined;
  return asUtc - (digits[0] === '-' ? -minutes : minutes) * 60_000;
}
