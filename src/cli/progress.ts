// A one-line progress bar on stderr for long runs: files done / total, findings so far, rate and time left. Only on a
// terminal (a pipe or a CI log gets nothing), redrawn at most ten times a second, erased at the end. Hand-written:
// it is one line of output, smaller than the options of a progress library.
import type { Locale } from '../engine/types.js';
import { t } from '../i18n/labels.js';

const REDRAW_MS = 100;
const BAR_WIDTH = 20;

export interface Progress {
  advance(findings: number): void;
  finish(): void;
}

const silent: Progress = { advance: () => undefined, finish: () => undefined };

function duration(seconds: number, locale: Locale): string {
  const whole = Math.max(0, Math.round(seconds));
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  if (minutes === 0) return t(locale, `${rest}秒`, `${rest}s`);
  return t(locale, `${minutes}分${rest}秒`, `${minutes}m${String(rest).padStart(2, '0')}s`);
}

export function progressLine(done: number, total: number, findings: number, elapsedMs: number, locale: Locale): string {
  const share = total === 0 ? 1 : done / total;
  const filled = Math.round(share * BAR_WIDTH);
  const bar = `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const left = rate > 0 ? (total - done) / rate : undefined;
  const eta = left === undefined ? '' : t(locale, ` · 剩余约 ${duration(left, locale)}`, ` · about ${duration(left, locale)} left`);
  return t(
    locale,
    `${bar} ${done}/${total} 个文件 · 问题 ${findings} · ${rate.toFixed(1)} 个/秒${eta}`,
    `${bar} ${done}/${total} files · ${findings} findings · ${rate.toFixed(1)} files/s${eta}`,
  );
}

export function createProgress(options: { total: number; enabled: boolean; write: (text: string) => void; locale: Locale; now?: () => number }): Progress {
  if (!options.enabled || options.total === 0) return silent;
  const now = options.now ?? Date.now;
  const started = now();
  let done = 0;
  let findings = 0;
  let drawnAt = 0;
  return {
    advance(newFindings) {
      done++;
      findings += newFindings;
      const time = now();
      if (time - drawnAt < REDRAW_MS && done < options.total) return;
      drawnAt = time;
      options.write(`\r${progressLine(done, options.total, findings, time - started, options.locale)}\u001b[K`);
    },
    finish() {
      options.write('\r\u001b[K');
    },
  };
}
