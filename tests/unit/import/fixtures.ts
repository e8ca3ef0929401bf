import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

// Texts the import tests read: the seeds (in shared/ beside the repository, as in CI) and the small plans of
// imagined other offices in tests/fixtures/import.

const repo = resolve(import.meta.dirname, '../../..');

const seeds = resolve(repo, '../shared/seeds');

export function seed(prefix: '000' | '001' | '002' | '003' | '004'): string {
  const name = readdirSync(seeds).find((f) => f.startsWith(`${prefix}_`));
  if (!name) throw new Error(`seed ${prefix} not found in ${seeds}`);
  return readFileSync(resolve(seeds, name), 'utf8');
}

export function fixture(name: string): string {
  return readFileSync(resolve(repo, 'tests/fixtures/import', name), 'utf8');
}

