import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { meetCallUrl } from './support/server';
import { CallPage } from './pages/call-page';
import { useE2eSuite } from './support/suite';

const suite = useE2eSuite();

let browser: ChromiumSession;

async function openSettings(): Promise<Page> {
  const dashboard = await browser.context.newPage();
  await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html#settings`);
  return dashboard;
}

describe('coaching in the sidebar', () => {
  it('runs a session in German once the user picks German, and keeps it German afterwards', async () => {
    browser = suite.track(await launchChromium());
    const settings = await openSettings();
    await settings.getByRole('combobox', { name: 'Language' }).selectOption('de');
    await settings.getByRole('tab', { name: 'Gespräche' }).waitFor();

    const call = new CallPage(await browser.context.newPage());
    await call.page.goto(meetCallUrl(suite.port));
    const sidebar = await call.openSidebar();
    await expect.poll(() => sidebar.currentStep.textContent()).toContain('Deine Themen');
    const agenda = sidebar.root.getByRole('navigation', { name: 'Agenda' });
    await expect(agenda.textContent()).resolves.toContain('Offene Punkte vom letzten Mal');
    await sidebar.root.getByRole('button', { name: /Nächster Abschnitt/ }).click();
    await expect.poll(() => sidebar.sectionHeading.textContent()).toBe('Offene Punkte vom letzten Mal');
    await sidebar.root.getByRole('heading', { name: 'Vorgeschlagene Fragen' }).waitFor();

    // Switching the UI back to English later does not change the language of this session.
    await settings.getByRole('combobox', { name: 'Sprache' }).selectOption('en');
    await settings.getByRole('tab', { name: 'Sessions' }).waitFor();
    await call.page.reload();
    const reloaded = await call.sidebar();
    await expect.poll(() => reloaded.sectionHeading.textContent()).toBe('Offene Punkte vom letzten Mal');
  });

  it('puts a clicked suggestion into the notes, and it survives a reload', async () => {
    browser = suite.track(await launchChromium());
    const call = new CallPage(await browser.context.newPage());
    await call.page.goto(meetCallUrl(suite.port));
    const sidebar = await call.openSidebar();
    await sidebar.notes.fill('Sam says the Q3 target is impossible');
    const list = sidebar.root.getByRole('list', { name: /^Suggestions/ });
    const first = list.getByRole('listitem').first().getByRole('button').first();
    await expect.poll(() => list.getByRole('listitem').first().textContent()).toMatch(/notes mention “impossible”/);
    const question = (await first.textContent())!.slice(1);
    await first.click();
    // The call time is masked: the clock is real, and a slow run can pass 0:00.
    const withoutCallTime = (text: string) => text.replace(/^Q \d+:\d\d · /gm, 'Q m:ss · ');
    await expect.poll(async () => withoutCallTime(await sidebar.notes.inputValue())).toBe(`Sam says the Q3 target is impossible\nQ m:ss · ${question}\n`);
    await sidebar.root.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

    await call.page.reload();
    const reloaded = await call.sidebar();
    await expect.poll(async () => withoutCallTime(await reloaded.notes.inputValue())).toContain(`Q m:ss · ${question}`);
    // Asked once, it is not suggested again in this session.
    await expect.poll(() => reloaded.root.getByRole('list', { name: /^Suggestions/ }).textContent()).not.toContain(question);
  });

  it('pastes a question into the call chat without sending it, and says so when the chat is closed', async () => {
    browser = suite.track(await launchChromium());
    const settings = await openSettings();
    const chatPaste = settings.getByRole('checkbox', { name: /Send to call chat/ });
    await chatPaste.click();
    await expect.poll(() => chatPaste.isChecked()).toBe(true);
    const call = new CallPage(await browser.context.newPage());
    await call.page.goto(meetCallUrl(suite.port));
    const sidebar = await call.openSidebar();
    const send = sidebar.root.getByRole('button', { name: 'Send to call chat' }).first();
    await send.click();
    await sidebar.root.getByText(/Couldn't find the call's chat box/).waitFor();

    await call.page.getByRole('button', { name: 'Chat' }).click();
    await send.click();
    await sidebar.root.getByText(/Pasted into the call chat/).waitFor();
    const chatBox = call.page.getByRole('textbox', { name: 'Send a message' });
    await expect.poll(() => chatBox.inputValue()).not.toBe('');
    await expect(call.page.locator('.chat .sent li').count()).resolves.toBe(0);
  });
});
