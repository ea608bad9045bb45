// Host names of link targets: matching against allowed domain lists, and recognising government, look-alike and
// intranet hosts.

/**
 * Domains a government page may link to without comment (a host matches a domain when it is the domain or one of its
 * sub-domains):
 * - government: `gov.cn`; the Chinese TLDs `政务` (party and state organs) and `公益` (public institutions), both
 *   registered only through the State Commission Office for Public Sector Reform, which also runs `conac.cn` (the
 *   党政机关网站标识 badge every government site shows in its footer); `mil.cn`; the governments of Hong Kong and
 *   Macao (`gov.hk`, `gov.mo`);
 * - the Party: `12371.cn` (共产党员网);
 * - central state media: 人民网 `people.com.cn` `people.cn`, 新华网 `news.cn` `xinhuanet.com`, 央视网 `cctv.com`
 *   `cctv.cn` `cntv.cn`, 求是网 `qstheory.cn`, 光明网 `gmw.cn`, 中国日报网 `chinadaily.com.cn`, 中国经济网 `ce.cn`,
 *   中国网 `china.com.cn`, 中国新闻网 `chinanews.com.cn` `chinanews.com`, 国际在线 `cri.cn`, 中国青年网 `youth.cn`.
 * 中国政府网 itself (`www.gov.cn`, `english.www.gov.cn`, `app.www.gov.cn`) is under `gov.cn`.
 */
export const DEFAULT_ALLOWED_DOMAINS: readonly string[] = [
  'gov.cn',
  '政务',
  '公益',
  'conac.cn',
  'mil.cn',
  'gov.hk',
  'gov.mo',
  '12371.cn',
  'people.com.cn',
  'people.cn',
  'news.cn',
  'xinhuanet.com',
  'cctv.com',
  'cctv.cn',
  'cntv.cn',
  'qstheory.cn',
  'gmw.cn',
  'chinadaily.com.cn',
  'ce.cn',
  'china.com.cn',
  'chinanews.com.cn',
  'chinanews.com',
  'cri.cn',
  'youth.cn',
];

/**
 * Page furniture that pages hide on purpose, not 暗链: the hidden credit links of government CMS vendors (大汉网络
 * `hanweb.com` writes `<a href="http://www.hanweb.com" style="display:none">Produced By 大汉网络…</a>` on every page it
 * builds; 拓尔思 `trs.com.cn`), the hidden panels of share widgets (bShare, JiaThis, Baidu, QQ, Qzone, Weibo, AddThis)
 * and analytics (CNZZ, 51.la, Baidu Tongji).
 */
export const DEFAULT_HIDDEN_LINK_DOMAINS: readonly string[] = [
  'hanweb.com',
  'trs.com.cn',
  'bshare.cn',
  'jiathis.com',
  'share.baidu.com',
  'hm.baidu.com',
  'connect.qq.com',
  'sns.qzone.qq.com',
  'service.weibo.com',
  'addthis.com',
  'cnzz.com',
  '51.la',
];

/**
 * The national "我为政府网站找错" (report an error on a government site) platform, which pages embed hidden and show
 * by script; older pages reach it by IP address (http://121.43.68.40/exposure/jiucuo.html?site_code=…).
 */
export const ERROR_REPORT_PLATFORM_PATH = /^\/exposure\/jiucuo\.html(?:[?#]|$)/i;

/** Hosts known to serve https: `http://` links to them should use `https://`. */
export const DEFAULT_HTTPS_HOSTS: readonly string[] = ['www.gov.cn'];

/** A host or domain in the form hosts are compared in: lower case, ASCII (punycode), no trailing dot. */
export function canonicalHost(host: string): string {
  const trimmed = host.trim().replace(/\.$/, '').toLowerCase();
  if (/^[\x21-\x7e]*$/.test(trimmed)) return trimmed;
  try {
    return new URL(`http://${trimmed}/`).hostname.replace(/\.$/, '');
  } catch {
    return trimmed;
  }
}

/** Canonical forms of a list of domains (entries may be written in Chinese, e.g. `政务`). */
export function canonicalDomains(domains: readonly string[]): string[] {
  return domains.map((domain) => canonicalHost(domain.replace(/^\*?\./, ''))).filter(Boolean);
}

/** True when `host` is `domain` or a sub-domain of it. Both canonical. */
export function hostInDomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

export function hostInDomains(host: string, domains: readonly string[]): boolean {
  return domains.some((domain) => hostInDomain(host, domain));
}

/**
 * Hosts in a `httpsHosts` list: an exact host, or `*.example.gov.cn` for every sub-domain of `example.gov.cn`.
 * Canonical entries, wildcard kept.
 */
export function hostInHostList(host: string, list: readonly string[]): boolean {
  return list.some((entry) => {
    if (entry.startsWith('*.')) return hostInDomain(host, canonicalHost(entry.slice(2))) && host !== canonicalHost(entry.slice(2));
    return host === canonicalHost(entry);
  });
}

/** Taiwan's `gov.tw` is not treated as a government domain on a mainland government site. */
const NOT_GOVERNMENT = /(?:^|\.)gov\.tw$/;
/** Government domains of other countries and intergovernmental bodies: `.gov`, `gov.uk`, `gouv.fr`, `go.jp`, `.int` … */
const FOREIGN_GOVERNMENT = /(?:^|\.)(?:gov|int|(?:gov|gouv|gob|go|govt|gv)\.[a-z]{2}|gc\.ca|europa\.eu)$/;

export function isForeignGovernmentHost(host: string): boolean {
  return !NOT_GOVERNMENT.test(host) && FOREIGN_GOVERNMENT.test(host);
}

/**
 * A host that imitates a government domain without being one: `gov.cn` inside the name but not at its end
 * (`www.gov.cn.example.com`), or a name ending in `-gov`, `govcn` or `gov-cn` under another suffix (`fujin-gov.cn`,
 * `govcn.com`, `fujin-gov-cn.net`). Expired department domains and look-alikes are how gambling and porn links
 * (毒链) reach government pages.
 */
export function isLookalikeGovernmentHost(host: string): boolean {
  if (hostInDomain(host, 'gov.cn')) return false;
  if (/(?:^|\.)gov\.cn\./.test(host)) return true;
  // Only hyphenated or joined gov+cn names: sxgov.cn (黄河新闻网) and the like are real sites that merely contain "gov".
  const labels = host.split('.');
  return labels.length >= 2 && /(?:^|-)gov-?cn$|-gov$/.test(labels[labels.length - 2]);
}

const PRIVATE_SUFFIXES = /(?:^|\.)(?:localhost|local|lan|internal|intranet|corp|home)$/;

/** Hosts the public cannot reach: localhost, private IPv4 ranges, intranet names without a dot. */
export function isPrivateHost(host: string): boolean {
  if (host === '[::1]' || PRIVATE_SUFFIXES.test(host)) return true;
  const ipv4 = /^(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}$/.exec(host);
  if (ipv4) {
    const [a, b] = [Number(ipv4[1]), Number(ipv4[2])];
    return a === 10 || a === 127 || a === 0 || (a === 192 && b === 168) || (a === 172 && b >= 16 && b <= 31) || (a === 169 && b === 254);
  }
  return !host.includes('.') && !host.startsWith('[');
}
