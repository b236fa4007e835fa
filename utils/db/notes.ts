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

  private upsert(sessionId: string, sectionId: string, patch: Partial<Pick<NoteRecord, 'text' | 'questionIds'>>): Promise<NoteRecord> {
    return this.writer.upsert('notes', noteId(sessionId, sectionId), patch, () => ({
      sessionId,
      sectionId,
      text: '',
      private: false,
      questionIds: [],
    }));
  }
}
