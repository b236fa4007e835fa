import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/entrypoints/background/handlers';
import { captionsGraceMs, ListeningTracker, signalFreshMs } from '@/entrypoints/background/listening';
import { createServices, type Services } from '@/entrypoints/background/services';
import { checkIncomingRecord } from '@/utils/backup/schema';
import type { SpeakerWords } from '@/utils/listening/types';
import { isAllowedSender, type MessageSenderInfo, type TrustPolicy } from '@/utils/messaging/server';
import { callPage, sidebar } from './senders';

let services: Services | undefined;
let scripted: { tabId: number; files: string[] }[];

beforeEach(() => {
  scripted = [];
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  // The call page check runs a function in the call page too: only files are the captions script.
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async ({ target, files }: { target: { tabId: number }; files?: string[] }) => {
    if (files) scripted.push({ tabId: target.tabId, files });
    return [{ frameId: 0, result: undefined }];
  }) as never);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await services?.db.delete();
  services = undefined;
});

const words = (speaker: string, count: number, local = false): SpeakerWords => ({ speaker, words: count, local });

/** A call tab with its call script registered and its session opened by a sidebar. */
async function openCall(listeningBalance: boolean) {
  services = createServices();
  const handlers = createHandlers(services);
  await handlers.updateSettings({ listeningBalance }, sidebar);
  const tabId = (await fakeBrowser.tabs.create({ url: 'https://meet.google.com/abc-defg-hij' })).id!;
  await handlers.registerCallTab({ title: '1:1 Sam' }, callPage(tabId));
  const { session } = await handlers.openSidebar({ tabId, uiLanguage: 'en-US' }, sidebar);
  return { services, handlers, tabId, sessionId: session!.id };
}

describe('Listening balance in the background', () => {
  it('reads no captions while the setting is off: nothing injected, and a report stops the script', async () => {
    const { services, handlers, tabId, sessionId } = await openCall(false);
    await services.listening.startIn(tabId);
    expect(scripted).toEqual([]);
    expect(await handlers.reportSpeech({ signal: 'captions', words: [words('You', 5, true)] }, callPage(tabId))).toEqual({ listen: false });
    expect(await handlers.listeningBalance({ sessionId }, sidebar)).toMatchObject({ signal: 'none', manager: 0, other: 0, speakers: [] });
  });

  it('injects the captions script once the sidebar opened the call, and the meter shows the counts by section', async () => {
    const { handlers, tabId, sessionId } = await openCall(true);
    await vi.waitFor(() => expect(scripted).toEqual([{ tabId, files: ['/content-scripts/captions.js'] }]));
    // Opened again (another sidebar, the setting saved again): still the one copy.
    await handlers.openSidebar({ tabId, uiLanguage: 'en-US' }, sidebar);
    await handlers.updateSettings({ listeningBalance: true }, sidebar);
    expect(await handlers.reportSpeech({ signal: 'captions', words: [words('You', 30, true), words('Sam de Vries', 70)] }, callPage(tabId))).toEqual({ listen: true });
    expect(await handlers.listeningBalance({ sessionId }, sidebar)).toEqual({
      signal: 'captions',
      manager: 30,
      other: 70,
      section: { manager: 30, other: 70 },
      managerSpeaker: 'You',
      speakers: ['You', 'Sam de Vries'],
      nudge: false,
      nudgeReason: null,
    });
    expect(scripted).toHaveLength(1);
    await handlers.moveSection({ sessionId, target: 1 }, sidebar);
    await handlers.reportSpeech({ signal: 'captions', words: [words('Sam de Vries', 10)] }, callPage(tabId));
    expect(await handlers.listeningBalance({ sessionId }, sidebar)).toMatchObject({ manager: 30, other: 80, section: { manager: 0, other: 10 } });
  });

  it('keeps the user’s choice of manager in the session, and the person’s history shows the session', async () => {
    const { services, handlers, tabId, sessionId } = await openCall(true);
    const person = await handlers.savePerson({ id: 'p1', name: 'Alex', role: '', notes: '' }, sidebar);
    await handlers.setSessionPerson({ sessionId, personId: person.id }, sidebar);
    await handlers.reportSpeech({ signal: 'captions', words: [words('You', 20, true), words('Alex Jansen', 60)] }, callPage(tabId));
    await expect(handlers.setManagerSpeaker({ sessionId, speaker: 'Nobody' }, sidebar)).rejects.toThrow(RangeError);
    expect(await handlers.setManagerSpeaker({ sessionId, speaker: 'Alex Jansen' }, sidebar)).toMatchObject({ managerSpeaker: 'Alex Jansen', manager: 60, other: 20 });
    // The page's "You" no longer changes it.
    await handlers.reportSpeech({ signal: 'captions', words: [words('You', 1, true)] }, callPage(tabId));
    expect((await services.sessions.get(sessionId))!.listening).toEqual({
      speakers: [
        { name: 'You', sections: { 'check-in': 20 } },
        { name: 'Alex Jansen', sections: { 'check-in': 60 } },
      ],
      managerSpeaker: 'Alex Jansen',
      managerConfirmed: true,
    });
    expect(await handlers.listeningHistory({ personId: person.id }, sidebar)).toEqual([{ sessionId, startedAt: expect.any(Number), manager: 60, other: 20 }]);
  });

  it('nudges after minutes of the manager above the threshold, and says no signal when reports stop', async () => {
    const { services, tabId, sessionId } = await openCall(true);
    let now = Date.now();
    const tracker = new ListeningTracker(services.sessions, services.settings, services.callTabs, () => now);
    for (let second = 0; second <= 4 * 60; second += 10) {
      await tracker.report(tabId, 'captions', [words('You', 14, true), words('Sam de Vries', 6)]);
      now += 10_000;
    }
    now -= 10_000;
    expect(await tracker.balance(sessionId)).toMatchObject({ signal: 'captions', nudge: true, nudgeReason: { share: 70, minutes: 4 } });
    await services.settings.update({ listeningThreshold: 75 });
    expect(await tracker.balance(sessionId)).toMatchObject({ nudge: false, nudgeReason: null });
    now += signalFreshMs + 1;
    expect(await tracker.balance(sessionId)).toMatchObject({ signal: 'none' });
  });

  it('injects the captions script again into a call page loaded anew in the same tab, once', async () => {
    const { services, handlers, tabId } = await openCall(true);
    await vi.waitFor(() => expect(scripted).toHaveLength(1));
    // The page reloads: its call script registers the tab again, whose call keeps its open session (a side panel stays open).
    await handlers.registerCallTab({ title: '1:1 Sam' }, callPage(tabId));
    await vi.waitFor(() => expect(scripted).toHaveLength(2));
    // Its sidebar opening the session again starts no second copy.
    await services.listening.startIn(tabId);
    expect(scripted).toHaveLength(2);
  });

  it('injects nothing into the packaged demo call, a page of ours', async () => {
    services = createServices();
    const handlers = createHandlers(services);
    await handlers.updateSettings({ listeningBalance: true }, sidebar);
    const demoUrl = 'chrome-extension://test-extension-id/demo.html';
    const tabId = (await fakeBrowser.tabs.create({ url: demoUrl })).id!;
    await handlers.registerCallTab({ title: 'Demo 1:1' }, { id: fakeBrowser.runtime.id, url: demoUrl, frameId: 0, tab: { id: tabId, url: demoUrl } });
    await handlers.openSidebar({ tabId, uiLanguage: 'en-US' }, sidebar);
    await services.listening.startIn(tabId);
    expect(scripted).toEqual([]);
  });

  it.each(['https://example.com/', 'https://meet.google.com/landing', 'http://meet.google.com/abc-defg-hij'])('injects nothing into a call tab that went on to %s', async (url) => {
    const { handlers, tabId } = await openCall(false);
    await fakeBrowser.tabs.update(tabId, { url });
    await handlers.updateSettings({ listeningBalance: true }, sidebar);
    await services!.listening.startIn(tabId);
    expect(scripted).toEqual([]);
  });

  it('counts reports only from the page of the call whose session the tab has open', async () => {
    const { handlers, tabId, sessionId } = await openCall(true);
    // The same tab, now at another meeting (the sidebar has not opened its session yet): the script there stops.
    const otherMeeting = 'https://meet.google.com/xyz-abcd-efg';
    const atOtherMeeting: MessageSenderInfo = { ...callPage(tabId), url: otherMeeting, tab: { id: tabId, url: otherMeeting } };
    expect(await handlers.reportSpeech({ signal: 'captions', words: [words('Sam', 5)] }, atOtherMeeting)).toEqual({ listen: false });
    // Meet's landing page and the demo call page reach the call script's methods, but run no captions script.
    const landing = 'https://meet.google.com/';
    await expect(handlers.reportSpeech({ signal: 'captions', words: [words('Sam', 5)] }, { ...callPage(tabId), url: landing, tab: { id: tabId, url: landing } })).rejects.toThrow(/call/);
    const demo = 'chrome-extension://test-extension-id/demo.html';
    await expect(handlers.reportSpeech({ signal: 'captions', words: [words('Sam', 5)] }, { ...callPage(tabId), url: demo, tab: { id: tabId, url: demo } })).rejects.toThrow(/call/);
    expect(await handlers.listeningBalance({ sessionId }, sidebar)).toMatchObject({ signal: 'waiting', manager: 0, other: 0, speakers: [] });
  });

  it('waits for captions after the script starts in a page, and says no signal only once the grace has passed without captions', async () => {
    const { services, tabId, sessionId } = await openCall(true);
    let now = Date.now();
    const tracker = new ListeningTracker(services.sessions, services.settings, services.callTabs, () => now);
    await tracker.startIn(tabId);
    expect(await tracker.balance(sessionId)).toMatchObject({ signal: 'waiting' });
    // The script's first look finds no captions yet (the page has just loaded): still waiting.
    await tracker.report(tabId, 'none', []);
    now += captionsGraceMs;
    expect(await tracker.balance(sessionId)).toMatchObject({ signal: 'waiting' });
    now += 1;
    expect(await tracker.balance(sessionId)).toMatchObject({ signal: 'none' });
    // Loaded anew: waiting again, and captions end the wait for good.
    await tracker.pageRegistered(tabId);
    expect(await tracker.balance(sessionId)).toMatchObject({ signal: 'waiting' });
    await tracker.report(tabId, 'captions', []);
    await tracker.report(tabId, 'none', []);
    expect(await tracker.balance(sessionId)).toMatchObject({ signal: 'none' });
  });

  it('injects one copy when the sidebar and the page start it at the same moment', async () => {
    const { services, tabId } = await openCall(true);
    const tracker = new ListeningTracker(services.sessions, services.settings, services.callTabs);
    const before = scripted.length;
    await Promise.all([tracker.startIn(tabId), tracker.startIn(tabId)]);
    expect(scripted).toHaveLength(before + 1);
  });

  it('stops counting when the 1:1 ends, keeping what was counted, and holds nothing of it in memory', async () => {
    const { services, handlers, tabId, sessionId } = await openCall(true);
    await handlers.reportSpeech({ signal: 'captions', words: [words('You', 30, true), words('Sam de Vries', 70)] }, callPage(tabId));
    await handlers.endSession({ sessionId }, sidebar);
    expect(await handlers.reportSpeech({ signal: 'captions', words: [words('You', 50, true)] }, callPage(tabId))).toEqual({ listen: false });
    // No live record left: the meter reads the written counts, with no signal.
    expect(await handlers.listeningBalance({ sessionId }, sidebar)).toMatchObject({ signal: 'none', manager: 30, other: 70 });
    expect((await services.sessions.get(sessionId))!.listening!.speakers.map(({ name, sections }) => [name, Object.values(sections)])).toEqual([
      ['You', [30]],
      ['Sam de Vries', [70]],
    ]);
  });

  it('leaves out the words spoken in the manager’s preparation before the talk, as the call clock does', async () => {
    const { handlers, tabId, sessionId } = await openCall(true);
    await handlers.setSessionTemplate({ sessionId, templateId: 'salary' }, sidebar);
    await handlers.reportSpeech({ signal: 'captions', words: [words('You', 40, true)] }, callPage(tabId));
    expect(await handlers.listeningBalance({ sessionId }, sidebar)).toMatchObject({ manager: 0, other: 0, section: null });
    await handlers.moveSection({ sessionId, target: 1 }, sidebar);
    await handlers.reportSpeech({ signal: 'captions', words: [words('You', 10, true), words('Sam de Vries', 20)] }, callPage(tabId));
    expect(await handlers.listeningBalance({ sessionId }, sidebar)).toMatchObject({ manager: 10, other: 20, section: { manager: 10, other: 20 } });
  });

  it('refuses reports that did not come from the captions script', async () => {
    const { handlers, tabId } = await openCall(true);
    await expect(handlers.reportSpeech({ signal: 'captions', words: [{ speaker: '', words: 1, local: false }] }, callPage(tabId))).rejects.toThrow(TypeError);
    await expect(handlers.reportSpeech({ signal: 'captions', words: [words('Sam', -3)] }, callPage(tabId))).rejects.toThrow(RangeError);
    await expect(handlers.reportSpeech({ signal: 'maybe' as never, words: [] }, callPage(tabId))).rejects.toThrow(TypeError);
    const policy: TrustPolicy = { extensionId: fakeBrowser.runtime.id, extensionOrigin: 'chrome-extension://test-extension-id/', isCallPage: (url) => url.startsWith('https://meet.google.com/'), isDockFrame: async () => false };
    expect(await isAllowedSender('reportSpeech', callPage(tabId), undefined, policy)).toBe(true);
    expect(await isAllowedSender('reportSpeech', sidebar, undefined, policy)).toBe(false);
    // The pages' methods: not for the call page's script, nor for a website or a copy of the sidebar it frames.
    const website: MessageSenderInfo = { id: fakeBrowser.runtime.id, url: 'https://example.com/', frameId: 0, tab: { id: tabId, url: 'https://example.com/' } };
    const framedCopy: MessageSenderInfo = { ...sidebar, frameId: 3, tab: { id: tabId, url: 'https://meet.google.com/abc-defg-hij' } };
    for (const method of ['setManagerSpeaker', 'listeningHistory', 'listeningBalance'] as const) {
      for (const sender of [callPage(tabId), website, framedCopy]) expect(await isAllowedSender(method, sender, 'forged-token', policy)).toBe(false);
    }
  });
});

describe('the session’s counts from outside (backup, sync)', () => {
  const session = {
    id: 's1',
    createdAt: 1,
    updatedAt: '1700000000000:00000:dev',
    deletedAt: null,
    personId: null,
    templateId: 'okr',
    language: 'en',
    meeting: { site: 'meet', code: 'abc-defg-hij', title: '' },
    meetingKey: 'meet:abc-defg-hij',
    day: '2026-12-07',
    startedAt: 1,
    endedAt: null,
    clock: { index: 0, sectionStartedAt: 1, pausedAt: null, callStartedAt: 1, pausedMs: 0 },
    takeaway: '',
  };

  it.each([
    ['absent (not measured, or written by an older version)', undefined, true],
    ['counts per speaker and section', { speakers: [{ name: 'You', sections: { start: 20 } }], managerSpeaker: 'You', managerConfirmed: false }, true],
    ['a negative count', { speakers: [{ name: 'You', sections: { start: -1 } }], managerSpeaker: null, managerConfirmed: false }, false],
    ['a fraction of a word', { speakers: [{ name: 'You', sections: { start: 1.5 } }], managerSpeaker: null, managerConfirmed: false }, false],
    ['a speaker without a name', { speakers: [{ name: '', sections: {} }], managerSpeaker: null, managerConfirmed: false }, false],
    ['too many speakers', { speakers: Array.from({ length: 21 }, (_, index) => ({ name: `P${index}`, sections: {} })), managerSpeaker: null, managerConfirmed: false }, false],
  ])('%s: valid %s', (_case, listening, valid) => {
    expect(checkIncomingRecord('sessions', { ...session, ...(listening && { listening }) }).ok).toBe(valid);
  });
});
