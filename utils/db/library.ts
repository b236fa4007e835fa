import type { CoachbarDatabase } from './database';
import type { RecordFields, RecordTables } from './records';
import { RecordStore } from './store';
import type { RecordWriter } from './writer';

type OrderedTable = 'templates' | 'questions';

export type TemplateInput = Omit<RecordFields<'templates'>, 'position'> & { id: string };
export type QuestionInput = Omit<RecordFields<'questions'>, 'position'> & { id: string };

/** A user-ordered list of records: new ones go last, and neighbours swap places to reorder. */
class OrderedList<T extends OrderedTable> {
  private readonly store: RecordStore<T>;

  constructor(db: CoachbarDatabase, writer: RecordWriter, table: T) {
    this.store = new RecordStore(db, writer, table);
  }

  async list(): Promise<RecordTables[T][]> {
    return (await this.store.all()).sort((a, b) => a.position - b.position);
  }

  async save(id: string, fields: Omit<RecordFields<T>, 'position'>): Promise<RecordTables[T]> {
    // Tombstones count too, so a restored item never shares a place with a live one.
    const position = (await this.store.everything()).reduce((max, item) => Math.max(max, item.position), 0) + 1;
    return this.store.save(id, fields as Partial<RecordFields<T>>, () => ({ ...fields, position }) as RecordFields<T>);
  }

  async move(id: string, by: -1 | 1): Promise<void> {
    const list = await this.list();
    const index = list.findIndex((item) => item.id === id);
    const current = list[index];
    const neighbour = list[index + by];
    if (!current || !neighbour) return;
    await this.store.save(current.id, { position: neighbour.position } as Partial<RecordFields<T>>);
    await this.store.save(neighbour.id, { position: current.position } as Partial<RecordFields<T>>);
  }

  remove(id: string): Promise<void> {
    return this.store.remove(id);
  }
}

/** The user's own templates and questions; built-ins live in code and are never stored. */
export class LibraryRepository {
  readonly templates: OrderedList<'templates'>;
  readonly questions: OrderedList<'questions'>;

  constructor(db: CoachbarDatabase, writer: RecordWriter) {
    this.templates = new OrderedList(db, writer, 'templates');
    this.questions = new OrderedList(db, writer, 'questions');
  }
}
