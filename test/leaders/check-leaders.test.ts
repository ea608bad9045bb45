import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/document/parse-text.js';
import { findLeaderErrors, type LeaderFinding } from '../../src/leaders/check-leaders.js';
import { nationalLeaders } from '../../src/leaders/load-leaders.js';
import { withLocalLeaders } from '../../src/leaders/leader-table.js';
import { soundAlike } from '../../src/leaders/similar.js';
import { localLeaderSchema } from '../../src/leaders/schema.js';

function find(text: string, date: string, table = nationalLeaders()): LeaderFinding[] {
  return findLeaderErrors(parseText(text, 'a.txt'), table, date);
}

describe('findLeaderErrors', () => {
  it('reports the title and the name as one range, and a misspelt name alone', () => {
    const [title] = find('会上，国务院副总理李强讲话。', '2025-06-01');
    expect(title).toMatchObject({ kind: 'wrongTitle', start: 3, end: 11, name: '李强', historical: false });
    const [name] = find('会上，国务院副总理何立锋讲话。', '2025-06-01');
    expect(name).toMatchObject({ kind: 'wrongName', start: 9, end: 12, written: '何立锋' });
  });

  it('reads a listed name before looking for a misspelt one (李克强 is not 李强 misspelt)', () => {
    const findings = find('国务院总理李克强主持会议。', '2025-06-01');
    expect(findings.map((finding) => finding.kind)).toEqual(['wrongTitle']);
  });

  it('needs the changed character to sound or look like the right one, and only one to change', () => {
    expect(find('国务院总理李克主持会议。', '2025-06-01')).toEqual([]);
    expect(find('国务院副总理何力锋出席。', '2025-06-01')).toEqual([]);
    expect(find('国务院副总理贺立峰出席。', '2025-06-01')).toEqual([]);
    expect(soundAlike('毫', '豪')).toBe(true);
    expect(soundAlike('乐', '越')).toBe(true);
    expect(soundAlike('克', '强')).toBe(false);
  });

  it('treats a sentence naming another date as speaking of the past', () => {
    expect(find('国务院总理李克强22日主持召开国务院常务会议。', '2023-03-25')).toEqual([]);
    expect(find('国务院总理李克强25日主持召开国务院常务会议。', '2023-03-25')).toHaveLength(1);
    expect(find('二〇一九年，国务院总理李克强来我省考察。', '2025-06-01')).toEqual([]);
    expect(find('2025年，国务院总理李克强来我省考察。', '2025-06-01')).toHaveLength(1);
  });

  it('does not join a title at the end of one block with a name at the start of the next', () => {
    expect(find('出席会议的有国务院副总理\n李强主持会议。', '2025-06-01')).toEqual([]);
  });

  it('adds local leaders as posts of their own, one person per name', () => {
    const locals = [
      { name: '张三', titles: ['副市长'], until: '2023-01-10' },
      { name: '张三', titles: ['市长'], from: '2023-01-10' },
    ].map((leader) => localLeaderSchema.parse(leader));
    const table = withLocalLeaders(nationalLeaders(), locals);
    expect(table.peopleNamed('张三')).toHaveLength(1);
    expect(find('副市长张三出席。', '2022-06-01', table)).toEqual([]);
    expect(find('副市长张三出席。', '2024-06-01', table)).toMatchObject([{ kind: 'wrongTitle', held: [{ title: '市长' }] }]);
    expect(withLocalLeaders(nationalLeaders(), [])).toBe(nationalLeaders());
  });

  it('accepts names with a middle dot and rejects non-Han names in the option', () => {
    expect(localLeaderSchema.safeParse({ name: '艾力更·依明巴海', titles: ['副主任'] }).success).toBe(true);
    expect(localLeaderSchema.safeParse({ name: 'Zhang San', titles: ['市长'] }).success).toBe(false);
    expect(localLeaderSchema.safeParse({ name: '张三', titles: [] }).success).toBe(false);
    expect(localLeaderSchema.safeParse({ name: '张三', titles: ['市长'], from: '2023-1-1' }).success).toBe(false);
  });
});
