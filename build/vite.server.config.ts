import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { nodeBundle } from './node-bundle.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/** db/client.ts looks for its migrations beside itself: in the bundle, that is beside serve.mjs and cli.mjs. */
function shipMigrations(): Plugin {
  return {
    name: 'ledger-ship-migrations',
    writeBundle(options) {
      const target = path.join(options.dir ?? path.join(root, 'dist', 'server'), 'migrations');
      fs.rmSync(target, { recursive: true, force: true });
      fs.cpSync(path.join(root, 'db', 'migrations'), target, { recursive: true });
    },
  };
}

/**
 * Serve mode and the CLI as prebuilt JavaScript (dist/server), so neither transpiles TypeScript at start.
 * They run on the user's Node (20 or later), not Electron's.
 */
export default defineConfig({
  root,
  publicDir: false,
  plugins: [shipMigrations()],
  build: { outDir: 'dist/server', emptyOutDir: false },
  environments: {
    serve: nodeBundle('core/bin/serve.ts', 'serve.mjs', 'es', 'node20'),
    cli: nodeBundle('core/bin/cli.ts', 'cli.mjs', 'es', 'node20'),
  },
  builder: {
    async buildApp(builder) {
      await builder.build(builder.environments.serve);
      await builder.build(builder.environments.cli);
    },
  },
});
