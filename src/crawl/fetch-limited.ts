// One polite HTTP request: a timeout, a byte limit, no automatic redirects (the crawler decides whether to follow).

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  userAgent: string;
}

export type FetchOutcome =
  | { kind: 'ok'; status: number; contentType: string; body: Buffer }
  | { kind: 'redirect'; status: number; location: string }
  | { kind: 'http-error'; status: number }
  | { kind: 'too-large'; status: number; contentType: string }
  | { kind: 'not-read'; status: number; contentType: string; length?: number }
  | { kind: 'failed'; reason: 'timeout' | 'network'; detail: string };

export interface FetchRequest {
  url: URL;
  method: 'GET' | 'HEAD';
  /** Read the body only when this says so (a page, or an attachment being downloaded). */
  wantBody(contentType: string): boolean;
}

export async function fetchLimited(request: FetchRequest, limits: FetchLimits): Promise<FetchOutcome> {
  let response: Response;
  try {
    response = await fetch(request.url, {
      method: request.method,
      redirect: 'manual',
      headers: { 'user-agent': limits.userAgent, accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
      signal: AbortSignal.timeout(limits.timeoutMs),
    });
  } catch (error) {
    const name = (error as Error).name;
    return { kind: 'failed', reason: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network', detail: String((error as Error).message) };
  }
  const { status } = response;
  if (status >= 300 && status < 400) {
    await response.body?.cancel();
    const location = response.headers.get('location');
    return location ? { kind: 'redirect', status, location } : { kind: 'http-error', status };
  }
  if (status >= 400) {
    await response.body?.cancel();
    return { kind: 'http-error', status };
  }
  const contentType = (response.headers.get('content-type') ?? '').toLowerCase();
  const declaredLength = Number(response.headers.get('content-length') ?? NaN);
  if (request.method === 'HEAD' || !request.wantBody(contentType)) {
    await response.body?.cancel();
    return { kind: 'not-read', status, contentType, ...(Number.isFinite(declaredLength) ? { length: declaredLength } : {}) };
  }
  if (declaredLength > limits.maxBytes) {
    await response.body?.cancel();
    return { kind: 'too-large', status, contentType };
  }
  try {
    const body = await readAtMost(response, limits.maxBytes);
    return body ? { kind: 'ok', status, contentType, body } : { kind: 'too-large', status, contentType };
  } catch (error) {
    const name = (error as Error).name;
    return { kind: 'failed', reason: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network', detail: String((error as Error).message) };
  }
}

/** The body, or undefined as soon as it passes maxBytes (the rest is not downloaded). */
async function readAtMost(response: Response, maxBytes: number): Promise<Buffer | undefined> {
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
