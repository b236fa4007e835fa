// A fault-injecting HTTP proxy on loopback, put between the sync engine and a real WebDAV server to
// reproduce what users' networks and servers do: errors, hangs, cut and garbled transfers, and
// writes whose response never arrives (SYNC.md, "Errors and what the user sees"); and what a broken
// or hostile server does: endless or huge answers, listings built to be slow to parse, and old
// versions of files served again (issue #16).
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export type Fault =
  | 'status-500'
  | 'status-503'
  | 'status-401'
  | 'status-412'
  | 'status-429'
  | 'hang'
  | 'truncate'
  | 'corrupt'
  | 'cut-upload'
  | 'drop-response'
  | 'reset'
  /** 200 with a body that never ends: the client must stop reading on its own. */
  | 'endless'
  /** 200 with a body of 20 MB that declares its length. */
  | 'oversize'
  /** 207 with nearly 1 MB of `<D:href` that never closes: slow to parse for a backtracking pattern. */
  | 'hostile-listing'
  /** The version of the file before the last PUT the proxy saw to it: an old file served again. */
  | 'replay';

export interface FaultRule {
  /** Matches the request method, case-insensitively; any method when absent. */
  method?: string;
  /** Matches when the request path (with query) contains this text; any path when absent. */
  pathIncludes?: string;
  fault: Fault;
  /** How many matching requests get the fault (default 1; `Infinity` for all). */
  times?: number;
  /** Sent as Retry-After with status-429 and status-503. */
  retryAfterSeconds?: number;
}

export interface RandomFaults {
  seed: number;
  /** Chance, 0..1, that a request not matched by a rule gets a fault. */
  probability: number;
  /** Faults to draw from; default: all but 'hang', which would cost the client its whole timeout. */
  faults?: Fault[];
}

export interface FaultLogEntry {
  method: string;
  path: string;
  /** The status the client received, or 'fault' when it received no complete, faithful response. */
  status: number | 'fault';
  fault?: Fault;
  /** The server's status, when the request reached the server and it answered. */
  upstreamStatus?: number;
}

export interface FaultProxy {
  /** Same path layout as the target, e.g. `http://127.0.0.1:P/dav/`. */
  url: string;
  addRule(rule: FaultRule): void;
  clearRules(): void;
  setRandomFaults(options: RandomFaults | null): void;
  log: FaultLogEntry[];
  close(): Promise<void>;
}

export const ALL_FAULTS: readonly Fault[] = [
  'status-500', 'status-503', 'status-401', 'status-412', 'status-429',
  'hang', 'truncate', 'corrupt', 'cut-upload', 'drop-response', 'reset',
  'endless', 'oversize', 'hostile-listing', 'replay',
];

/** What 'hostile-listing' sends: under the client's listing limit, so it must be parsed. */
export const hostileListingBytes = 990_000;
const oversizeBytes = 20_000_000;

const STATUS_FAULTS: Partial<Record<Fault, number>> = {
  'status-500': 500,
  'status-503': 503,
  'status-401': 401,
  'status-412': 412,
  'status-429': 429,
};

// RFC 9110 §7.6.1: connection-specific headers are not forwarded by proxies.
const HOP_BY_HOP = new Set([
  'connection', 'keep-alive', 'proxy-connection', 'proxy-authenticate', 'proxy-authorization',
  'te', 'trailer', 'transfer-encoding', 'upgrade', 'expect',
]);

interface ActiveRule extends FaultRule {
  remaining: number;
}

export async function startFaultProxy(targetUrl: string): Promise<FaultProxy> {
  const target = new URL(targetUrl);
  if (target.protocol !== 'http:') throw new Error(`fault proxy only forwards to http:, got ${target.protocol}`);
  const state = new ProxyState(target);
  const server = http.createServer({ requestTimeout: 0 }, (req, res) => {
    handleRequest(state, req, res).catch((error: unknown) => abortExchange(state, req, res, error));
  });
  server.on('connection', (socket) => state.track(socket));
  const port = await listenOnLoopback(server);
  return {
    url: `http://127.0.0.1:${port}${target.pathname}`,
    addRule: (rule) => state.rules.push({ ...rule, remaining: rule.times ?? 1 }),
    clearRules: () => {
      state.rules.length = 0;
    },
    setRandomFaults: (options) => state.setRandomFaults(options),
    log: state.log,
    close: () => closeProxy(server, state),
  };
}

class ProxyState {
  readonly rules: ActiveRule[] = [];
  readonly log: FaultLogEntry[] = [];
  readonly agent = new http.Agent({ keepAlive: true });
  /** Per path, the body of the PUT before the latest one that reached the server: what 'replay' serves. */
  readonly previousBodies = new Map<string, Buffer>();
  private readonly latestBodies = new Map<string, Buffer>();
  private readonly sockets = new Set<Socket>();
  private readonly upstreamRequests = new Set<http.ClientRequest>();
  private random: { next: () => number; probability: number; faults: readonly Fault[] } | null = null;

  constructor(readonly target: URL) {}

  track(socket: Socket): void {
    this.sockets.add(socket);
    socket.once('close', () => this.sockets.delete(socket));
  }

  trackUpstream(request: http.ClientRequest): void {
    this.upstreamRequests.add(request);
    request.once('close', () => this.upstreamRequests.delete(request));
  }

  setRandomFaults(options: RandomFaults | null): void {
    if (options === null) {
      this.random = null;
      return;
    }
    const faults = options.faults ?? ALL_FAULTS.filter((fault) => fault !== 'hang');
    if (faults.length === 0) throw new Error('random faults need at least one fault');
    this.random = { next: mulberry32(options.seed), probability: options.probability, faults };
  }

  /** Rules first, in the order added; then the seeded draw. */
  pickFault(req: IncomingMessage): ActiveRule | { fault: Fault } | null {
    const index = this.rules.findIndex((rule) => ruleMatches(rule, req));
    const rule = this.rules[index];
    if (rule) {
      rule.remaining -= 1;
      if (rule.remaining <= 0) this.rules.splice(index, 1);
      return rule;
    }
    if (!this.random || this.random.next() >= this.random.probability) return null;
    const fault = this.random.faults[Math.floor(this.random.next() * this.random.faults.length)];
    return fault === undefined ? null : { fault };
  }

  rememberPut(path: string, body: Buffer): void {
    const latest = this.latestBodies.get(path);
    if (latest) this.previousBodies.set(path, latest);
    this.latestBodies.set(path, body);
  }

  destroyAll(): void {
    for (const request of this.upstreamRequests) request.destroy();
    for (const socket of this.sockets) socket.destroy();
    this.agent.destroy();
  }
}

function ruleMatches(rule: ActiveRule, req: IncomingMessage): boolean {
  if (rule.remaining <= 0) return false;
  if (rule.method !== undefined && rule.method.toUpperCase() !== req.method?.toUpperCase()) return false;
  return rule.pathIncludes === undefined || (req.url ?? '').includes(rule.pathIncludes);
}

/** mulberry32: tiny seeded PRNG, so a failing random-fault run can be replayed from its seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function handleRequest(state: ProxyState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const picked = state.pickFault(req);
  const entry: FaultLogEntry = { method: req.method ?? 'GET', path: req.url ?? '/', status: 'fault' };
  if (picked === null) {
    if (req.method === 'PUT') await forwardRememberingPut(state, req, res, entry);
    else forward(state, req, res, entry);
    return;
  }
  const fault = picked.fault;
  const replayed = state.previousBodies.get(req.url ?? '');
  if (fault === 'replay' && !replayed) {
    // Nothing older to serve: the request goes through untouched.
    forward(state, req, res, entry);
    return;
  }
  entry.fault = fault;
  state.log.push(entry);
  const status = STATUS_FAULTS[fault];
  if (status !== undefined) {
    entry.status = status;
    answerWithStatus(req, res, status, 'retryAfterSeconds' in picked ? picked.retryAfterSeconds : undefined);
    return;
  }
  switch (fault) {
    case 'hang':
      // Read and discard the body, answer nothing; the socket stays open until the client gives up.
      req.resume();
      return;
    case 'reset':
      req.socket.destroy();
      return;
    case 'cut-upload':
      await cutUpload(state, req, res, entry);
      return;
    case 'truncate':
    case 'corrupt':
    case 'drop-response':
      await forwardThenSpoil(state, req, res, entry, fault);
      return;
    case 'endless':
      entry.status = 200;
      answerEndlessly(req, res);
      return;
    case 'oversize':
      entry.status = 200;
      answerWithBody(req, res, 200, Buffer.alloc(oversizeBytes, '['));
      return;
    case 'hostile-listing':
      entry.status = 207;
      answerWithBody(req, res, 207, hostileListing());
      return;
    case 'replay':
      entry.status = 200;
      answerWithBody(req, res, 200, replayed!);
      return;
  }
}

/** Passes a PUT through, keeping its body for 'replay' once the server has taken it. */
async function forwardRememberingPut(state: ProxyState, req: IncomingMessage, res: ServerResponse, entry: FaultLogEntry): Promise<void> {
  const body = await readAll(req);
  const upstream = openUpstream(state, req, { ...upstreamHeaders(req.headers, state.target), 'content-length': String(body.length) });
  res.once('close', () => {
    if (!res.writableFinished) upstream.destroy();
  });
  upstream.once('response', (upstreamRes) => {
    entry.status = upstreamRes.statusCode ?? 502;
    entry.upstreamStatus = entry.status;
    state.log.push(entry);
    if (entry.status >= 200 && entry.status < 300) state.rememberPut(req.url ?? '', body);
    res.writeHead(entry.status, upstreamRes.statusMessage, responseHeaders(upstreamRes.headers));
    upstreamRes.pipe(res);
  });
  upstream.once('error', (error) => abortExchange(state, req, res, error, entry));
  upstream.end(body);
}

function answerWithBody(req: IncomingMessage, res: ServerResponse, status: number, body: Buffer): void {
  req.resume();
  req.once('end', () => {
    res.writeHead(status, { 'content-type': status === 207 ? 'application/xml; charset=utf-8' : 'application/octet-stream', 'content-length': String(body.length) });
    res.end(body);
  });
}

/** Sends chunks for as long as the client reads them; stops when it goes away. */
function answerEndlessly(req: IncomingMessage, res: ServerResponse): void {
  const chunk = Buffer.alloc(64 * 1024, '{');
  req.resume();
  req.once('end', () => {
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    const pump = () => {
      while (!res.destroyed && res.write(chunk));
      if (!res.destroyed) res.once('drain', pump);
    };
    pump();
  });
}

/** A multistatus whose `<D:href` never closes, repeated to just under the client's listing limit. */
export function hostileListing(): Buffer {
  const head = '<?xml version="1.0" encoding="utf-8"?><D:multistatus xmlns:D="DAV:"><D:response>';
  return Buffer.from(head + '<D:href'.repeat(Math.floor((hostileListingBytes - head.length) / 7)));
}

function answerWithStatus(req: IncomingMessage, res: ServerResponse, status: number, retryAfterSeconds?: number): void {
  const headers: http.OutgoingHttpHeaders = { 'content-type': 'text/plain; charset=utf-8' };
  if (retryAfterSeconds !== undefined && (status === 429 || status === 503)) headers['retry-after'] = String(retryAfterSeconds);
  if (status === 401) headers['www-authenticate'] = 'Basic realm="fault-proxy"';
  req.resume();
  req.once('end', () => {
    res.writeHead(status, headers);
    res.end(`fault-proxy: status ${status}\n`);
  });
}

/** Plain pass-through, streaming both bodies. */
function forward(state: ProxyState, req: IncomingMessage, res: ServerResponse, entry: FaultLogEntry): void {
  const upstream = openUpstream(state, req, upstreamHeaders(req.headers, state.target));
  // A client that gives up must not leave a half-sent request dangling at the server.
  res.once('close', () => {
    if (!res.writableFinished) upstream.destroy();
  });
  upstream.once('response', (upstreamRes) => {
    entry.status = upstreamRes.statusCode ?? 502;
    entry.upstreamStatus = entry.status;
    state.log.push(entry);
    res.writeHead(entry.status, upstreamRes.statusMessage, responseHeaders(upstreamRes.headers));
    upstreamRes.pipe(res);
  });
  upstream.once('error', (error) => abortExchange(state, req, res, error, entry));
  req.pipe(upstream);
}

/** The server gets the whole request and answers; the client gets a spoilt answer or none. */
async function forwardThenSpoil(
  state: ProxyState,
  req: IncomingMessage,
  res: ServerResponse,
  entry: FaultLogEntry,
  fault: 'truncate' | 'corrupt' | 'drop-response',
): Promise<void> {
  const upstream = openUpstream(state, req, upstreamHeaders(req.headers, state.target));
  req.pipe(upstream);
  const upstreamRes = await responseOf(upstream);
  const body = await readAll(upstreamRes);
  const status = upstreamRes.statusCode ?? 502;
  entry.upstreamStatus = status;
  const headers = responseHeaders(upstreamRes.headers);
  if (fault === 'corrupt') {
    entry.status = status;
    const garbled = garble(body);
    res.writeHead(status, upstreamRes.statusMessage, { ...headers, 'content-length': String(garbled.length) });
    res.end(garbled);
    return;
  }
  // An empty body cannot be cut in half; cutting before the head keeps the failure visible.
  if (fault === 'drop-response' || body.length === 0) {
    res.destroy();
    return;
  }
  res.writeHead(status, upstreamRes.statusMessage, { ...headers, 'content-length': String(body.length) });
  res.flushHeaders();
  res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.destroy());
}

/**
 * Announces the full body to the server, sends half, then drops both connections, like a laptop
 * closing its lid mid-upload. A request without a body has nothing to cut: it never reaches the server.
 */
async function cutUpload(state: ProxyState, req: IncomingMessage, res: ServerResponse, entry: FaultLogEntry): Promise<void> {
  const body = await readAll(req);
  if (body.length === 0) {
    res.destroy();
    return;
  }
  const headers = { ...upstreamHeaders(req.headers, state.target), 'content-length': String(body.length) };
  const upstream = openUpstream(state, req, headers);
  upstream.once('response', (upstreamRes) => {
    entry.upstreamStatus = upstreamRes.statusCode;
    upstreamRes.resume();
  });
  upstream.once('error', () => undefined);
  upstream.write(body.subarray(0, Math.floor(body.length / 2)), () => {
    upstream.destroy();
    res.destroy();
  });
}

function openUpstream(state: ProxyState, req: IncomingMessage, headers: http.OutgoingHttpHeaders): http.ClientRequest {
  const upstream = http.request({
    host: state.target.hostname,
    port: state.target.port || 80,
    method: req.method,
    path: req.url,
    headers,
    agent: state.agent,
  });
  state.trackUpstream(upstream);
  return upstream;
}

function upstreamHeaders(incoming: IncomingHttpHeaders, target: URL): http.OutgoingHttpHeaders {
  return { ...withoutHopByHop(incoming), host: target.host };
}

function responseHeaders(incoming: IncomingHttpHeaders): http.OutgoingHttpHeaders {
  return withoutHopByHop(incoming);
}

function withoutHopByHop(incoming: IncomingHttpHeaders): http.OutgoingHttpHeaders {
  const named = String(incoming.connection ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase());
  const headers: http.OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(incoming)) {
    if (value === undefined || name === 'host' || HOP_BY_HOP.has(name) || named.includes(name)) continue;
    headers[name] = value;
  }
  return headers;
}

function responseOf(request: http.ClientRequest): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    request.once('response', resolve);
    request.once('error', reject);
  });
}

function readAll(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.once('end', () => resolve(Buffer.concat(chunks)));
    stream.once('error', reject);
    stream.once('aborted', () => reject(new Error('stream aborted')));
  });
}

/**
 * Flips bits at the start, middle and end: the first byte of JSON or XML becomes a non-ASCII byte,
 * so the body can never parse. An empty body has nothing to garble and passes unchanged.
 */
export function garble(body: Buffer): Buffer {
  const garbled = Buffer.from(body);
  const positions = new Set([0, Math.floor(body.length / 2), body.length - 1].filter((i) => i >= 0));
  for (const i of positions) garbled[i] = (garbled[i] ?? 0) ^ 0xa5;
  return garbled;
}

/** After an upstream failure: a 502 if nothing was sent yet, otherwise cut the connection. */
function abortExchange(state: ProxyState, req: IncomingMessage, res: ServerResponse, error: unknown, entry?: FaultLogEntry): void {
  if (entry && !state.log.includes(entry)) state.log.push(entry);
  if (res.headersSent || res.destroyed) {
    res.destroy();
    return;
  }
  if (entry) entry.status = 502;
  req.resume();
  res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(`fault-proxy: upstream failed: ${error instanceof Error ? error.message : String(error)}\n`);
}

function listenOnLoopback(server: http.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') reject(new Error('fault proxy has no port'));
      else resolve(address.port);
    });
  });
}

function closeProxy(server: http.Server, state: ProxyState): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    state.destroyAll();
  });
}
