// Proves the test harness itself: the real WebDAV servers behave as the sync engine expects (and as
// SYNC.md describes), and every fault of the proxy does what it says.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { hostileListingBytes, startFaultProxy, type Fault, type FaultProxy } from './support/fault-proxy';
import { describeWithServer } from './support/suite';
import { startWebDavServer, type ServerKind, type WebDavServer } from './support/webdav-servers';

const KINDS: ServerKind[] = ['lighttpd', 'apache'];

interface DavRequest {
  method?: string;
  body?: string;
  headers?: Record<string, string>;
  password?: string;
  signal?: AbortSignal;
}

function basicAuth(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

/** `base` is the server's or the proxy's collection URL; credentials are always the server's. */
function dav(server: WebDavServer, base: string, relPath: string, request: DavRequest = {}): Promise<Response> {
  return fetch(new URL(relPath, base), {
    method: request.method ?? 'GET',
    body: request.body,
    headers: { authorization: basicAuth(server.user, request.password ?? server.password), ...request.headers },
    signal: request.signal ?? AbortSignal.timeout(5000),
  });
}

async function put(server: WebDavServer, relPath: string, body: string, headers: Record<string, string> = {}): Promise<Response> {
  const response = await dav(server, server.url, relPath, { method: 'PUT', body, headers: { 'content-type': 'application/json', ...headers } });
  await response.arrayBuffer();
  return response;
}

async function getText(server: WebDavServer, relPath: string): Promise<{ status: number; body: string; etag: string | null }> {
  const response = await dav(server, server.url, relPath);
  return { status: response.status, body: await response.text(), etag: response.headers.get('etag') };
}

function hrefsOf(multistatus: string): string[] {
  return [...multistatus.matchAll(/<D:href>([^<]*)<\/D:href>/gi)].map((match) => match[1] ?? '');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

for (const kind of KINDS) {
  describeWithServer(kind, `${kind} WebDAV server`, () => {
    let server: WebDavServer;

    beforeAll(async () => {
      server = await startWebDavServer(kind);
    });

    afterAll(async () => {
      await server?.stop();
    });

    it('serves under /dav/ on loopback with a trailing slash', () => {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/dav\/$/);
    });

    it('answers 401 to a wrong password and to no credentials', async () => {
      const wrong = await dav(server, server.url, '', { password: 'wrong' });
      expect(wrong.status).toBe(401);
      expect(wrong.headers.get('www-authenticate')).toMatch(/^Basic /);
      const anonymous = await fetch(server.url, { method: 'PROPFIND', headers: { depth: '1' } });
      expect(anonymous.status).toBe(401);
    });

    it('stores a PUT into an existing collection and returns it with an ETag', async () => {
      expect((await put(server, 'sync.json', '{"formatVersion":1}')).status).toBe(201);
      const read = await getText(server, 'sync.json');
      expect(read).toMatchObject({ status: 200, body: '{"formatVersion":1}' });
      expect(read.etag).toMatch(/^(W\/)?"[^"]+"$/);
      expect(await readFile(path.join(server.root, 'sync.json'), 'utf8')).toBe('{"formatVersion":1}');
    });

    it('refuses a PUT into a missing collection with 409', async () => {
      expect((await put(server, 'no-such-dir/head.json', '{}')).status).toBe(409);
    });

    it('creates folders with MKCOL, one level at a time', async () => {
      const created = await dav(server, server.url, 'devices/', { method: 'MKCOL' });
      expect(created.status).toBe(201);
      const nested = await dav(server, server.url, 'missing/log/', { method: 'MKCOL' });
      expect(nested.status).toBe(409);
      const again = await dav(server, server.url, 'devices/', { method: 'MKCOL' });
      expect(again.status).toBe(405);
      expect((await put(server, 'devices/head.json', '{"seq":0}')).status).toBe(201);
    });

    it('answers If-None-Match: * with 412 for an existing file and leaves it unchanged', async () => {
      expect((await put(server, 'once.json', '"first"', { 'if-none-match': '*' })).status).toBe(201);
      expect((await put(server, 'once.json', '"second"', { 'if-none-match': '*' })).status).toBe(412);
      expect((await getText(server, 'once.json')).body).toBe('"first"');
    });

    it('answers If-Match with a stale ETag with 412', async () => {
      await put(server, 'stale.json', '"v1"');
      await put(server, 'stale.json', '"v2-longer"');
      const wrongTag = kind === 'lighttpd' ? '"12345"' : '"5-000000000000"';
      expect((await put(server, 'stale.json', '"v3"', { 'if-match': wrongTag })).status).toBe(412);
      expect((await put(server, 'fresh.json', '"v1"', { 'if-match': '*' })).status).toBe(412);
      expect((await getText(server, 'stale.json')).body).toBe('"v2-longer"');
    });

    if (kind === 'lighttpd') {
      it('gives strong ETags on PUT and GET, and If-Match with the current one succeeds', async () => {
        const created = await put(server, 'match.json', '"v1"');
        const etag = created.headers.get('etag');
        expect(etag).toMatch(/^"\d+"$/);
        expect((await getText(server, 'match.json')).etag).toBe(etag);
        const updated = await put(server, 'match.json', '"v2"', { 'if-match': etag ?? '' });
        expect(updated.status).toBe(204);
        expect(updated.headers.get('etag')).not.toBe(etag);
        // The old tag is now stale, even though the file kept its size.
        expect((await put(server, 'match.json', '"v3"', { 'if-match': etag ?? '' })).status).toBe(412);
        expect((await getText(server, 'match.json')).body).toBe('"v2"');
      });
    } else {
      it('gives a weak ETag for a second after a write, no ETag on PUT, and 412 to If-Match with it', async () => {
        const created = await put(server, 'match.json', '"v1"');
        expect(created.headers.get('etag')).toBeNull();
        const weak = (await getText(server, 'match.json')).etag ?? '';
        expect(weak).toMatch(/^W\/"[0-9a-f]+-[0-9a-f]+"$/);
        // If-Match uses the strong comparison (RFC 9110 §13.1.1): a weak tag never matches.
        expect((await put(server, 'match.json', '"v2"', { 'if-match': weak })).status).toBe(412);
        // Apache marks a tag weak while the file's mtime is under a second old.
        await sleep(1100);
        const strong = (await getText(server, 'match.json')).etag ?? '';
        expect(strong).toBe(weak.slice(2));
        expect((await put(server, 'match.json', '"v2"', { 'if-match': strong })).status).toBe(204);
        expect((await getText(server, 'match.json')).body).toBe('"v2"');
      });
    }

    it('lists direct children with PROPFIND Depth: 1', async () => {
      await dav(server, server.url, 'list/', { method: 'MKCOL' });
      await dav(server, server.url, 'list/sub/', { method: 'MKCOL' });
      await put(server, 'list/a.json', '1');
      await put(server, 'list/sub/deep.json', '2');
      const response = await dav(server, server.url, 'list/', { method: 'PROPFIND', headers: { depth: '1' } });
      expect(response.status).toBe(207);
      const hrefs = hrefsOf(await response.text()).sort();
      expect(hrefs).toEqual(['/dav/list/', '/dav/list/a.json', '/dav/list/sub/']);
    });

    it('deletes a file with DELETE', async () => {
      await put(server, 'gone.json', '{}');
      const deleted = await dav(server, server.url, 'gone.json', { method: 'DELETE' });
      expect(deleted.status).toBe(204);
      expect((await getText(server, 'gone.json')).status).toBe(404);
    });
  });
}

describeWithServer('lighttpd', 'fault proxy in front of a lighttpd server', () => {
  let server: WebDavServer;
  let proxy: FaultProxy;
  const original = JSON.stringify({ deviceId: 'dev-a', seq: 7, records: Array.from({ length: 40 }, (_, i) => ({ id: `r${i}` })) });

  beforeAll(async () => {
    server = await startWebDavServer('lighttpd');
    await put(server, 'batch.json', original);
  });

  afterAll(async () => {
    await server?.stop();
  });

  beforeEach(async () => {
    proxy = await startFaultProxy(server.url);
  });

  afterEach(async () => {
    await proxy.close();
  });

  function viaProxy(relPath: string, request: DavRequest = {}): Promise<Response> {
    return dav(server, proxy.url, relPath, request);
  }

  it('passes requests through with their headers and bodies', async () => {
    expect(proxy.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/dav\/$/);
    const read = await viaProxy('batch.json');
    expect(read.status).toBe(200);
    expect(await read.text()).toBe(original);
    expect(read.headers.get('etag')).toBe((await getText(server, 'batch.json')).etag);
    const conditional = await viaProxy('batch.json', { method: 'PUT', body: '{}', headers: { 'if-none-match': '*' } });
    expect(conditional.status).toBe(412);
    const denied = await viaProxy('batch.json', { password: 'wrong' });
    expect(denied.status).toBe(401);
    const depthZero = await viaProxy('', { method: 'PROPFIND', headers: { depth: '0' } });
    expect(hrefsOf(await depthZero.text())).toEqual(['/dav/']);
    const written = await viaProxy('through.json', { method: 'PUT', body: '"via proxy"' });
    expect(written.status).toBe(201);
    expect((await getText(server, 'through.json')).body).toBe('"via proxy"');
    expect(proxy.log.map((entry) => entry.status)).toEqual([200, 412, 401, 207, 201]);
  });

  it('answers status-500 itself, without the server seeing the request', async () => {
    proxy.addRule({ method: 'PUT', fault: 'status-500' });
    const failed = await viaProxy('never.json', { method: 'PUT', body: '{}' });
    expect(failed.status).toBe(500);
    expect((await getText(server, 'never.json')).status).toBe(404);
    expect((await viaProxy('never.json', { method: 'PUT', body: '{}' })).status).toBe(201);
    expect(proxy.log[0]).toEqual({ method: 'PUT', path: '/dav/never.json', status: 500, fault: 'status-500' });
  });

  it('answers status-401 with a Basic challenge', async () => {
    proxy.addRule({ fault: 'status-401' });
    const denied = await viaProxy('batch.json');
    expect(denied.status).toBe(401);
    expect(denied.headers.get('www-authenticate')).toMatch(/^Basic /);
  });

  it('sends Retry-After with 503 and 429, for as many requests as asked, only on matching paths', async () => {
    proxy.addRule({ pathIncludes: 'batch', fault: 'status-503', retryAfterSeconds: 7, times: 2 });
    proxy.addRule({ method: 'get', fault: 'status-429', retryAfterSeconds: 3 });
    const first = await viaProxy('batch.json');
    const second = await viaProxy('batch.json');
    expect([first.status, second.status]).toEqual([503, 503]);
    expect(first.headers.get('retry-after')).toBe('7');
    const limited = await viaProxy('sync.json');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3');
    expect((await viaProxy('batch.json')).status).toBe(200);
  });

  it('answers status-412 without touching the file', async () => {
    proxy.addRule({ method: 'PUT', fault: 'status-412' });
    expect((await viaProxy('batch.json', { method: 'PUT', body: '{}' })).status).toBe(412);
    expect((await getText(server, 'batch.json')).body).toBe(original);
  });

  it('hangs until the client gives up, and keeps serving others meanwhile', async () => {
    proxy.addRule({ fault: 'hang' });
    const started = Date.now();
    const hung = viaProxy('batch.json', { signal: AbortSignal.timeout(300) });
    expect((await viaProxy('batch.json')).status).toBe(200);
    await expect(hung).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });

  it('cuts open hanging requests on close()', async () => {
    proxy.addRule({ fault: 'hang' });
    const started = Date.now();
    const hung = viaProxy('batch.json', { signal: AbortSignal.timeout(4000) });
    await sleep(100);
    await proxy.close();
    await expect(hung).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('truncates: the status arrives but the body breaks off', async () => {
    proxy.addRule({ fault: 'truncate' });
    const response = await viaProxy('batch.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(original)));
    await expect(response.text()).rejects.toThrow();
  });

  it('corrupts: same status and length, bytes that no longer parse', async () => {
    proxy.addRule({ fault: 'corrupt' });
    const response = await viaProxy('batch.json');
    expect(response.status).toBe(200);
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.length).toBe(Buffer.byteLength(original));
    expect(response.headers.get('content-length')).toBe(String(body.length));
    expect(body.toString('utf8')).not.toBe(original);
    expect(() => JSON.parse(body.toString('utf8')) as unknown).toThrow();
  });

  it('drops the response after the server applied the write', async () => {
    proxy.addRule({ method: 'PUT', fault: 'drop-response' });
    const write = viaProxy('dropped.json', { method: 'PUT', body: '"applied"' });
    await expect(write).rejects.toThrow();
    expect(await getText(server, 'dropped.json')).toMatchObject({ status: 200, body: '"applied"' });
    expect(proxy.log).toEqual([{ method: 'PUT', path: '/dav/dropped.json', status: 'fault', fault: 'drop-response', upstreamStatus: 201 }]);
  });

  it('cuts an upload halfway: the client fails and the server never holds the whole body', async () => {
    proxy.addRule({ method: 'PUT', fault: 'cut-upload' });
    const upload = viaProxy('cut.json', { method: 'PUT', body: original });
    await expect(upload).rejects.toThrow();
    await sleep(100);
    const stored = await getText(server, 'cut.json');
    if (stored.status === 200) {
      expect(stored.body.length).toBeLessThan(original.length);
      expect(original.startsWith(stored.body)).toBe(true);
    } else {
      expect(stored.status).toBe(404);
    }
    expect((await viaProxy('batch.json')).status).toBe(200);
  });

  it('resets the connection before the server sees the request', async () => {
    proxy.addRule({ method: 'PUT', fault: 'reset' });
    await expect(viaProxy('reset.json', { method: 'PUT', body: '{}' })).rejects.toThrow();
    expect((await getText(server, 'reset.json')).status).toBe(404);
  });

  it('handles many concurrent requests', async () => {
    const responses = await Promise.all(Array.from({ length: 40 }, () => viaProxy('batch.json')));
    const bodies = await Promise.all(responses.map((response) => response.text()));
    expect(responses.every((response) => response.status === 200)).toBe(true);
    expect(bodies.every((body) => body === original)).toBe(true);
  });

  it('draws random faults reproducibly from a seed', async () => {
    const faults: Fault[] = ['status-500', 'status-503', 'status-429'];
    async function run(seed: number): Promise<(number | 'fault')[]> {
      proxy.log.length = 0;
      proxy.setRandomFaults({ seed, probability: 0.5, faults });
      for (let i = 0; i < 24; i++) await (await viaProxy('batch.json')).arrayBuffer();
      return proxy.log.map((entry) => entry.status);
    }
    const first = await run(42);
    expect(await run(42)).toEqual(first);
    expect(await run(43)).not.toEqual(first);
    expect(first.filter((status) => status === 200).length).toBeGreaterThan(0);
    expect(first.filter((status) => status !== 200).length).toBeGreaterThan(0);
    proxy.setRandomFaults(null);
    expect((await viaProxy('batch.json')).status).toBe(200);
  });

  it('endless: a 200 whose body goes on until the client stops reading', async () => {
    proxy.addRule({ fault: 'endless' });
    const response = await viaProxy('batch.json');
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    let received = 0;
    while (received < 5_000_000) received += (await reader.read()).value?.length ?? 0;
    await reader.cancel();
    expect((await viaProxy('batch.json')).status).toBe(200);
  });

  it('oversize: a 200 announcing a body of 20 MB', async () => {
    proxy.addRule({ fault: 'oversize' });
    const response = await viaProxy('batch.json');
    expect(response.headers.get('content-length')).toBe('20000000');
    await response.body?.cancel();
  });

  it('hostile-listing: a 207 of unclosed hrefs, just under the listing limit', async () => {
    proxy.addRule({ method: 'PROPFIND', fault: 'hostile-listing' });
    const response = await viaProxy('', { method: 'PROPFIND', headers: { depth: '1' } });
    expect(response.status).toBe(207);
    const body = await response.text();
    expect(body.length).toBeLessThanOrEqual(hostileListingBytes);
    expect(body.length).toBeGreaterThan(hostileListingBytes - 10);
    expect(hrefsOf(body)).toEqual([]);
  });

  it('replay: the file as it was before its last write; a file written once passes through', async () => {
    await viaProxy('replayed.json', { method: 'PUT', body: '"v1"' });
    proxy.addRule({ fault: 'replay' });
    expect(await (await viaProxy('replayed.json')).text()).toBe('"v1"');
    await viaProxy('replayed.json', { method: 'PUT', body: '"v2"' });
    proxy.addRule({ fault: 'replay' });
    expect(await (await viaProxy('replayed.json')).text()).toBe('"v1"');
    expect(await (await viaProxy('replayed.json')).text()).toBe('"v2"');
    expect(proxy.log.filter((entry) => entry.fault === 'replay')).toHaveLength(1);
  });
});
