import { afterAll, afterEach, beforeAll } from 'vitest';
import { startFixtureServer, type FixtureServer } from './server';

interface Closable {
  close(): Promise<void>;
}

/**
 * The set-up every e2e file shares: one fixture server for the file, and every browser a test
 * launched closed after that test, even when it failed half-way.
 */
export function useE2eSuite() {
  let server: FixtureServer | undefined;
  const browsers = new Set<Closable>();
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(async () => {
    await server?.close();
  });
  afterEach(async () => {
    for (const browser of browsers) await browser.close();
    browsers.clear();
  });
  return {
    get port(): number {
      if (!server) throw new Error('The fixture server is not running yet');
      return server.port;
    },
    /** Closes the browser after the test; closing it earlier as well is fine. */
    track<B extends Closable>(browser: B): B {
      browsers.add(browser);
      return browser;
    },
  };
}
