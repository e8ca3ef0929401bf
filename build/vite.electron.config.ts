import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { nodeBundle } from './node-bundle.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

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
