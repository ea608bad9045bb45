// The `workday` config key: when a working day ends, which days are working days, and the time zone of deadlines.
import { z } from 'zod';
import { isTimeZone } from './zoned-time.js';

const isoDate = z.iso.date({ error: '日期应为 YYYY-MM-DD / expected a YYYY-MM-DD date' });

export const workdayConfigSchema = z
  .object({
    end: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: '时间应为 HH:MM，例如 17:30 / expected HH:MM, e.g. 17:30' })
      .optional()
      .describe('End of the working day, HH:MM (default 17:30): the deadline of general items'),
    days: z
      .array(z.number().int().min(1).max(7))
      .min(1)
      .optional()
      .describe('Working days of the week as ISO weekday numbers, 1 = Monday … 7 = Sunday (default [1,2,3,4,5])'),
    holidays: z.array(isoDate).optional().describe('Days off that would otherwise be working days (YYYY-MM-DD)'),
    extraWorkdays: z.array(isoDate).optional().describe('Working days that would otherwise be days off, e.g. a Sunday made up for a holiday (YYYY-MM-DD)'),
    timeZone: z
      .string()
      .refine(isTimeZone, { error: '不是有效的 IANA 时区名，例如 Asia/Shanghai / not a valid IANA time zone, e.g. Asia/Shanghai' })
      .optional()
      .describe('IANA time zone of deadlines (default Asia/Shanghai)'),
  })
  .strict()
  .describe('Working hours for worklist deadlines (cuomin worklist / verify)');

export type WorkdayConfig = z.infer<typeof workdayConfigSchema>;

/** The config with every default filled in. */
export interface WorkdaySettings {
  /** Minutes after midnight. */
  endMinutes: number;
  end: string;
  days: ReadonlySet<number>;
  holidays: ReadonlySet<string>;
  extraWorkdays: ReadonlySet<string>;
  timeZone: string;
}

export const DEFAULT_WORKDAY = { end: '17:30', days: [1, 2, 3, 4, 5], timeZone: 'Asia/Shanghai' } as const;

export function workdaySettings(config: WorkdayConfig = {}): WorkdaySettings {
  const end = config.end ?? DEFAULT_WORKDAY.end;
  const [hours, minutes] = end.split(':').map(Number);
  return {
    end,
    endMinutes: hours * 60 + minutes,
    days: new Set(config.days ?? DEFAULT_WORKDAY.days),
    holidays: new Set(config.holidays ?? []),
    extraWorkdays: new Set(config.extraWorkdays ?? []),
    timeZone: config.timeZone ?? DEFAULT_WORKDAY.timeZone,
  };
}
