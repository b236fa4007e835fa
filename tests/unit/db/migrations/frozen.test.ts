import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { migrations } from '@/utils/db/migrations';

const folder = 'utils/db/migrations';

it('numbers the migrations 1, 2, 3… in the order they are applied, a file each', () => {
  expect(migrations.map((migration) => migration.version)).toEqual(migrations.map((_, index) => index + 1));
  const files = readdirSync(folder).filter((file) => /^\d{3}-.+\.ts$/.test(file));
  expect(files.map((file) => Number(file.slice(0, 3)))).toEqual(migrations.map((migration) => migration.version));
});

it('keeps every migration frozen: it imports values only from other migrations and Dexie, never from code that changes', () => {
  for (const file of readdirSync(folder)) {
    const source = readFileSync(`${folder}/${file}`, 'utf8');
    const valueImports = [...source.matchAll(/^import (?!type )[^;]* from '([^']+)';$/gm)].map((match) => match[1]);
    expect(valueImports.filter((from) => from !== 'dexie' && !/^\.\/\d{3}-/.test(from!)), file).toEqual([]);
  }
});
