import fs from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const dependencies = Object.keys(JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')).dependencies);

// Serve mode and the CLI as prebuilt JavaScript: the project's TypeScript (core, db) is bundled with the
// small pure-JS packages every start needs (resolving and loading their hundreds of files one by one cost
// more than running them); the native driver and the big libraries loaded on first use stay in node_modules.
const BUNDLED = ['zod', 'drizzle-orm', 'hono', '@hono/node-server', 'chinese-days', 'dayjs'];
const external = [...dependencies.filter((name) => !BUNDLED.includes(name)), ...builtinModules, ...builtinModules.map((name) => `node:${name}`)];
const isExternal = (id: string) => external.some((name) => id === name || id.startsWith(`${name}/`));

/**
 * `dist/server/serve.js` and `dist/server/cli.js` (with the chunks they share), built by build/bundles.mjs
 * when older than their sources. The import and export layers and the QR encoder are chunks of their own,
 * loaded on first use: exceljs, docx and jszip are not read at start-up. Chunks sit beside the entries
 * (core/bin/repo-paths.ts finds the project two folders up from whichever file it lands in).
 */
export default defineConfig({
  root,
  publicDir: false,
  build: { outDir: 'dist/server', emptyOutDir: true },
  environments: {
    server: {
      consumer: 'server',
      resolve: { noExternal: true, external: true },
      build: {
        target: 'node20',
        minify: false,
        sourcemap: true,
        copyPublicDir: false,
        rolldownOptions: {
          input: { serve: fileURLToPath(new URL('../core/bin/serve.ts', import.meta.url)), cli: fileURLToPath(new URL('../core/bin/cli.ts', import.meta.url)) },
          external: isExternal,
          output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
        },
      },
    },
  },
  builder: {
    async buildApp(builder) {
      await builder.build(builder.environments.server);
    },
  },
});
