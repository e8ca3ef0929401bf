import type { ListCounter } from './docx-numbering';
import { CELL_BREAK } from './text-table';

// word/document.xml → the text lines the parsers read: one line per paragraph, one `cell | cell | cell |` line
// per table row, a cell's paragraphs kept apart by CELL_BREAK (one work per paragraph). A merged cell gives its
// text to every row it spans (vMerge), and to one grid column, the others it covers left empty (gridSpan), so
// each row reads on its own. A one-column table is a frame around text: its paragraphs are plain lines.
// Deleted revisions, field codes and the duplicate fallback copy of text boxes are left out. A single pass
// over the tags keeps time linear in the size of the XML.

interface Paragraph {
  text: string;
  numId: string | null;
  ilvl: number | null;
  styleId: string | null;
}

interface CellBuilder {
  paras: string[];
  span: number;
  /** Continues the vertically merged cell above (vMerge without val="restart"). */
  continued: boolean;
}

interface TableBuilder {
  rows: string[][];
  row: string[] | null;
  cell: CellBuilder | null;
  /** The previous row's text per grid column, for cells merged down into this one. */
  above: string[];
}

const SKIPPED = new Set(['w:del', 'w:instrText', 'w:delText', 'mc:Fallback', 'w:rPrChange', 'w:pPrChange']);
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (all, e: string) => {
    if (e[0] !== '#') return ENTITIES[e] ?? all;
    const code = e[1] === 'x' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

const val = (tag: string) => /\bw:val="([^"]*)"/.exec(tag)?.[1] ?? null;

const MAX_SPAN = 50;

/** A cell's text for a row line: paragraphs apart, no line breaks, '|' escaped so it cannot split the row. */
function cellText(paras: string[]): string {
  return paras
    .flatMap((p) => p.split('\n'))
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(CELL_BREAK)
    .replace(/\|/g, '｜');
}

export function docxText(xml: string, lists: ListCounter): string[] {
  const lines: string[] = [];
  const paras: Paragraph[] = [];
  const tables: TableBuilder[] = [];
  let skip = 0;
  let inText = false;
  let inRun = 0;

  const emitParagraph = (p: Paragraph) => {
    const label = lists.label(p.numId, p.ilvl, p.styleId);
    const text = p.text.trim() ? label + p.text : p.text;
    const table = tables[tables.length - 1];
    if (table?.cell) table.cell.paras.push(text);
    else lines.push(...text.split('\n'));
  };
  const endTable = () => {
    const table = tables.pop();
    if (!table) return;
    const frame = table.rows.every((cells) => cells.filter(Boolean).length <= 1);
    const rowLines = frame
      ? table.rows.flatMap((cells) => cells.filter(Boolean).flatMap((c) => c.split(CELL_BREAK)))
      : table.rows.map((cells) => `${cells.join(' | ')} |`);
    const outer = tables[tables.length - 1];
    if (outer?.cell) outer.cell.paras.push(...table.rows.map((cells) => cells.filter(Boolean).join(' ')));
    else lines.push(...rowLines);
  };

  for (const m of xml.matchAll(/<([^>]*)>|([^<]+)/g)) {
    const text = m[2];
    if (text !== undefined) {
      if (inText && skip === 0 && paras.length > 0) paras[paras.length - 1].text += decodeEntities(text);
      continue;
    }
    const tag = m[1];
    if (tag[0] === '?' || tag[0] === '!') continue;
    const closing = tag[0] === '/';
    const selfClosing = tag.endsWith('/');
    const name = (closing ? tag.slice(1) : tag).split(/[\s/]/, 1)[0];
    if (SKIPPED.has(name)) {
      if (!selfClosing) skip += closing ? -1 : 1;
      continue;
    }
    if (skip > 0) continue;
    const para = paras[paras.length - 1];
    const table = tables[tables.length - 1];
    switch (name) {
      case 'w:p':
        if (closing) {
          const done = paras.pop();
          if (done) emitParagraph(done);
        } else {
          const p: Paragraph = { text: '', numId: null, ilvl: null, styleId: null };
          if (selfClosing) emitParagraph(p);
          else paras.push(p);
        }
        break;
      case 'w:t':
        inText = !closing && !selfClosing;
        break;
      case 'w:r':
        if (!selfClosing) inRun += closing ? -1 : 1;
        break;
      case 'w:tab':
        if (inRun > 0 && para) para.text += ' ';
        break;
      case 'w:br':
      case 'w:cr':
        if (inRun > 0 && para) para.text += '\n';
        break;
      case 'w:noBreakHyphen':
        if (para) para.text += '-';
        break;
      case 'w:numId':
        if (para && !closing) para.numId = val(tag);
        break;
      case 'w:ilvl':
        if (para && !closing) para.ilvl = Number(val(tag) ?? 0);
        break;
      case 'w:pStyle':
        if (para && !closing) para.styleId = val(tag);
        break;
      case 'w:tbl':
        if (closing) endTable();
        else if (!selfClosing) tables.push({ rows: [], row: null, cell: null, above: [] });
        break;
      case 'w:tr':
        if (!table) break;
        if (closing && table.row) {
          table.rows.push(table.row);
          table.above = table.row;
          table.row = null;
        } else if (!closing) {
          table.row = [];
        }
        break;
      case 'w:gridBefore':
        // Grid columns a row leaves out at its start.
        if (table?.row && !closing) table.row.push(...Array<string>(Math.max(0, Math.min(MAX_SPAN, Number(val(tag) ?? 0)))).fill(''));
        break;
      case 'w:tc':
        if (!table) break;
        if (closing && table.cell && table.row) {
          const column = table.row.length;
          const text = table.cell.continued ? (table.above[column] ?? '') : cellText(table.cell.paras);
          table.row.push(text, ...Array<string>(table.cell.span - 1).fill(''));
          table.cell = null;
        } else if (!closing) {
          table.cell = { paras: [], span: 1, continued: false };
        }
        break;
      case 'w:gridSpan':
        if (table?.cell && !closing) table.cell.span = Math.max(1, Math.min(MAX_SPAN, Number(val(tag) ?? 1)));
        break;
      case 'w:vMerge':
        if (table?.cell && !closing) table.cell.continued = val(tag) !== 'restart';
        break;
    }
  }
  while (tables.length > 0) endTable();
  return lines;
}
