import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { EnvironmentOptions } from 'vite';

// Loaded at run time, never bundled: Electron provides itself, better-sqlite3 loads a native addon, and
// playwright-core (PDFs outside the desktop) drives a browser from its own files.
const external = ['electron', 'better-sqlite3', 'playwright-core', ...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/** One Node-side bundle: everything else (core, db, zod, drizzle) is inlined. */
export function nodeBundle(entry: string, fileName: string, format: 'es' | 'cjs', target = 'node22'): EnvironmentOptions {
  return {
    consumer: 'server',
    resolve: { noExternal: true, external },
    build: {
      target,
      minify: false,
      sourcemap: true,
      copyPublicDir: false,
      rolldownOptions: {
        input: fileURLToPath(new URL(`../${entry}`, import.meta.url)),
        output: { format, entryFileNames: fileName, codeSplitting: false },
      },
    },
  };
}
