import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBundle } from '../../build/bundles.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Builds the renderer and serve mode once per run into a directory of this run's own (handed to the servers
 * through LEDGER_E2E_STATIC_DIR and LEDGER_E2E_SERVE), so a build running at the same time elsewhere
 * (dist/ is shared and emptied by builds) cannot pull the page from under a test. The servers run the same
 * prebuilt JavaScript as `npm run serve`. Returns the clean-up.
 */
export default function globalSetup(): () => void {
  // Inside the repository: the bundle finds its packages (better-sqlite3, playwright-core) in node_modules.
  fs.mkdirSync(path.join(root, 'test-results'), { recursive: true });
  const run = fs.mkdtempSync(path.join(root, 'test-results', 'e2e-build-'));
  const staticDir = path.join(run, 'renderer');
  execFileSync(
    process.execPath,
    [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'build/vite.renderer.config.ts', '--outDir', staticDir, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: root, stdio: 'inherit' },
  );
  const serverDir = path.join(run, 'server');
  buildBundle('server', { outDir: serverDir, force: true });
  process.env.LEDGER_E2E_STATIC_DIR = staticDir;
  process.env.LEDGER_E2E_SERVE = path.join(serverDir, 'serve.mjs');
  return () => fs.rmSync(run, { recursive: true, force: true });
}
