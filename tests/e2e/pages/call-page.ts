import type { Page } from 'playwright-core';
import { SidebarPage } from './sidebar';

/** The call page with Coachbar's in-page dock (an open shadow root, which Playwright pierces). */
export class CallPage {
  constructor(readonly page: Page) {}

  get openButton() {
    return this.page.getByRole('button', { name: 'Open Coachbar' });
  }

  get closeButton() {
    return this.page.getByRole('button', { name: 'Close Coachbar' });
  }

  get dock() {
    return this.page.getByRole('region', { name: 'Coachbar sidebar' });
  }

  get resizeHandle() {
    return this.page.getByRole('separator', { name: 'Resize the Coachbar sidebar' });
  }

  get host() {
    return this.page.locator('coachbar-dock');
  }

  get frame() {
    return this.page.locator('coachbar-dock iframe');
  }

  async openSidebar(): Promise<SidebarPage> {
    await this.openButton.click();
    return new SidebarPage(this.page.frameLocator('coachbar-dock iframe'));
  }
}
