import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createServices, type Services } from '@/entrypoints/background/services';
import { syncHandlers } from '@/entrypoints/background/sync-handlers';
import type { ConflictRecord, SessionRecord } from '@/utils/db/records';
import type { MessageSenderInfo } from '@/utils/messaging/server';

let services: Services | undefined;

afterEach(async () => {
  await services?.db.delete();
  services = undefined;
});

const dashboard: MessageSenderInfo = { id: fakeBrowser.runtime.id, url: 'chrome-extension://test-extension-id/dashboard.html#settings' };
const stamp = '0000000000002:00000:dev-b';

async function background() {
  services = createServices();
  const session = (meetingKey: string): Omit<SessionRecord, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'> => ({
    personId: null,
    templateId: 'weekly',
    language: 'en',
    meeting: { site: 'meet', code: 'abc-defg-hij', title: '1:1' },
    meetingKey,
    day: '2026-06-11',
    startedAt: 1,
    endedAt: null,
    clock: { index: 0, sectionStartedAt: 1, pausedAt: null, callStartedAt: 1, pausedMs: 0 },
    takeaway: 'Mine',
  });
  await services.writer.upsert('sessions', 's1', {}, () => session('meet:abc-defg-hij'));
  await services.writer.upsert('sessions', 's2', {}, () => session('meet:other'));
  await services.notes.saveText('s1', 'start', 'Only for me');
  await services.notes.setPrivate('s1', 'start', true);
  return { services, handlers: syncHandlers(services) };
}

/** A conflict copy as one stored before copies were checked, straight into its table. */
async function storedConflict(services: Services, fields: Pick<ConflictRecord, 'recordType' | 'recordId' | 'field' | 'text'>): Promise<string> {
  const id = `cc:${fields.recordId}:${fields.field}:${stamp}`;
  await services.db.conflicts.put({ id, createdAt: 1, updatedAt: stamp, deletedAt: null, hlc: stamp, ...fields });
  return id;
}

describe('resolveConflict "Use this"', () => {
  it('takes the other version of a text, and the copy goes', async () => {
    const { services, handlers } = await background();
    const id = await storedConflict(services, { recordType: 'notes', recordId: 's1/start', field: 'text', text: 'Their version' });
    await handlers.resolveConflict({ id, choice: 'use' }, dashboard);
    expect(await services.db.notes.get('s1/start')).toMatchObject({ text: 'Their version', private: true, sessionId: 's1' });
    expect((await services.db.conflicts.get(id))?.deletedAt).not.toBeNull();
  });

  it.each([
    { name: 'makes a private note public', fields: { recordType: 'notes', recordId: 's1/start', field: 'private', text: '' } },
    { name: 'moves a note to another session', fields: { recordType: 'notes', recordId: 's1/start', field: 'sessionId', text: 's2' } },
    { name: 'sets a session’s meeting to text', fields: { recordType: 'sessions', recordId: 's1', field: 'meeting', text: 'meet' } },
    { name: 'writes a text longer than its field takes', fields: { recordType: 'sessions', recordId: 's1', field: 'takeaway', text: 'x'.repeat(200_001) } },
    { name: 'writes into a deleted record', fields: { recordType: 'notes', recordId: 's9/start', field: 'text', text: 'Back from nowhere' } },
  ] as const)('refuses a copy that $name, and changes nothing', async ({ fields }) => {
    const { services, handlers } = await background();
    const [note, session] = [await services.db.notes.get('s1/start'), await services.db.sessions.get('s1')];
    const id = await storedConflict(services, fields);
    await expect(handlers.resolveConflict({ id, choice: 'use' }, dashboard)).rejects.toThrow();
    expect(await services.db.notes.get('s1/start')).toEqual(note);
    expect(await services.db.sessions.get('s1')).toEqual(session);
    expect(await services.db.notes.get('s9/start')).toBeUndefined();
    // The copy stays, so "Keep mine" can still dismiss it.
    expect((await services.db.conflicts.get(id))?.deletedAt).toBeNull();
    await handlers.resolveConflict({ id, choice: 'dismiss' }, dashboard);
    expect((await services.db.conflicts.get(id))?.deletedAt).not.toBeNull();
  });
});
