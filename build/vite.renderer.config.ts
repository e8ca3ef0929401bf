import react from '@vitejs/plugin-react';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { antdStyles } from './antd-styles';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// The renderer is a static bundle: loaded from file:// by Electron and from 127.0.0.1 in serve mode,
// hence relative asset paths.
export default defineConfig({
  root: path.join(root, 'renderer'),
  base: './',
  // antd's styles split by component and loaded with the chunks that use them (see antd-styles.ts).
  plugins: [antdStyles(), react()],
  build: {
    outDir: path.join(root, 'dist', 'renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
