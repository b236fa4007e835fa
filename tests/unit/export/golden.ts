import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const goldenDir = join(dirname(fileURLToPath(import.meta.url)), 'golden');

/** Set UPDATE_GOLDEN=1 to rewrite the golden files from the current output (then read the diff!). */
export const updateGolden = process.env.UPDATE_GOLDEN === '1';

/** Compares output with tests/unit/export/golden/<name>; rewrites it under UPDATE_GOLDEN=1. */
export function expectGolden(name: string, actual: string): void {
  const path = join(goldenDir, name);
  if (updateGolden) {
    mkdirSync(goldenDir, { recursive: true });
    writeFileSync(path, actual, 'utf8');
    return;
  }
  if (!existsSync(path)) throw new Error(`Golden file ${name} is missing: run UPDATE_GOLDEN=1 npx vitest run tests/unit/export`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
