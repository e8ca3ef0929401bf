import { toChineseNumber } from './chinese-number';

// Word writes list numbers (一、 （一） 1. ①) as numbering definitions, not as text. Plans are full of them, so
// the docx reader rebuilds each numbered paragraph's label from word/numbering.xml, and from styles.xml for
// heading styles that carry a list. Counters run per list instance (numId) and restart deeper levels.

interface Level {
  start: number;
  format: string;
  text: string;
}

export interface NumberingDefs {
  /** numId → levels (ilvl 0..8). */
  lists: Map<string, Level[]>;
  /** paragraph style id → its list. */
  styles: Map<string, { numId: string; ilvl: number }>;
}

const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1];

function levelsOf(abstractXml: string): Level[] {
  const levels: Level[] = [];
  for (const m of abstractXml.matchAll(/<w:lvl\b([^>]*)>([\s\S]*?)<\/w:lvl>/g)) {
    const ilvl = Number(attr(m[1], 'w:ilvl') ?? 0);
    const body = m[2];
    levels[ilvl] = {
      start: Number(attr(/<w:start\b[^>]*>/.exec(body)?.[0] ?? '', 'w:val') ?? 1),
      format: attr(/<w:numFmt\b[^>]*>/.exec(body)?.[0] ?? '', 'w:val') ?? 'decimal',
      text: attr(/<w:lvlText\b[^>]*>/.exec(body)?.[0] ?? '', 'w:val') ?? '',
    };
  }
  return levels;
}

export function parseNumbering(numberingXml: string, stylesXml: string): NumberingDefs {
  const abstracts = new Map<string, Level[]>();
  for (const m of numberingXml.matchAll(/<w:abstractNum\b([^>]*)>([\s\S]*?)<\/w:abstractNum>/g)) {
    abstracts.set(attr(m[1], 'w:abstractNumId') ?? '', levelsOf(m[2]));
  }
  const lists = new Map<string, Level[]>();
  for (const m of numberingXml.matchAll(/<w:num\b([^>]*)>([\s\S]*?)<\/w:num>/g)) {
    const abstractId = attr(/<w:abstractNumId\b[^>]*>/.exec(m[2])?.[0] ?? '', 'w:val');
    const levels = abstracts.get(abstractId ?? '');
    if (levels) lists.set(attr(m[1], 'w:numId') ?? '', levels);
  }
  const styles = new Map<string, { numId: string; ilvl: number }>();
  for (const m of stylesXml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const numId = attr(/<w:numId\b[^>]*>/.exec(m[2])?.[0] ?? '', 'w:val');
    const id = attr(m[1], 'w:styleId');
    if (numId && id) styles.set(id, { numId, ilvl: Number(attr(/<w:ilvl\b[^>]*>/.exec(m[2])?.[0] ?? '', 'w:val') ?? 0) });
  }
  return { lists, styles };
}

const CIRCLED = 0x2460;

function format(n: number, fmt: string): string {
  switch (fmt) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseCountingTenThousand':
    case 'chineseLegalSimplified':
    case 'ideographTraditional':
    case 'japaneseCounting':
      return toChineseNumber(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(CIRCLED + n - 1) : String(n);
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'upperLetter':
      return String.fromCharCode(64 + (((n - 1) % 26) + 1));
    case 'lowerLetter':
      return String.fromCharCode(96 + (((n - 1) % 26) + 1));
    case 'bullet':
      return '•';
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** Hands out labels in document order: "一、", "（二）", "3.", "•". */
export class ListCounter {
  private readonly counters = new Map<string, number[]>();

  constructor(private readonly defs: NumberingDefs) {}

  label(numId: string | null, ilvl: number | null, styleId: string | null): string {
    const fromStyle = styleId ? this.defs.styles.get(styleId) : undefined;
    const id = numId ?? fromStyle?.numId;
    const level = ilvl ?? fromStyle?.ilvl ?? 0;
    const levels = id ? this.defs.lists.get(id) : undefined;
    const def = levels?.[level];
    if (!id || id === '0' || !levels || !def) return '';
    const counts = this.counters.get(id) ?? [];
    counts[level] = (counts[level] ?? def.start - 1) + 1;
    counts.length = level + 1;
    this.counters.set(id, counts);
    if (def.format === 'bullet') return '• ';
    return def.text.replace(/%(\d)/g, (_, k: string) => {
      const at = Number(k) - 1;
      return format(counts[at] ?? levels[at]?.start ?? 1, levels[at]?.format ?? 'decimal');
    });
  }
}
