import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Serve mode and the CLI run from core/bin/*.ts (tsx) or from their bundles in dist/server/*.js: both
// lie two folders below the project, whose dist/renderer and db/migrations they read.
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const MIGRATIONS_FOLDER = path.join(repoRoot, 'db', 'migrations');
