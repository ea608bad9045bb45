// A local HTTP server for crawler tests: serves fixtures/site on 127.0.0.1, plus routes for robots.txt, redirects, a
// slow page, a big page and a start page linking to all of them.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const ROOT = path.resolve('fixtures/site');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.png': 'image/png', '.jpg': 'image/jpeg', '.pdf': 'application/pdf' };

export interface SiteServer {
  origin: string;
  requests: Array<{ method: string; path: string; at: number }>;
  close(): Promise<void>;
}

const START_PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>起始页</title></head><body>
<a href="/index.html">首页</a>
<a href="/private/internal.html">内部页面</a>
<a href="/moved">栏目调整</a>
<a href="/away">外部跳转</a>
<a href="/slow.html">慢页面</a>
<a href="/big.html">大页面</a>
<a href="/files/report.pdf">年度报告（PDF）</a>
<a href="https://www.gov.cn/">中国政府网</a>
<a href="mailto:fjzfb@example.gov.cn">来信</a>
<a href="/index.html#top">回到顶部</a>
</body></html>`;

export async function startSiteServer(): Promise<SiteServer> {
  const requests: SiteServer['requests'] = [];
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push({ method: request.method ?? 'GET', path: url.pathname, at: Date.now() });
    const send = (status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) => {
      response.writeHead(status, { 'content-type': type, ...headers });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    switch (url.pathname) {
      case '/robots.txt':
        return send(200, 'text/plain', 'User-agent: *\nDisallow: /private/\n');
      case '/start.html':
        return send(200, TYPES['.html'], START_PAGE);
      case '/moved':
        return send(301, 'text/plain', '', { location: '/xwzx/' });
      case '/away':
        return send(302, 'text/plain', '', { location: 'https://casino.example.com/' });
      case '/slow.html':
        setTimeout(() => send(200, TYPES['.html'], '<p>慢</p>'), 1500);
        return;
      case '/big.html':
        return send(200, TYPES['.html'], `<p>${'大'.repeat(50_000)}</p>`);
      case '/files/report.pdf':
        return send(200, TYPES['.pdf'], Buffer.from('%PDF-1.4 report'));
    }
    let file = path.join(ROOT, decodeURIComponent(url.pathname));
    if (!file.startsWith(ROOT)) return send(403, 'text/plain', 'forbidden');
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) return send(404, TYPES['.html'], '<h1>404</h1>');
    const body = fs.readFileSync(file);
    const type = file.includes(`${path.sep}hdjl${path.sep}202611`) ? 'text/html; charset=gbk' : (TYPES[path.extname(file)] ?? 'application/octet-stream');
    return send(200, type, body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
