import { execFile, spawn } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../build/bundles.mjs';
import { tempDir } from '../helpers/temp-ledger';

// `npm run cli` and serve mode run the prebuilt dist/server bundles: they open a new data folder
// (migrations found from the bundle's place), answer, and need no TypeScript at run time.
const run = promisify(execFile);
const root = path.resolve(__dirname, '..', '..');

describe('server bundles', () => {
  it('the CLI bundle loads the sample and lists the plans', async () => {
    buildBundle('server');
    const dir = tempDir();
    const cli = (...args: string[]) => run(process.execPath, [path.join(root, 'dist', 'server', 'cli.js'), ...args], { cwd: root });
    expect((await cli('demo', '--data-dir', dir)).stdout).toContain('已载入2023年示例计划');
    expect(JSON.parse((await cli('plans', '--json', '--data-dir', dir)).stdout)).toEqual([expect.objectContaining({ year: 2023, itemCount: 66 })]);
  }, 60_000);

  it('the serve bundle prints its address and serves the renderer', async () => {
    buildBundle('renderer');
    buildBundle('server');
    const child = spawn(process.execPath, [path.join(root, 'dist', 'server', 'serve.js'), '--data-dir', tempDir(), '--port', '0'], { cwd: root });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk) => {
          out += chunk;
          const found = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(out);
          if (found) resolve(found[0]);
        });
        child.once('exit', (code) => reject(new Error(`serve exited ${code}: ${out}`)));
      });
      // The printed address (with its token) opens the built renderer from the project's dist/renderer.
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('id="root"');
    } finally {
      child.kill('SIGTERM');
    }
  }, 60_000);
});
