import type { CoachbarDatabase } from './database';
import type { QuestionRecord, RecordFields, TemplateRecord } from './records';
import type { RecordWriter } from './writer';

export type TemplateInput = Omit<RecordFields<'templates'>, 'position'> & { id: string };
export type QuestionInput = Omit<RecordFields<'questions'>, 'position'> & { id: string };

/** The user's own templates and questions; built-ins live in code and are never stored. */
export class LibraryRepository {
  constructor(
    private readonly db: CoachbarDatabase,
    private readonly writer: RecordWriter,
  ) {}

  async templates(): Promise<TemplateRecord[]> {
    return (await this.db.templates.toArray()).filter((t) => t.deletedAt === null).sort((a, b) => a.position - b.position);
  }

  async saveTemplate({ id, ...fields }: TemplateInput): Promise<TemplateRecord> {
    const position = await this.nextPosition('templates');
    return this.writer.upsert('templates', id, fields, () => ({ ...fields, position }));
  }

  async questions(): Promise<QuestionRecord[]> {
    return (await this.db.questions.toArray()).filter((q) => q.deletedAt === null).sort((a, b) => a.position - b.position);
  }

  async saveQuestion({ id, ...fields }: QuestionInput): Promise<QuestionRecord> {
    const position = await this.nextPosition('questions');
    return this.writer.upsert('questions', id, fields, () => ({ ...fields, position }));
  }

  /** Swaps a record with its neighbour in the user's list. */
  async move(table: 'templates' | 'questions', id: string, by: -1 | 1): Promise<void> {
    const list = table === 'templates' ? await this.templates() : await this.questions();
    const index = list.findIndex((item) => item.id === id);
    const neighbour = list[index + by];
    const current = list[index];
    if (!current || !neighbour) return;
    await this.writer.upsert(table, current.id, { position: neighbour.position });
    await this.writer.upsert(table, neighbour.id, { position: current.position });
  }

  remove(table: 'templates' | 'questions', id: string): Promise<void> {
    return this.writer.remove(table, id);
  }

  private async nextPosition(table: 'templates' | 'questions'): Promise<number> {
    const all = await this.db.table<{ position?: number }>(table).toArray();
    return all.reduce((max, item) => Math.max(max, item.position ?? 0), 0) + 1;
  }
}
