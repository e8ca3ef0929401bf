import fs from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig, type EnvironmentOptions } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const dependencies = Object.keys(JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')).dependencies);

// Serve mode and the CLI as prebuilt JavaScript: the project's TypeScript (core, db) is inlined, the
// installed packages stay in node_modules and load from there, as they would under tsx.
const external = [...dependencies, ...builtinModules, ...builtinModules.map((name) => `node:${name}`)];
const isExternal = (id: string) => external.some((name) => id === name || id.startsWith(`${name}/`));

function nodeBundle(entry: string, fileName: string): EnvironmentOptions {
  return {
    consumer: 'server',
    resolve: { noExternal: true, external: true },
    build: {
      target: 'node20',
      minify: false,
      sourcemap: true,
      copyPublicDir: false,
      rolldownOptions: {
        input: fileURLToPath(new URL(`../${entry}`, import.meta.url)),
        external: isExternal,
        output: { format: 'es', entryFileNames: fileName, codeSplitting: false },
      },
    },
  };
}

/** `dist/server/serve.js` and `dist/server/cli.js`, built by build/bundles.mjs when older than their sources. */
export default defineConfig({
  root,
  publicDir: false,
  build: { outDir: 'dist/server', emptyOutDir: false },
  environments: {
    serve: nodeBundle('core/bin/serve.ts', 'serve.js'),
    cli: nodeBundle('core/bin/cli.ts', 'cli.js'),
  },
  builder: {
    async buildApp(builder) {
      await builder.build(builder.environments.serve);
      await builder.build(builder.environments.cli);
    },
  },
});
