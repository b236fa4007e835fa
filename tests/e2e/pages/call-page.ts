import type { Frame, Page } from 'playwright-core';
import { SidebarPage } from './sidebar';

/**
 * The call page with Coachbar's in-page dock. Its controls are in an open shadow root, which
 * Playwright pierces; its frame is in a closed one, which nothing in the page reaches, so the
 * frame is found among the page's frames instead, by its address.
 */
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

  /** The element the dock's frame sits in: the frame itself is out of the page's reach. */
  get frameHost() {
    return this.page.locator('coachbar-dock coachbar-frame');
  }

  /** The dock's frame once the dock has made it: the sidebar page with its dock token. */
  async dockFrame(): Promise<Frame> {
    const find = () => this.page.frames().find((frame) => !frame.isDetached() && /\/sidepanel\.html\?.*\bdock=/.test(frame.url()));
    await this.page.waitForFunction(() => document.querySelector('coachbar-dock')?.shadowRoot?.querySelector('coachbar-frame'));
    for (let found = find(); ; found = find()) {
      if (found) return found;
      await this.page.waitForEvent('framenavigated');
    }
  }

  /** The docked sidebar, as it is now (after a reload, ask again). */
  async sidebar(): Promise<SidebarPage> {
    return new SidebarPage(await this.dockFrame());
  }

  /** Whether the dock says it is covered: the cover itself is in the closed root with the frame. */
  async isCovered(): Promise<boolean> {
    return (await this.frameHost.getAttribute('covered')) !== null;
  }

  /** Whether the sidebar's frame is laid out, as it is not while covered or shut. Reached through the browser, not the page: it is in a closed root. */
  async frameShown(): Promise<boolean> {
    return (await (await this.dockFrame()).frameElement()).isVisible();
  }

  /** The cover's Show button, reached as a keyboard user reaches it: Tab from the dock's close button. */
  async revealByKeyboard(): Promise<void> {
    await this.closeButton.focus();
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.press('Enter');
  }

  async openSidebar(): Promise<SidebarPage> {
    await this.openButton.click();
    return this.sidebar();
  }
}
