import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/resolve-config.js';
import { ConfigError } from '../../src/config/errors.js';
import { workdaySettings } from '../../src/worklist/workday-config.js';

async function configError(workday: unknown): Promise<string> {
  try {
    await resolveConfig({ workday }, { baseDir: process.cwd() });
  } catch (error) {
    if (error instanceof ConfigError) return error.localized.zh;
    throw error;
  }
  return '';
}

describe('workday config', () => {
  it('defaults to 17:30, Monday to Friday, Asia/Shanghai', () => {
    const settings = workdaySettings();
    expect(settings).toMatchObject({ end: '17:30', endMinutes: 1050, timeZone: 'Asia/Shanghai' });
    expect([...settings.days]).toEqual([1, 2, 3, 4, 5]);
  });

  it('is read from the config file', async () => {
    const config = await resolveConfig({ workday: { end: '18:00', holidays: ['2026-10-01'], extraWorkdays: ['2026-09-20'], timeZone: 'Asia/Harbin' } }, { baseDir: process.cwd() });
    expect(config.workday).toEqual({ end: '18:00', holidays: ['2026-10-01'], extraWorkdays: ['2026-09-20'], timeZone: 'Asia/Harbin' });
  });

  it('rejects bad times, dates, weekdays, zones and unknown keys, naming the key', async () => {
    expect(await configError({ end: '5:30pm' })).toContain('workday.end: 时间应为 HH:MM');
    expect(await configError({ end: '24:00' })).toContain('workday.end');
    expect(await configError({ holidays: ['2026-02-30'] })).toContain('workday.holidays.0: 日期应为 YYYY-MM-DD');
    expect(await configError({ extraWorkdays: ['2026/09/20'] })).toContain('workday.extraWorkdays.0');
    expect(await configError({ days: [0] })).toContain('workday.days.0');
    expect(await configError({ days: [] })).toContain('workday.days');
    expect(await configError({ timeZone: 'Beijing' })).toContain('workday.timeZone: 不是有效的 IANA 时区名');
    expect(await configError({ start: '08:30' })).toContain('不认识的键 "start"');
  });
});
