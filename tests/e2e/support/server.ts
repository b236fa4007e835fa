import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const fixtures = new URL('../../fixtures/', import.meta.url);

export interface FixtureServer {
  port: number;
  close(): Promise<void>;
}

/** A throwaway self-signed certificate for the hostnames the fake call pages pose as. */
function makeCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'coachbar-cert-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2',
    '-keyout', key, '-out', cert, '-subj', '/CN=meet.google.com',
    '-addext', 'subjectAltName=DNS:meet.google.com,DNS:app.zoom.us,DNS:localhost',
  ], { stdio: 'ignore' });
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

function fixtureFor(host: string, path: string): string | null {
  if (host === 'meet.google.com' && (/^\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/.test(path) || path === '/' || path === '/landing')) return 'meet.html';
  if (host === 'app.zoom.us' && /^\/wc\/\d{9,11}\/(join|start)$/.test(path)) return 'zoom.html';
  return null;
}

/**
 * Serves the fake Meet and Zoom pages over HTTPS on loopback, with Meet's kind of CSP: Trusted
 * Types are enforced, so an innerHTML in our content script fails here as it would on Meet.
 */
export async function startFixtureServer(port = 0): Promise<FixtureServer> {
  const server = createServer(makeCertificate(), (request, response) => {
    const url = new URL(request.url ?? '/', 'https://localhost');
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const file = fixtureFor(host, url.pathname);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const nonce = randomBytes(16).toString('base64');
    const html = readFileSync(new URL(file, fixtures), 'utf8').replaceAll('__NONCE__', nonce);
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': `require-trusted-types-for 'script'; script-src 'nonce-${nonce}' 'strict-dynamic' 'unsafe-eval'; object-src 'none'; base-uri 'self'`,
    });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export const meetCallUrl = (port: number, code = 'abc-defg-hij') => `https://meet.google.com:${port}/${code}`;
export const meetLandingUrl = (port: number) => `https://meet.google.com:${port}/landing`;
export const zoomCallUrl = (port: number, id = '123456789') => `https://app.zoom.us:${port}/wc/${id}/join`;
