import Dexie from 'dexie';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openDatabase, type CoachbarDatabase } from '@/utils/db/database';
import { NoteRepository } from '@/utils/db/notes';
import type { NoteRecord } from '@/utils/db/records';
import { RecordWriter } from '@/utils/db/writer';

let db: CoachbarDatabase;
let notes: NoteRepository;
let writer: RecordWriter;

beforeEach(() => {
  db = openDatabase({}, `note-words-${crypto.randomUUID()}`);
  writer = new RecordWriter(db, () => 1_765_000_000_000);
  notes = new NoteRepository(db, writer);
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const wordsOf = async (id: string) => (await db.noteWords.get(id))?.words;
const note = (id: string, text: string): NoteRecord => ({ id, sessionId: id.split('/')[0]!, sectionId: 'start', text, private: false, questionIds: [], createdAt: 1, updatedAt: 'c1', deletedAt: null });

it("keeps a note's words beside it through edits and deletes, and never in the note", async () => {
  await notes.saveText('s1', 'start', 'Wants to mentor');
  expect(await wordsOf('s1/start')).toEqual(['wants', 'to', 'mentor']);
  expect(await db.notes.get('s1/start')).not.toHaveProperty('words');

  await notes.saveText('s1', 'start', 'Wants a budget');
  expect(await wordsOf('s1/start')).toEqual(['wants', 'budget']);
  expect((await notes.search('mentor')).map((found) => found.id)).toEqual([]);
  expect((await notes.search('budg')).map((found) => found.id)).toEqual(['s1/start']);

  // A delete leaves a tombstone, which search must not find.
  await writer.remove('notes', 's1/start');
  expect(await wordsOf('s1/start')).toBeUndefined();
  expect(await notes.search('budget')).toEqual([]);
});

it('keeps them for writes that name only the notes in their transaction', async () => {
  await db.transaction('rw', db.notes, async () => {
    await db.notes.bulkPut([note('s1/start', 'Hiring plan'), note('s2/start', 'Conference talk')]);
  });
  expect(await wordsOf('s1/start')).toEqual(['hiring', 'plan']);

  await db.notes.delete('s1/start');
  expect(await wordsOf('s1/start')).toBeUndefined();
  await db.notes.clear();
  expect(await db.noteWords.count()).toBe(0);
});
