import { type EnumStyle, STYLE_RANK, leadingBullet, leadingEnumerator, splitInlineItems } from './enumerator';
import { type Src, sliceSrc, trimSrc } from './normalize';
import type { Cell } from './text-table';

// The works written in one table cell. A 行事历 cell holds several: numbered ("1.开学典礼 2.大队委会议", or
// one number per line), one per Word paragraph, or separated by ；. Deeper numbers ((1) under 1.) and lines
// that only finish a sentence stay with the work above.

export interface CellWork {
  seq: number | null;
  text: Src;
  /** 0-based lines the work was read from. */
  lines: number[];
}

/** A line that only finishes the one above it: the sentence was cut after a comma, a 、 or an open bracket. */
function continuesSentence(before: Src, next: Src): boolean {
  return /[,，、:：(（“《\-]$/.test(before.n.trimEnd()) || /^[,，、。;；)）”》]/.test(next.n.trimStart());
}

function joined(a: Src, b: Src): Src {
  const sep = /[A-Za-z0-9]$/.test(a.n.trimEnd()) && /^[A-Za-z0-9]/.test(b.n.trimStart()) ? ' ' : '';
  return { o: a.o + sep + b.o, n: a.n + sep + b.n };
}

const MIN_PIECE = 2;

/** "开学典礼；新学期大队委会议": unnumbered works separated by ；, each long enough to be one. */
function splitAtSemicolons(work: CellWork): CellWork[] {
  const pieces: Src[] = [];
  for (const m of work.text.n.matchAll(/[^;；]+/g)) {
    const piece = trimSrc(sliceSrc(work.text, m.index, m.index + m[0].length), '。.');
    if (piece.n) pieces.push(piece);
  }
  if (pieces.length < 2 || pieces.some((p) => p.n.replace(/\s/g, '').length < MIN_PIECE)) return [work];
  return pieces.map((text) => ({ seq: null, text, lines: work.lines }));
}

export function cellWorks(cell: Cell): CellWork[] {
  const works: CellWork[] = [];
  let style: EnumStyle | null = null;
  cell.parts.forEach((part, k) => {
    const line = cell.lines[k];
    const last = works[works.length - 1];
    const lines = (w: CellWork) => (w.lines.includes(line) ? w.lines : [...w.lines, line]);
    const en = leadingEnumerator(part.n);
    if (en && (style === null || STYLE_RANK[en.style] <= STYLE_RANK[style])) {
      style = en.style;
      const items = splitInlineItems(part.n, en);
      items.forEach((item, j) => {
        const end = j + 1 < items.length ? items[j + 1].start : part.n.length;
        works.push({ seq: item.seq, text: trimSrc(sliceSrc(part, item.textStart, end)), lines: [line] });
      });
      return;
    }
    const bullet = leadingBullet(part.n);
    if (bullet !== null) {
      works.push({ seq: null, text: trimSrc(sliceSrc(part, bullet)), lines: [line] });
      return;
    }
    // A deeper number, a wrapped line under a numbered work, or the end of a cut sentence.
    if (last && (en || last.seq !== null || continuesSentence(last.text, part))) {
      last.text = joined(last.text, en ? { o: ` ${part.o}`, n: ` ${part.n}` } : part);
      last.lines = lines(last);
      return;
    }
    works.push({ seq: null, text: part, lines: [line] });
  });
  return works.flatMap((w) => (w.seq === null ? splitAtSemicolons(w) : [w])).filter((w) => w.text.n.trim());
}
