import { bench, describe } from 'vitest';
import { createBackup, serializeBackup } from '@/utils/backup/format';
import { parseBackup } from '@/utils/backup/parse';
import { planRestore } from '@/utils/backup/merge';
import { seededBackupText } from './seed-data';

const text = seededBackupText();
const parsed = parseBackup(text);
if (!parsed.ok) throw new Error('seed data does not parse');
const { backup } = parsed;
const empty = Object.fromEntries(Object.keys(backup.records).map((table) => [table, []])) as unknown as typeof backup.records;

describe('backup of 3,000 sessions', () => {
  bench('serialize', () => {
    serializeBackup(createBackup(backup.records, 0, 4));
  });
  bench('parse and validate', () => {
    parseBackup(text);
  });
  bench('plan a restore into an empty database', () => {
    planRestore(empty, backup);
  });
});
