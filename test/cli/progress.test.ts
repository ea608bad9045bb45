import { createProgress, progressLine } from '../../src/cli/progress.js';

describe('progress', () => {
  it('shows files done, findings, rate and time left', () => {
    expect(progressLine(250, 1000, 37, 10_000, 'zh')).toBe('█████░░░░░░░░░░░░░░░ 250/1000 个文件 · 问题 37 · 25.0 个/秒 · 剩余约 30秒');
    expect(progressLine(500, 35_000, 4200, 20_000, 'en')).toBe('░░░░░░░░░░░░░░░░░░░░ 500/35000 files · 4200 findings · 25.0 files/s · about 23m00s left');
  });

  it('redraws at most ten times a second, always at the end, and erases itself', () => {
    const written: string[] = [];
    let time = 0;
    const progress = createProgress({ total: 50, enabled: true, write: (text) => written.push(text), locale: 'zh', now: () => time });
    for (let file = 0; file < 50; file++) {
      time += 10;
      progress.advance(2);
    }
    progress.finish();
    expect(written.length).toBeLessThanOrEqual(7);
    expect(written.at(-2)).toContain('50/50 个文件 · 问题 100');
    expect(written.at(-1)).toBe('\r\u001b[K');
  });

  it('writes nothing when stderr is not a terminal', () => {
    const written: string[] = [];
    const progress = createProgress({ total: 5, enabled: false, write: (text) => written.push(text), locale: 'zh' });
    progress.advance(1);
    progress.finish();
    expect(written).toEqual([]);
  });
});
