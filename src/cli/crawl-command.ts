// `cuomin crawl <url> --out <dir>`: a polite crawl of the live portal into an export folder for `cuomin scan`.
import path from 'node:path';
import type { Locale } from '../engine/types.js';
import { crawl, MANIFEST_NAME, type CrawlManifest } from '../crawl/crawler.js';
import { t } from '../i18n/labels.js';
import { UsageError } from '../usage-error.js';
import { VERSION } from '../version.js';
import type { CommandIO } from './lint-command.js';

export interface CrawlCommandOptions {
  out?: string;
  host?: string[];
  concurrency?: string;
  delay?: string;
  maxPages?: string;
  maxBytes?: string;
  timeout?: string;
  downloadAttachments?: boolean;
  locale?: string;
}

function positiveInteger(name: string, value: string | undefined, fallback: number, allowZero = false): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || (!allowZero && Number(value) === 0)) {
    throw new UsageError({
      zh: `${name} 应为${allowZero ? '非负' : '正'}整数，收到“${value}”`,
      en: `${name} must be a ${allowZero ? 'non-negative' : 'positive'} integer, got "${value}"`,
    });
  }
  return Number(value);
}

function startUrlOf(value: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol)) {
    throw new UsageError({ zh: `起始地址应为 http:// 或 https:// 开头的网址，收到“${value}”`, en: `The start address must be an http:// or https:// URL, got "${value}"` });
  }
  return url;
}

export async function runCrawlCommand(url: string, options: CrawlCommandOptions, io: CommandIO, locale: Locale): Promise<number> {
  if (!options.out) throw new UsageError({ zh: '请用 --out <目录> 指定保存位置', en: 'Give the folder to save into with --out <dir>' });
  const startUrl = startUrlOf(url);
  const outDir = path.resolve(io.cwd, options.out);
  const showProgress = Boolean(io.stderrIsTTY);
  const manifest = await crawl({
    startUrl,
    outDir,
    hosts: options.host ?? [],
    concurrency: positiveInteger('--concurrency', options.concurrency, 2),
    delayMs: positiveInteger('--delay', options.delay, 500, true),
    maxPages: positiveInteger('--max-pages', options.maxPages, 5000),
    maxBytes: positiveInteger('--max-bytes', options.maxBytes, 5 * 1024 * 1024),
    timeoutMs: positiveInteger('--timeout', options.timeout, 15_000),
    downloadAttachments: Boolean(options.downloadAttachments),
    userAgent: `cuomin/${VERSION} (government website content check)`,
    onProgress: showProgress
      ? (progress) => io.stderr(`\r${t(locale, `已抓取 ${progress.pages} 页，待抓取 ${progress.queued}`, `${progress.pages} pages fetched, ${progress.queued} queued`)}\u001b[K`)
      : undefined,
  });
  if (showProgress) io.stderr('\r\u001b[K');
  io.stdout(summary(manifest, path.relative(io.cwd, outDir) || '.', locale));
  return 0;
}

function summary(manifest: CrawlManifest, outDir: string, locale: Locale): string {
  const broken = manifest.skipped.filter((item) => item.reason === 'http-status').length;
  const other = manifest.skipped.length - broken;
  return `${t(
    locale,
    `已保存 ${manifest.pages.length} 个页面到 ${outDir}，附件 ${manifest.attachments.length} 个（仅记录，未下载的不保存），无法访问 ${broken} 个，跳过 ${other} 个（robots.txt、站外跳转、超时、超出大小或数量限制）；站外链接 ${manifest.external} 个未访问。清单见 ${path.posix.join(outDir, MANIFEST_NAME)}`,
    `Saved ${manifest.pages.length} pages to ${outDir}; ${manifest.attachments.length} attachments listed (not downloaded unless asked); ${broken} unreachable, ${other} skipped (robots.txt, off-site redirects, timeouts, size or page limits); ${manifest.external} links to other sites not visited. Manifest: ${path.posix.join(outDir, MANIFEST_NAME)}`,
  )}\n`;
}
