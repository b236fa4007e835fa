import type { CoachbarDatabase } from '@/utils/db/database';
import { NoteRepository } from '@/utils/db/notes';
import { SessionRepository } from '@/utils/db/sessions';
import { RecordStore } from '@/utils/db/store';
import type { RecordWriter } from '@/utils/db/writer';

/** The repositories a sync test edits through, the same ones the background uses. */
export class CoachbarRepositories {
  readonly notes: NoteRepository;
  readonly sessions: SessionRepository;
  readonly people: RecordStore<'people'>;
  readonly ratings: RecordStore<'ratings'>;
  readonly conflicts: RecordStore<'conflicts'>;

  constructor(db: CoachbarDatabase, readonly writer: RecordWriter) {
    this.notes = new NoteRepository(db, writer);
    this.sessions = new SessionRepository(db, writer);
    this.people = new RecordStore(db, writer, 'people');
    this.ratings = new RecordStore(db, writer, 'ratings');
    this.conflicts = new RecordStore(db, writer, 'conflicts');
  }
}
