import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CallPage } from './pages/call-page';
import { runAxe } from './support/axe';
import { launchChromium, type ChromiumExtensionSession } from './support/chromium';
import { meetCallUrl } from './support/server';
import { useE2eSuite } from './support/suite';
import { shownTheme } from './support/theme';

const suite = useE2eSuite();

let browser: ChromiumExtensionSession;

/** Screenshots for a person to look at, kept out of the repository. */
const shotsDir = process.env.THEME_SHOTS_DIR;

async function shoot(page: Page, name: string): Promise<void> {
  if (shotsDir) await page.screenshot({ path: `${shotsDir}/${name}.png` });
}

const themeOf = (target: Page | Frame) => target.evaluate(shownTheme);

async function openDockedSidebar(): Promise<{ call: CallPage; frame: Frame }> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(meetCallUrl(suite.port));
  const call = new CallPage(page);
  const sidebar = await call.openSidebar();
  await sidebar.meetingTitle.waitFor();
  return { call, frame: await call.dockFrame() };
}

async function openDashboard(tab = 'sessions'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/dashboard.html#${tab}`);
  await page.getByRole('tab', { selected: true }).waitFor();
  return page;
}

describe('light and dark themes in Chromium', () => {
  it('docks dark on a dark Meet call while the system prefers light, with no serious axe finding', async () => {
    browser = suite.track(await launchChromium({ colorScheme: 'light' }));
    const { call, frame } = await openDockedSidebar();
    await expect.poll(() => themeOf(frame)).toBe('dark, painted dark');
    expect(await runAxe(frame)).toEqual([]);
    await shoot(call.page, 'sidebar-dark-meet');
  });

  it('shows the dashboard as the browser prefers, dark or light, following a change live, with no serious axe finding', async () => {
    browser = suite.track(await launchChromium({ colorScheme: 'dark' }));
    await openDockedSidebar();
    const dashboard = await openDashboard();
    await dashboard.getByRole('navigation', { name: 'Past sessions' }).getByRole('button', { name: /1:1 Alex \/ Sam/ }).waitFor();
    await expect.poll(() => themeOf(dashboard)).toBe('dark, painted dark');
    expect(await runAxe(dashboard)).toEqual([]);
    await shoot(dashboard, 'dashboard-dark');

    await dashboard.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => themeOf(dashboard)).toBe('light, painted light');
    expect(await runAxe(dashboard)).toEqual([]);
    await shoot(dashboard, 'dashboard-light');

    const settings = await openDashboard('settings');
    await settings.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => themeOf(settings)).toBe('dark, painted dark');
    expect(await runAxe(settings)).toEqual([]);
    await shoot(settings, 'settings-dark');
  });

  it('rates in the dark sidebar and charts the ratings on a dark people tab, with no serious axe finding', async () => {
    browser = suite.track(await launchChromium({ colorScheme: 'dark' }));
    const { call, frame } = await openDockedSidebar();
    const sidebar = frame;
    await sidebar.getByRole('combobox', { name: 'Person' }).selectOption({ label: 'New person…' });
    await sidebar.getByRole('textbox', { name: 'Name' }).fill('Alex de Vries');
    await sidebar.getByRole('button', { name: 'Add person' }).click();
    await sidebar.getByRole('tab', { name: 'Check-in' }).click();
    const scales = sidebar.getByRole('radiogroup', { name: /^Agreement with/ });
    await expect.poll(() => scales.count()).toBe(3);
    for (const [index, value] of [6, 4, 2].entries()) {
      const radio = scales.nth(index).getByRole('radio', { name: String(value) });
      await radio.click();
      await expect.poll(() => radio.getAttribute('aria-checked')).toBe('true');
    }
    expect(await runAxe(frame)).toEqual([]);
    await shoot(call.page, 'sidebar-dark-check-in');

    const people = await openDashboard('people');
    await people.getByRole('figure').first().locator('canvas').waitFor();
    await expect.poll(() => themeOf(people)).toBe('dark, painted dark');
    expect(await runAxe(people)).toEqual([]);
    await shoot(people, 'people-dark');
  });

  it('stays light when the setting says light, on a dark call page and with the system preferring dark', async () => {
    browser = suite.track(await launchChromium({ colorScheme: 'dark' }));
    const settings = await openDashboard('settings');
    await settings.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Light' });
    await expect.poll(() => themeOf(settings)).toBe('light, painted light');
    expect(await runAxe(settings)).toEqual([]);

    const { call, frame } = await openDockedSidebar();
    await expect.poll(() => themeOf(frame)).toBe('light, painted light');
    expect(await runAxe(frame)).toEqual([]);
    await shoot(call.page, 'sidebar-light-meet');
  });
});
