// robots.txt, fetched once per host; a missing or unreadable file allows everything, as the convention says.
import robotsParserModule from 'robots-parser';
import { fetchLimited, type FetchLimits } from './fetch-limited.js';

interface ParsedRobots {
  isAllowed(url: string, agent?: string): boolean | undefined;
  getCrawlDelay(agent?: string): number | undefined;
}

// The package is CommonJS and its typings declare the default export in a way NodeNext resolution cannot call.
const robotsParser = robotsParserModule as unknown as (url: string, contents: string) => ParsedRobots;

export interface RobotsRules {
  isAllowed(url: URL): boolean;
  /** Crawl-delay in milliseconds, when the site asks for one. */
  delayMs?: number;
}

export const ROBOTS_AGENT = 'cuomin';

export async function loadRobots(origin: URL, limits: FetchLimits): Promise<RobotsRules> {
  const robotsUrl = new URL('/robots.txt', origin);
  const outcome = await fetchLimited({ url: robotsUrl, method: 'GET', wantBody: () => true }, { ...limits, maxBytes: 512 * 1024 });
  if (outcome.kind !== 'ok') return { isAllowed: () => true };
  const robots = robotsParser(robotsUrl.href, outcome.body.toString('utf8'));
  const delay = robots.getCrawlDelay(ROBOTS_AGENT);
  return {
    isAllowed: (url) => robots.isAllowed(url.href, ROBOTS_AGENT) !== false,
    ...(delay !== undefined ? { delayMs: delay * 1000 } : {}),
  };
}
