import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { antdComponentsOf, antdStyles, blocksOfRule, splitStylesheet, topLevelRules } from '../../../build/antd-styles';

const root = path.resolve(__dirname, '..', '..', '..');
const antdCss = fs.readFileSync(createRequire(import.meta.url).resolve('antd/dist/antd.css'), 'utf8');

function rendererSources(dir = path.join(root, 'renderer', 'src')): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? rendererSources(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );
}

describe('antd styles split by component', () => {
  it('files every rule of antd.css under some block, losing none', () => {
    const rules = topLevelRules(antdCss);
    const filed = new Set([...splitStylesheet(antdCss).values()].flat());
    expect(rules.length).toBeGreaterThan(1000);
    expect(rules.filter((r) => !filed.has(r))).toEqual([]);
    // Nothing but whitespace lies between the rules it found, nor after the last.
    const between: string[] = [];
    let at = 0;
    for (const rule of rules) {
      const next = antdCss.indexOf(rule, at);
      between.push(antdCss.slice(at, next).trim());
      at = next + rule.length;
    }
    between.push(antdCss.slice(at).trim());
    expect(between.filter((text) => text !== '')).toEqual([]);
  });

  it('files a rule under the outermost component of each selector', () => {
    expect([...blocksOfRule('.ant-table-wrapper .ant-checkbox{margin:0}')]).toEqual(['table']);
    expect([...blocksOfRule('.ant-input-number-affix-wrapper{width:90px}')]).toEqual(['input-number']);
    expect([...blocksOfRule('.ant-select-dropdown,.ant-picker-dropdown{z-index:1}')].sort()).toEqual(['picker', 'select']);
    expect([...blocksOfRule('@media (max-width:575px){.ant-col-xs-1{width:4%}}')]).toEqual(['col']);
    expect([...blocksOfRule('@keyframes antZoomIn{0%{opacity:0}to{opacity:1}}')]).toEqual(['base']);
    expect([...blocksOfRule('.css-var-_R_1_{--ant-color-primary:#1677ff}')]).toEqual(['base']);
    expect([...blocksOfRule('.ant-zoom-enter{opacity:0}')]).toEqual(['base']);
  });

  it('reads the components a module imports, also renamed and by deep path, and not types', () => {
    const code = "import { App as AntApp, Button, type TableProps } from 'antd';\nimport type { FormInstance } from 'antd';\nimport TextArea from 'antd/es/input/TextArea';";
    expect(antdComponentsOf(code).sort()).toEqual(['App', 'Button', 'Input']);
  });

  it('knows the styles of every antd component the renderer uses (the build fails on one it does not)', () => {
    const plugin = antdStyles();
    const transform = plugin.transform as (code: string, id: string) => { code: string } | null;
    const errors: string[] = [];
    const context = { error: (message: string) => errors.push(message) as never };
    for (const file of rendererSources()) transform.call(context, fs.readFileSync(file, 'utf8'), file);
    expect(errors).toEqual([]);
    expect(() => transform.call({ error: (m: string) => { throw new Error(m); } }, "import { Transfer } from 'antd';", path.join(root, 'renderer/src/x.tsx'))).toThrow(/Transfer/);
  });

  it('puts each block in the antd cascade layer, below the app’s own stylesheets', () => {
    const plugin = antdStyles();
    const load = plugin.load as (id: string) => string | null;
    const resolveId = plugin.resolveId as (id: string) => string | null;
    const table = load(resolveId('virtual:antd-style/table.css')!)!;
    expect(table.startsWith('@layer antd {')).toBe(true);
    expect(table).toContain('.ant-table-wrapper');
    expect(table).not.toContain('.ant-steps');
  });
});
