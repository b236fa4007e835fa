import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface FixtureServer {
  port: number;
  close(): Promise<void>;
}

const fixtureDir = new URL('../../fixtures/', import.meta.url);
const meetCallPath = /^\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/;
const zoomCallPath = /^\/wc\/\d+\/(?:join|start)$/;

/**
 * The hostnames the fake pages pose as; browsers are pointed at loopback for these only.
 * evil.test is another website, one the extension has no business with.
 */
export const fakeHosts = ['meet.google.com', 'app.zoom.us', 'evil.test'] as const;

export const meetCallUrl = (port: number, code = 'abc-defg-hij'): string => `https://meet.google.com:${port}/${code}`;
export const meetLandingUrl = (port: number): string => `https://meet.google.com:${port}/landing`;
export const zoomCallUrl = (port: number, id = '123456789'): string => `https://app.zoom.us:${port}/wc/${id}/join`;
export const otherSiteUrl = (port: number): string => `https://evil.test:${port}/`;
/** The call the demo and the bench open. */
export const demoUrl = (port: number): string => meetCallUrl(port);

/** A throwaway self-signed certificate; browsers are told to accept it, so only the names matter. */
function makeCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'coachbar-cert-'));
  try {
    const keyPath = join(dir, 'key.pem');
    const certPath = join(dir, 'cert.pem');
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2',
      '-keyout', keyPath, '-out', certPath, '-subj', '/CN=meet.google.com',
      '-addext', `subjectAltName=${[...fakeHosts, 'localhost'].map((host) => `DNS:${host}`).join(',')}`,
    ], { stdio: 'ignore' });
    return { key: readFileSync(keyPath), cert: readFileSync(certPath) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function fixtureFor(host: string, path: string): string | null {
  if (host === 'meet.google.com' && (path === '/' || path === '/landing' || meetCallPath.test(path))) return 'meet.html';
  if (host === 'app.zoom.us' && zoomCallPath.test(path)) return 'zoom-call.html';
  if (host === 'evil.test' && path === '/') return 'other-site.html';
  return null;
}

/** Meet's policy: Trusted Types enforced, so an innerHTML in our content script fails here as it does on Meet. */
function meetLikeCsp(nonce: string): string {
  return `require-trusted-types-for 'script'; script-src 'nonce-${nonce}' 'strict-dynamic' 'unsafe-eval'; object-src 'none'; base-uri 'self'`;
}

function createFixtureServer(): Server {
  const pages = new Map(['meet.html', 'zoom-call.html', 'other-site.html'].map((file) => [file, readFileSync(new URL(file, fixtureDir), 'utf8')]));
  return createServer(makeCertificate(), (request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const file = fixtureFor(host, new URL(request.url ?? '/', 'https://fixture.invalid').pathname);
    const html = file ? pages.get(file) : undefined;
    if (html === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const nonce = randomBytes(16).toString('base64');
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': meetLikeCsp(nonce),
    });
    response.end(html.replaceAll('__NONCE__', nonce));
  });
}

/** Serves the fake Meet and Zoom pages over HTTPS on a free loopback port. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const server = createFixtureServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        // A browser still open holds keep-alive sockets, which would keep close() waiting.
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
