import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig, type EnvironmentOptions } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

// Electron provides these at run time; better-sqlite3 loads a native addon, so it cannot be bundled.
const external = ['electron', 'better-sqlite3', 'playwright-core', ...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/** One Node-side bundle: everything else (core, db, zod, drizzle) is inlined. */
function nodeBundle(entry: string, fileName: string, format: 'es' | 'cjs'): EnvironmentOptions {
  return {
    consumer: 'server',
    resolve: { noExternal: true, external },
    build: {
      target: 'node22',
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

/**
 * Builds the Electron main process (ESM, as package.json is "type": "module") and the preload
 * (CommonJS, because a sandboxed preload cannot be an ES module) in one `vite build`.
 */
export default defineConfig({
  root,
  publicDir: false,
  // Shared by both environments; `vite build --outDir DIR` puts the bundles elsewhere (the packaged-app test).
  build: { outDir: 'dist/electron', emptyOutDir: false },
  environments: {
    main: nodeBundle('electron/main.ts', 'main.js', 'es'),
    preload: nodeBundle('electron/preload.ts', 'preload.cjs', 'cjs'),
  },
  builder: {
    async buildApp(builder) {
      await builder.build(builder.environments.main);
      await builder.build(builder.environments.preload);
    },
  },
});
