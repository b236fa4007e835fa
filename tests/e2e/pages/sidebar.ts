import type { Frame, FrameLocator, Page } from 'playwright-core';

/** The sidebar page, whether docked in a call (a frame) or opened as the native panel (a page). */
export class SidebarPage {
  constructor(readonly root: Frame | FrameLocator | Page) {}

  get currentStep() {
    return this.root.locator('[aria-current="step"]');
  }

  get sectionHeading() {
    return this.root.getByRole('heading', { level: 2 });
  }

  get nextButton() {
    return this.root.getByRole('button', { name: /Next section/ });
  }

  get previousButton() {
    return this.root.getByRole('button', { name: /Previous section/ });
  }

  get notes() {
    return this.root.getByRole('textbox', { name: /^Notes for/ });
  }

  get timer() {
    return this.root.getByRole('timer');
  }

  get meetingTitle() {
    return this.root.getByRole('heading', { level: 1 });
  }

  goTo(section: string) {
    return this.root.getByRole('navigation', { name: 'Agenda' }).getByRole('button', { name: section }).click();
  }
}
