// A polite crawler of one portal into an export folder `cuomin scan` can read: same host (and configured hosts) only,
// robots.txt obeyed, a concurrency limit and a delay between requests, page and byte budgets, timeouts, redirects
// followed only within the site, attachments listed (checked with HEAD) but not downloaded unless asked.
import fs from 'node:fs';
import path from 'node:path';
import { exportPathOf, pageKey } from './export-path.js';
import { extractLinks } from './extract-links.js';
import { fetchLimited, type FetchLimits, type FetchOutcome } from './fetch-limited.js';
import { loadRobots, type RobotsRules } from './robots.js';

export interface CrawlOptions {
  startUrl: URL;
  outDir: string;
  /** Other host names of the same site. */
  hosts: string[];
  concurrency: number;
  delayMs: number;
  maxPages: number;
  maxBytes: number;
  timeoutMs: number;
  downloadAttachments: boolean;
  userAgent: string;
  /** Called after each request, for progress output. */
  onProgress?: (progress: CrawlProgress) => void;
}

export interface CrawlProgress {
  pages: number;
  queued: number;
  url: string;
}

export type SkipReason = 'robots' | 'off-site-redirect' | 'too-many-redirects' | 'too-large' | 'timeout' | 'network' | 'http-status' | 'max-pages';

export interface CrawlManifest {
  startUrl: string;
  startedAt: string;
  finishedAt: string;
  pages: Array<{ url: string; path: string; status: number; bytes: number; contentType: string }>;
  attachments: Array<{ url: string; status?: number; contentType?: string; bytes?: number; path?: string }>;
  skipped: Array<{ url: string; reason: SkipReason; status?: number; detail?: string; from?: string }>;
  /** Links that point off the site, not visited. */
  external: number;
}

export const MANIFEST_NAME = 'cuomin-crawl.json';

const ATTACHMENT = /\.(pdf|docx?|xlsx?|pptx?|wps|et|ofd|zip|rar|7z|gz|jpe?g|png|gif|bmp|webp|svg|ico|mp[34]|avi|flv|wmv|mov|txt|csv|xml|css|js)$/i;
const MAX_REDIRECTS = 5;

interface QueueItem {
  url: URL;
  from?: string;
  redirects: number;
  attachment: boolean;
}

export async function crawl(options: CrawlOptions): Promise<CrawlManifest> {
  const startedAt = new Date().toISOString();
  const allowedHosts = new Set([options.startUrl.host.toLowerCase(), ...options.hosts.map((host) => host.toLowerCase())]);
  const limits: FetchLimits = { timeoutMs: options.timeoutMs, maxBytes: options.maxBytes, userAgent: options.userAgent };
  const manifest: CrawlManifest = { startUrl: options.startUrl.href, startedAt, finishedAt: startedAt, pages: [], attachments: [], skipped: [], external: 0 };
  const robotsByOrigin = new Map<string, Promise<RobotsRules>>();
  const robotsOf = (url: URL) => {
    if (!robotsByOrigin.has(url.origin)) robotsByOrigin.set(url.origin, loadRobots(url, limits));
    return robotsByOrigin.get(url.origin)!;
  };
  const seen = new Set<string>();
  const queue: QueueItem[] = [];
  const isOnSite = (url: URL) => /^https?:$/.test(url.protocol) && allowedHosts.has(url.host.toLowerCase());
  const enqueue = (url: URL, from: string | undefined, redirects = 0, attachment = ATTACHMENT.test(url.pathname)) => {
    if (!isOnSite(url)) {
      manifest.external++;
      return;
    }
    const key = pageKey(url);
    if (seen.has(key)) return;
    seen.add(key);
    queue.push({ url: new URL(key), from, redirects, attachment });
  };

  let nextRequestAt = 0;
  const politeTurn = async (delayMs: number) => {
    const now = Date.now();
    const at = Math.max(now, nextRequestAt);
    nextRequestAt = at + delayMs;
    if (at > now) await new Promise((resolve) => setTimeout(resolve, at - now));
  };

  const visit = async (item: QueueItem) => {
    const robots = await robotsOf(item.url);
    if (!robots.isAllowed(item.url)) {
      manifest.skipped.push({ url: item.url.href, reason: 'robots', ...(item.from ? { from: item.from } : {}) });
      return;
    }
    await politeTurn(Math.max(options.delayMs, robots.delayMs ?? 0));
    const method = item.attachment && !options.downloadAttachments ? 'HEAD' : 'GET';
    const outcome = await fetchLimited(
      { url: item.url, method, wantBody: (type) => isHtml(type) || options.downloadAttachments },
      limits,
    );
    record(item, outcome);
  };

  const record = (item: QueueItem, outcome: FetchOutcome) => {
    const from = item.from ? { from: item.from } : {};
    switch (outcome.kind) {
      case 'redirect': {
        const target = new URL(outcome.location, item.url);
        if (!isOnSite(target)) manifest.skipped.push({ url: item.url.href, reason: 'off-site-redirect', status: outcome.status, detail: target.href, ...from });
        else if (item.redirects >= MAX_REDIRECTS) manifest.skipped.push({ url: item.url.href, reason: 'too-many-redirects', status: outcome.status, ...from });
        else enqueue(target, item.from, item.redirects + 1);
        return;
      }
      case 'http-error':
        manifest.skipped.push({ url: item.url.href, reason: 'http-status', status: outcome.status, ...from });
        return;
      case 'failed':
        manifest.skipped.push({ url: item.url.href, reason: outcome.reason, detail: outcome.detail, ...from });
        return;
      case 'too-large':
        manifest.skipped.push({ url: item.url.href, reason: 'too-large', status: outcome.status, ...from });
        return;
      case 'not-read':
        manifest.attachments.push({ url: item.url.href, status: outcome.status, contentType: outcome.contentType, ...(outcome.length !== undefined ? { bytes: outcome.length } : {}) });
        return;
      case 'ok': {
        const exportPath = exportPathOf(item.url);
        if (!isHtml(outcome.contentType)) {
          save(exportPath, outcome.body);
          manifest.attachments.push({ url: item.url.href, status: outcome.status, contentType: outcome.contentType, bytes: outcome.body.length, path: exportPath });
          return;
        }
        save(exportPath, outcome.body);
        manifest.pages.push({ url: item.url.href, path: exportPath, status: outcome.status, bytes: outcome.body.length, contentType: outcome.contentType });
        const links = extractLinks(new TextDecoder('utf-8').decode(outcome.body));
        const base = resolveOrUndefined(links.base, item.url) ?? item.url;
        for (const href of links.pages) {
          const url = resolveOrUndefined(href, base);
          if (url) enqueue(url, item.url.href);
        }
        for (const src of links.resources) {
          const url = resolveOrUndefined(src, base);
          if (url) enqueue(url, item.url.href, 0, true);
        }
      }
    }
  };

  const save = (exportPath: string, body: Buffer) => {
    const target = path.join(options.outDir, ...exportPath.split('/'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, body);
  };

  enqueue(options.startUrl, undefined, 0, false);
  const active = new Set<Promise<void>>();
  let started = 0;
  while (queue.length > 0 || active.size > 0) {
    while (active.size < options.concurrency && queue.length > 0) {
      const item = queue.shift()!;
      if (!item.attachment && started >= options.maxPages) {
        manifest.skipped.push({ url: item.url.href, reason: 'max-pages', ...(item.from ? { from: item.from } : {}) });
        continue;
      }
      if (!item.attachment) started++;
      const task = visit(item).finally(() => {
        active.delete(task);
        options.onProgress?.({ pages: manifest.pages.length, queued: queue.length, url: item.url.href });
      });
      active.add(task);
    }
    if (active.size > 0) await Promise.race(active);
  }
  manifest.finishedAt = new Date().toISOString();
  manifest.pages.sort((a, b) => a.path.localeCompare(b.path));
  manifest.attachments.sort((a, b) => a.url.localeCompare(b.url));
  manifest.skipped.sort((a, b) => a.url.localeCompare(b.url));
  fs.mkdirSync(options.outDir, { recursive: true });
  fs.writeFileSync(path.join(options.outDir, MANIFEST_NAME), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

function isHtml(contentType: string): boolean {
  return /text\/html|application\/xhtml\+xml/.test(contentType);
}

function resolveOrUndefined(href: string | undefined, base: URL): URL | undefined {
  if (!href || /^(mailto|tel|javascript|data):/i.test(href.trim())) return undefined;
  try {
    return new URL(href, base);
  } catch {
    return undefined;
  }
}
