import { browser, type Runtime } from '@/utils/browser/api';

/** The welcome page, after a first install only: not after an update of Coachbar or of the browser. */
export function openWelcomeAfterInstall({ reason }: Runtime.OnInstalledDetailsType): void {
  if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
}
