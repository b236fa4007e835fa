import { request } from 'node:https';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { demoUrl, meetCallUrl, startFixtureServer, zoomCallUrl, type FixtureServer } from './support/server';

/**
 * The harness itself, without the extension: the fake pages are served as the real hostnames,
 * behave like a single-page app, and enforce Trusted Types as Meet does.
 */
let server: FixtureServer;
let chromium: ChromiumSession | undefined;
let firefox: FirefoxSession | undefined;

beforeAll(async () => {
  server = await startFixtureServer();
});

afterAll(async () => {
  await server.close();
});

afterEach(async () => {
  await chromium?.close();
  await firefox?.close();
  chromium = firefox = undefined;
});

/** Asks the fixture server directly, as the browser would for `host`. */
function fetchFixture(host: string, path: string): Promise<{ status: number; csp: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, headers: { host: `${host}:${server.port}` }, rejectUnauthorized: false }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, csp: String(res.headers['content-security-policy'] ?? ''), body }));
    });
    req.on('error', reject).end();
  });
}

describe('fixture server', () => {
  it.each([
    ['meet.google.com', '/', 200],
    ['meet.google.com', '/landing', 200],
    ['meet.google.com', '/abc-defg-hij', 200],
    ['meet.google.com', '/abc-defg-hij/extra', 404],
    ['meet.google.com', '/ABC-DEFG-HIJ', 404],
    ['app.zoom.us', '/wc/123456789/join', 200],
    ['app.zoom.us', '/wc/123456789/start', 200],
    ['app.zoom.us', '/wc/join/123456789', 404],
    ['app.zoom.us', '/abc-defg-hij', 404],
    ['example.com', '/', 404],
  ])('%s%s answers %i', async (host, path, status) => {
    expect((await fetchFixture(host, path)).status).toBe(status);
  });

  it('sends a fresh nonce with every page and puts it on the inline script', async () => {
    const [first, second] = await Promise.all([fetchFixture('meet.google.com', '/landing'), fetchFixture('meet.google.com', '/landing')]);
    const nonce = /'nonce-([^']+)'/.exec(first.csp)?.[1];
    expect(first.csp).toContain("require-trusted-types-for 'script'");
    expect(first.body).toContain(`<script nonce="${nonce}">`);
    expect(second.csp).not.toContain(`'nonce-${nonce}'`);
  });
});

describe('Chromium without the extension', () => {
  it('enforces Trusted Types on the fake Meet call', async () => {
    chromium = await launchChromium({ extensionDir: null });
    const page = await chromium.context.newPage();
    await page.goto(demoUrl(server.port));
    await expect(page.locator('[data-meeting-title]').textContent()).resolves.toBe('1:1 Alex / Sam');

    const outcome = await page.evaluate(async () => {
      // The violation event is queued as a task, after the throwing assignment.
      const violation = new Promise<string>((resolve) =>
        document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), { once: true }),
      );
      let threw = false;
      try {
        document.body.innerHTML = '<b>injected</b>';
      } catch {
        threw = true;
      }
      return { threw, violation: await violation };
    });
    expect(outcome).toEqual({ threw: true, violation: 'require-trusted-types-for' });
  });

  it('leaves and joins the Meet call without a reload, and serves the Zoom call', async () => {
    chromium = await launchChromium({ extensionDir: null });
    const page = await chromium.context.newPage();
    await page.goto(meetCallUrl(server.port));
    const bottom = page.viewportSize()!.height;
    const controls = page.getByRole('region', { name: 'Call controls' });
    await expect(controls.boundingBox()).resolves.toMatchObject({ y: bottom - 80, height: 80 });

    await page.evaluate(() => ((window as { harnessMarker?: string }).harnessMarker = 'same document'));
    await page.getByRole('button', { name: 'Leave call' }).click();
    await page.waitForURL(/\/landing$/);
    await page.locator('#join').click();
    await page.waitForURL(/\/abc-defg-hij$/);
    await controls.waitFor();
    await expect(page.evaluate(() => (window as { harnessMarker?: string }).harnessMarker)).resolves.toBe('same document');

    await page.goto(zoomCallUrl(server.port));
    await expect(page.locator('#wc-footer').boundingBox()).resolves.toMatchObject({ y: bottom - 60, height: 60 });
    await page.getByRole('button', { name: 'Leave call' }).click();
    await page.waitForURL(/\/wc\/123456789\/leave$/);
  });
});

describe('Firefox without the extension', () => {
  it('loads the fake Meet call as meet.google.com, with Trusted Types enforced', async () => {
    firefox = await launchFirefox({ extensionDir: null });
    const page = await firefox.newPage(demoUrl(server.port));
    await page.waitForSelector('[aria-label="Leave call"]', { visible: true });
    expect(await page.$eval('[data-meeting-title]', (element) => element.textContent)).toBe('1:1 Alex / Sam');
    const blocked = await page.evaluate(() => {
      try {
        document.body.innerHTML = '<b>injected</b>';
        return false;
      } catch {
        return true;
      }
    });
    expect(blocked).toBe(true);
  });
});
