import { browser } from '@/utils/browser/api';
import { openDatabase } from '@/utils/db/database';
import { BackupRepository } from '@/utils/db/backup';
import { CoachingRepository } from '@/utils/db/coaching';
import { LibraryRepository } from '@/utils/db/library';
import { NoteRepository } from '@/utils/db/notes';
import { SessionRepository } from '@/utils/db/sessions';
import { SettingsRepository } from '@/utils/db/settings';
import { RecordStore } from '@/utils/db/store';
import { RecordWriter } from '@/utils/db/writer';
import type { ChangedEvent, ChangeTopic } from '@/utils/messaging/protocol';
import { CallTabRegistry } from './call-tabs';
import { ListeningTracker } from './listening';
import { NoteSaver } from './note-saver';
import { SyncService } from './sync';

export type Services = ReturnType<typeof createServices>;

/** The background's data owners. Dexie opens lazily on the first query. */
export function createServices() {
  const db = openDatabase();
  // Every committed write tells the pages, and one with news for peers wakes sync.
  const writer = new RecordWriter(db, Date.now, ({ tables, published }) => {
    broadcastChanged(tables);
    if (published) sync.soon();
  });
  const notes = new NoteRepository(db, writer);
  const sessions = new SessionRepository(db, writer);
  const settings = new SettingsRepository(db, writer);
  const library = new LibraryRepository(db, writer);
  const coaching = new CoachingRepository(db, writer);
  const backup = new BackupRepository(db, writer);
  const callTabs = new CallTabRegistry();
  const conflicts = new RecordStore(db, writer, 'conflicts');
  const sync = new SyncService(db, writer, broadcastChanged);
  const listening = new ListeningTracker(sessions, settings, callTabs);
  const noteSaver = new NoteSaver(async (edit) => {
    await notes.saveText(edit.sessionId, edit.sectionId, edit.text);
  });
  return { db, writer, notes, sessions, settings, library, coaching, backup, callTabs, noteSaver, conflicts, sync, listening };
}

/** Tells open extension pages to refetch; nobody listening is fine. */
export function broadcastChanged(topics: readonly ChangeTopic[]): void {
  const event: ChangedEvent = { coachbar: 'changed', topics: [...topics] };
  browser.runtime.sendMessage(event).catch(() => undefined);
}
