import { templateStructures } from '../content/structure';
import { queryTerms } from '../search/tokenize';
import type { CoachbarDatabase } from './database';
import type { NoteRecord } from './records';
import type { RecordWriter } from './writer';

/** One note per section of a session: a stable id lets two devices' notes for it merge, not duplicate. */
export function noteId(sessionId: string, sectionId: string): string {
  return `${sessionId}/${sectionId}`;
}

export class NoteRepository {
  constructor(
    private readonly db: CoachbarDatabase,
    private readonly writer: RecordWriter,
  ) {}

  async forSession(sessionId: string): Promise<NoteRecord[]> {
    const notes = await this.db.notes.where('sessionId').equals(sessionId).toArray();
    return notes.filter((note) => note.deletedAt === null);
  }

  saveText(sessionId: string, sectionId: string, text: string): Promise<NoteRecord> {
    return this.upsert(sessionId, sectionId, { text });
  }

  /** Which suggestions were asked in this section: they are not suggested again. */
  setAskedQuestions(sessionId: string, sectionId: string, questionIds: string[]): Promise<NoteRecord> {
    return this.upsert(sessionId, sectionId, { questionIds });
  }

  /** Notes marked private stay out of the employee copy of a summary. */
  setPrivate(sessionId: string, sectionId: string, isPrivate: boolean): Promise<NoteRecord> {
    return this.upsert(sessionId, sectionId, { private: isPrivate });
  }

  /**
   * Up to `limit` notes containing every term (as a word or the start of one). The first term is
   * looked up in the words index; the rest are checked on those hits only.
   */
  async search(query: string, limit = 50): Promise<NoteRecord[]> {
    const [first, ...rest] = queryTerms(query);
    if (!first) return [];
    // The cursor stops at `limit` matches: a common word does not load every note. Deleted notes
    // have no words (the writer keeps them: utils/db/writer.ts).
    return this.db.transaction('r', this.db.noteWords, this.db.notes, async () => {
      const matches = await this.db.noteWords
        .where('words')
        .startsWith(first)
        .distinct()
        .filter((entry) => rest.every((term) => entry.words.some((word) => word.startsWith(term))))
        .limit(limit)
        .primaryKeys();
      const notes = await this.db.notes.bulkGet(matches);
      return notes.filter((note): note is NoteRecord => note?.deletedAt === null);
    });
  }

  private async upsert(sessionId: string, sectionId: string, patch: Partial<Pick<NoteRecord, 'text' | 'questionIds' | 'private'>>): Promise<NoteRecord> {
    const startsPrivate = await this.isBeforeTheTalk(sessionId, sectionId);
    return this.writer.upsert('notes', noteId(sessionId, sectionId), patch, () => ({
      sessionId,
      sectionId,
      text: '',
      private: startsPrivate,
      questionIds: [],
    }));
  }

  /** The manager's preparation before a talk (the salary talk's) is theirs alone: its note starts private, so the employee copy leaves it out. */
  private async isBeforeTheTalk(sessionId: string, sectionId: string): Promise<boolean> {
    const session = await this.db.sessions.get(sessionId);
    const structure = templateStructures.find((template) => template.id === session?.templateId);
    return structure?.sections.some((section) => section.id === sectionId && section.beforeTheTalk === true) ?? false;
  }
}
