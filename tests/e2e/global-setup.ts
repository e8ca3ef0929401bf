import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// What the renderer bundle is built from (it also imports the contract and domain helpers).
const SOURCES = ['renderer', 'core/contract', 'core/domain', 'core/context.ts', 'build/vite.renderer.config.ts'];

function newestChange(target: string): number {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(target).map((name) => newestChange(path.join(target, name))));
}

/** Builds dist/renderer once when it is missing or older than its sources. */
export default function globalSetup(): void {
  const index = path.join(root, 'dist', 'renderer', 'index.html');
  const sourcesChanged = Math.max(...SOURCES.map((s) => newestChange(path.join(root, s))));
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= sourcesChanged) return;
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'build/vite.renderer.config.ts'], {
    cwd: root,
    stdio: 'inherit',
  });
}
