import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Builds the renderer once per run into a directory of this run's own (handed to the servers through
 * LEDGER_E2E_STATIC_DIR), so a build running at the same time elsewhere (dist/renderer is shared and
 * emptied by every build) cannot pull the page from under a test. Returns the clean-up.
 */
export default function globalSetup(): () => void {
  const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-e2e-renderer-'));
  execFileSync(
    process.execPath,
    [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'build/vite.renderer.config.ts', '--outDir', staticDir, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: root, stdio: 'inherit' },
  );
  process.env.LEDGER_E2E_STATIC_DIR = staticDir;
  return () => fs.rmSync(staticDir, { recursive: true, force: true });
}
