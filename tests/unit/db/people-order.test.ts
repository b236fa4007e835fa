import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoachingRepository } from '@/utils/db/coaching';
import { openDatabase, type CoachbarDatabase } from '@/utils/db/database';
import { RecordWriter } from '@/utils/db/writer';

let db: CoachbarDatabase;
let coaching: CoachingRepository;

beforeEach(() => {
  db = openDatabase({}, `people-order-${crypto.randomUUID()}`);
  coaching = new CoachingRepository(db, new RecordWriter(db, () => Date.now()));
});

afterEach(async () => {
  await db.delete();
});

describe('the list of people', () => {
  it('is in the order a person reads names: numbers by their value, case and accents as in a dictionary', async () => {
    for (const name of ['Person 10', 'Person 2', 'émile', 'Person 1', 'Eva', 'anna']) {
      await coaching.people.save(crypto.randomUUID(), {}, () => ({ name, role: '', notes: '', meetingKeys: [] }));
    }
    expect((await coaching.listPeople()).map((person) => person.name)).toEqual(['anna', 'émile', 'Eva', 'Person 1', 'Person 2', 'Person 10']);
  });
});
