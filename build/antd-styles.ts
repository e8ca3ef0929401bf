import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

// antd ships one prebuilt stylesheet (antd/dist/antd.css, ~1 MB, 108 KB gzip) for every component it has.
// This plugin splits it into blocks at build time (the word after `.ant-`: table, select, btn…) and gives
// each renderer module an import of the blocks of the components it uses, ahead of its own code: a page
// chunk brings the styles it uses, the first load only the shell's, and components the app never uses
// are not shipped. All of it sits in the cascade layer `antd`, below the app's own stylesheets.
//   import { Table } from 'antd'
//   → import 'virtual:antd-style/base.css'; import 'virtual:antd-style/table.css'; … (then the module)

const PREFIX = 'virtual:antd-style/';
// Resolved like a root-relative file (not \0-prefixed) so vite's CSS pipeline takes it.
const RESOLVED = '/@antd-style/';

/**
 * The stylesheet blocks (the word after `.ant-` in a selector) each component renders, its own and those
 * of the components it is built from. A component missing here fails the build: add it, never guess.
 */
const COMPONENT_BLOCKS: Record<string, string[]> = {
  Alert: ['alert'],
  App: ['app', 'message', 'notification', 'modal', 'btn'],
  Badge: ['badge'],
  Breadcrumb: ['breadcrumb', 'dropdown'],
  Button: ['btn'],
  Card: ['card', 'skeleton'],
  Checkbox: ['checkbox'],
  Col: ['col'],
  Collapse: ['collapse'],
  ConfigProvider: [],
  DatePicker: ['picker', 'btn'],
  Descriptions: ['descriptions'],
  Divider: ['divider'],
  Drawer: ['drawer'],
  Dropdown: ['dropdown', 'btn'],
  Empty: ['empty'],
  Flex: ['flex'],
  Form: ['form', 'row', 'col', 'tooltip'],
  Image: ['image'],
  Input: ['input', 'btn'],
  InputNumber: ['input-number'],
  Layout: ['layout'],
  Menu: ['menu', 'tooltip'],
  Modal: ['modal', 'btn'],
  Popconfirm: ['popconfirm', 'popover', 'btn'],
  Progress: ['progress'],
  Radio: ['radio'],
  Result: ['result'],
  Row: ['row'],
  Segmented: ['segmented'],
  Select: ['select', 'empty'],
  Skeleton: ['skeleton'],
  Slider: ['slider', 'tooltip'],
  Space: ['space'],
  Spin: ['spin'],
  Switch: ['switch'],
  Table: ['table', 'pagination', 'select', 'dropdown', 'checkbox', 'radio', 'spin', 'empty', 'tooltip', 'btn'],
  Tabs: ['tabs', 'dropdown'],
  Tag: ['tag'],
  Timeline: ['timeline'],
  Tooltip: ['tooltip'],
  Typography: ['typography', 'tooltip'],
};

/** Deep imports (`antd/es/input/TextArea`) by their folder. */
const FOLDER_COMPONENTS: Record<string, string> = { input: 'Input' };

// Classes that belong to no component: motion classes, the wave effect and the theme's root class.
const SHARED_BLOCKS = new Set(['slide', 'zoom', 'move', 'fade', 'wave', 'css']);

/** The top-level rules of a stylesheet (or of an at-rule's body), each with its whole text. */
export function topLevelRules(text: string): string[] {
  const rules: string[] = [];
  let depth = 0;
  let start = 0;
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote && text[i - 1] !== '\\') quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      rules.push(text.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  return rules;
}

function blockOfClass(name: string): string {
  if (name.startsWith('input-number')) return 'input-number';
  if (name.startsWith('scroll-number') || name.startsWith('ribbon')) return 'badge';
  return name.split('-')[0];
}

/**
 * The blocks a rule styles: for each selector in its list, the first `.ant-` class (the outermost
 * context: `.ant-table-wrapper .ant-checkbox` is the table's). Rules with none are shared ('base').
 */
export function blocksOfRule(rule: string): Set<string> {
  if (rule.startsWith('@keyframes') || rule.startsWith('@font-face')) return new Set(['base']);
  if (rule.startsWith('@')) {
    const inner = topLevelRules(rule.slice(rule.indexOf('{') + 1, -1));
    return new Set(inner.flatMap((r) => [...blocksOfRule(r)]));
  }
  const blocks = new Set<string>();
  for (const selector of rule.slice(0, rule.indexOf('{')).split(',')) {
    const first = selector.match(/\.ant-([a-z][a-z-]*)/);
    const block = first ? blockOfClass(first[1]) : 'base';
    blocks.add(SHARED_BLOCKS.has(block) ? 'base' : block);
  }
  return blocks;
}

/** The stylesheet split by block: block → its rules, in antd's order. */
export function splitStylesheet(css: string): Map<string, string[]> {
  const byBlock = new Map<string, string[]>();
  for (const rule of topLevelRules(css))
    for (const block of blocksOfRule(rule)) {
      const rules = byBlock.get(block) ?? [];
      rules.push(rule);
      byBlock.set(block, rules);
    }
  return byBlock;
}

/** The antd components a module imports (named imports from 'antd', deep imports by folder). */
export function antdComponentsOf(code: string): string[] {
  const names = new Set<string>();
  for (const m of code.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s+from\s+['"]antd['"]/g)) {
    if (m[1]) continue;
    for (const spec of m[2].split(',')) {
      const name = spec.trim().split(/\s+as\s+/)[0];
      if (name && !name.startsWith('type ')) names.add(name);
    }
  }
  for (const m of code.matchAll(/from\s+['"]antd\/es\/([a-z-]+)\//g)) if (FOLDER_COMPONENTS[m[1]]) names.add(FOLDER_COMPONENTS[m[1]]);
  return [...names];
}

/** Names imported from 'antd' that are not components (helpers) and carry no styles. */
const UNSTYLED = new Set(['theme', 'message', 'notification', 'version']);

/** The blocks of the antd components a module imports. */
function blocksNeeded(code: string, id: string, fail: (message: string) => never): string[] {
  const components = antdComponentsOf(code).filter((name) => !UNSTYLED.has(name));
  const unknown = components.filter((name) => !COMPONENT_BLOCKS[name]);
  if (unknown.length) fail(`antd-styles: no styles known for antd component(s) ${unknown.join(', ')} (in ${id}); add them to COMPONENT_BLOCKS`);
  return [...new Set(components.flatMap((name) => COMPONENT_BLOCKS[name]))];
}

export function antdStyles(): Plugin {
  let byBlock: Map<string, string[]> | undefined;
  const stylesheet = () => {
    const file = createRequire(import.meta.url).resolve('antd/dist/antd.css');
    return (byBlock ??= splitStylesheet(fs.readFileSync(file, 'utf8')));
  };
  return {
    name: 'league-ledger:antd-styles',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(PREFIX) ? RESOLVED + id.slice(PREFIX.length) : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      // In a cascade layer: the app's own stylesheets win over antd's whatever the order they load in (a
      // block loaded with a later page comes after them in the document).
      return `@layer antd {\n${(stylesheet().get(id.slice(RESOLVED.length).replace(/\.css$/, '')) ?? []).join('\n')}\n}`;
    },
    transform(code, id) {
      if (!/\/renderer\/src\/.*\.tsx?$/.test(id)) return null;
      const blocks = blocksNeeded(code, id, (message) => this.error(message));
      if (blocks.length === 0) return null;
      // Shared rules (reset, theme variables, motion) first, then the blocks, then the module itself.
      return { code: ['base', ...blocks].map((block) => `import '${PREFIX}${block}.css';\n`).join('') + code, map: null };
    },
  };
}
