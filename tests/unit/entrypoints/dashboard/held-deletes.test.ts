import { describe, expect, it } from 'vitest';
import { heldDeletesInWords } from '@/entrypoints/dashboard/held-deletes';
import { translator } from '@/utils/i18n/catalog';

describe('heldDeletesInWords', () => {
  it.each([
    { language: 'en', byTable: { people: 12, sessions: 3000 }, expected: 'Another browser deleted 3,000 sessions, 12 people. Delete them here too?' },
    { language: 'en', byTable: { people: 1, notes: 0, ratings: 21 }, expected: 'Another browser deleted 1 person, 21 ratings. Delete them here too?' },
    { language: 'nl', byTable: { people: 12, sessions: 3000 }, expected: 'Een andere browser heeft 3.000 sessies, 12 personen verwijderd. Ook hier verwijderen?' },
    { language: 'nl', byTable: { notes: 1 }, expected: 'Een andere browser heeft 1 notitie verwijderd. Ook hier verwijderen?' },
    { language: 'de', byTable: { people: 12, sessions: 3000 }, expected: 'Ein anderer Browser hat 3.000 Gespräche, 12 Personen gelöscht. Auch hier löschen?' },
    { language: 'de', byTable: { actionItems: 1 }, expected: 'Ein anderer Browser hat 1 Aufgabe gelöscht. Auch hier löschen?' },
  ] as const)('$language: $expected', ({ language, byTable, expected }) => {
    const count = Object.values(byTable).reduce((sum: number, n: number) => sum + n, 0);
    expect(heldDeletesInWords({ deviceId: 'laptop', seq: 7, count, byTable }, translator(language), language)).toBe(expected);
  });

  it('gives the total for a status saved before the tables were counted', () => {
    expect(heldDeletesInWords({ deviceId: 'laptop', seq: 7, count: 1200 }, translator('en'), 'en')).toBe('Another browser deleted 1,200 items. Delete them here too?');
  });
});
