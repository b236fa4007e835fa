import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/entrypoints/background/handlers';
import { createServices, type Services } from '@/entrypoints/background/services';
import { callPage, sidebar } from './senders';

let services: Services | undefined;

beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue(undefined);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await services?.db.delete();
  services = undefined;
});


/** A call with Listening balance on, whose captions have just reported: the background has not written the counts yet. */
async function callJustCounted() {
  services = createServices();
  const handlers = createHandlers(services);
  await handlers.updateSettings({ listeningBalance: true }, sidebar);
  const tabId = (await fakeBrowser.tabs.create({ url: 'https://meet.google.com/abc-defg-hij' })).id!;
  await handlers.registerCallTab({ title: '1:1 Sam' }, callPage(tabId));
  const { session } = await handlers.openSidebar({ tabId, uiLanguage: 'en-US' }, sidebar);
  await handlers.reportSpeech({ signal: 'captions', words: [{ speaker: 'You', words: 30, local: true }, { speaker: 'Sam', words: 70, local: false }] }, callPage(tabId));
  return { handlers, sessionId: session!.id };
}

it('exports everything counted so far, even right after the last report', async () => {
  const { handlers, sessionId } = await callJustCounted();
  expect((await handlers.getSessionSummary({ sessionId }, sidebar)).listening).toEqual({ manager: 30, other: 70 });
});

it('keeps everything counted with the session it ends', async () => {
  const { handlers, sessionId } = await callJustCounted();
  const ended = await handlers.endSession({ sessionId }, sidebar);
  expect(ended.listening?.speakers.map((speaker) => [speaker.name, Object.values(speaker.sections)])).toEqual([
    ['You', [30]],
    ['Sam', [70]],
  ]);
});

it('charts a person’s 1:1 only where it is known which speaker was the manager: no share is a guess', async () => {
  services = createServices();
  const handlers = createHandlers(services);
  const person = await handlers.savePerson({ id: 'p1', name: 'Sam', role: '', notes: '' }, sidebar);
  const counted = async (code: string, managerSpeaker: string | null) => {
    const session = await services!.sessions.openForMeeting({ site: 'meet', code }, `1:1 ${code}`, 'en');
    await handlers.setSessionPerson({ sessionId: session.id, personId: person.id }, sidebar);
    await services!.sessions.setListening(session.id, { speakers: [{ name: 'Alex', sections: { start: 40 } }, { name: 'Sam', sections: { start: 60 } }], managerSpeaker, managerConfirmed: managerSpeaker !== null });
    return session.id;
  };
  const known = await counted('abc-defg-hij', 'Alex');
  await counted('abc-defg-hik', null);
  expect((await handlers.listeningHistory({ personId: person.id }, sidebar)).map(({ sessionId, manager, other }) => [sessionId, manager, other])).toEqual([[known, 40, 60]]);
});
