import type { BrowserContext, Locator, Page } from 'playwright-core';

/**
 * chrome://serviceworker-internals: where Chromium shows whether the extension's worker is running
 * and can stop it, as its idle timeout would. The only registration in a test profile is ours.
 */
export class WorkerInternals {
  /**
   * The installed worker's entry. Right after launch the page may still list the worker as it
   * installs, apart from the registration and with a Stop button of its own: stopping that one
   * breaks its install, and the worker the page then lists never reads STOPPED.
   */
  private readonly activeWorker: Locator;

  private constructor(readonly page: Page) {
    this.activeWorker = page.locator('.serviceworker-version', {
      has: page.locator('.serviceworker-status .value', { hasText: /^ACTIVATED$/ }),
    });
  }

  static async open(context: BrowserContext): Promise<WorkerInternals> {
    const page = await context.newPage();
    await page.goto('chrome://serviceworker-internals/');
    return new WorkerInternals(page);
  }

  private runningStatus(status: string): Locator {
    return this.activeWorker.locator('.serviceworker-running-status .value', { hasText: new RegExp(`^${status}$`) });
  }

  /**
   * The installed worker's running status (RUNNING, STOPPED, …) as the browser has it now: read from
   * a fresh load of the page, since its live view redraws a round trip after each change.
   */
  async status(): Promise<string> {
    await this.page.reload();
    return this.activeWorker.locator('.serviceworker-running-status .value').innerText();
  }

  /** Waits until the worker is installed and running, then stops it. */
  async stop(): Promise<void> {
    await this.runningStatus('RUNNING').waitFor();
    await this.activeWorker.getByText('Stop', { exact: true }).click();
    await this.runningStatus('STOPPED').waitFor();
  }
}
