import type { BrowserContext, Page } from 'playwright-core';

/**
 * chrome://serviceworker-internals: where Chromium shows whether the extension's worker is running
 * (live, without a reload) and can stop it, as its idle timeout would. The only worker in a test
 * profile is ours.
 */
export class WorkerInternals {
  private constructor(readonly page: Page) {}

  static async open(context: BrowserContext): Promise<WorkerInternals> {
    const page = await context.newPage();
    await page.goto('chrome://serviceworker-internals/');
    return new WorkerInternals(page);
  }

  status(): Promise<string> {
    return this.page.evaluate(() => /Running Status: (\w+)/.exec(document.body.innerText)?.[1] ?? 'no worker');
  }

  async stop(): Promise<void> {
    await this.page.getByText('Stop', { exact: true }).click();
    await this.page.waitForFunction(() => document.body.innerText.includes('Running Status: STOPPED'));
  }
}
