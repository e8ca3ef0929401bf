import { describe, expect, it } from 'vitest';
import { planDraft } from '../../../core/contract/draft';
import { ImportError } from '../../../core/import/import-error';
import { MAX_FILE_BYTES, MAX_LINES } from '../../../core/import/limits';
import { parsePlanText } from '../../../core/import/parse-plan-text';
import { readImportFile } from '../../../core/import/read-file';
import { rawZip, seed003Docx } from './built-files';

/** Deterministic noise (xorshift), so a failure reproduces. */
function noise(length: number, seed = 0x2f6b1d3): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const MB = 1024 * 1024;
// Idle, each of these takes 0.3–2 s; the bounds leave room for a machine busy with other work.
const SLOW = { timeout: 30_000 };
const BOUND_MS = 10_000;

async function rejection(bytes: Uint8Array, name = 'plan.docx'): Promise<ImportError> {
  const error = await readImportFile(bytes, name).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  expect((error as ImportError).message).toMatch(/[\u4e00-\u9fff]/);
  return error as ImportError;
}

describe('files that are not plans are refused with a clear reason', () => {
  it('empty file', async () => {
    expect((await rejection(new Uint8Array(0))).code).toBe('empty');
    expect((await rejection(new TextEncoder().encode(' \n\n '), 'a.txt')).code).toBe('empty');
  });

  it('random bytes, a renamed .exe, an old .doc, a PDF', async () => {
    expect((await rejection(noise(4096))).code).toBe('not_document');
    const exe = noise(4096);
    exe.set([0x4d, 0x5a]);
    expect((await rejection(exe)).code).toBe('not_document');
    expect((await rejection(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).code).toBe('legacy_format');
    expect((await rejection(new TextEncoder().encode('%PDF-1.7\n…'))).code).toBe('unsupported_format');
  });

  it('a truncated .docx (download cut short) and a zip that only looks like one', async () => {
    const docx = await seed003Docx();
    expect((await rejection(docx.slice(0, Math.floor(docx.length * 0.6)))).code).toBe('corrupt');
    expect((await rejection(docx.slice(0, docx.length - 5))).code).toBe('corrupt');
    expect((await rejection(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).code).toBe('corrupt');
    const other = rawZip([{ name: 'photos/1.jpg', data: noise(100) }]);
    expect((await rejection(other)).code).toBe('unsupported_format');
  });

  it('an encrypted entry', async () => {
    const zip = rawZip([{ name: 'word/document.xml', data: new TextEncoder().encode('<w:document/>'), encrypted: true }]);
    expect((await rejection(zip)).code).toBe('encrypted');
  });

  it('a file over the size limit, before reading it', async () => {
    expect((await rejection(new Uint8Array(MAX_FILE_BYTES + 1), 'big.txt')).code).toBe('too_large');
  });
});

describe('zip bombs are stopped in bounded time and memory', () => {
  const huge = new Uint8Array(60 * MB).fill(0x20); // deflates to ~60 KB

  it('a docx declaring a 60 MB document.xml', SLOW, async () => {
    const started = performance.now();
    const bomb = rawZip([{ name: 'word/document.xml', data: huge }]);
    expect((await rejection(bomb)).code).toBe('zip_bomb');
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
  });

  it('a docx whose headers lie (1 KB declared, 60 MB inside)', SLOW, async () => {
    const started = performance.now();
    const bomb = rawZip([{ name: 'word/document.xml', data: huge, declaredSize: 1024 }]);
    expect((await rejection(bomb)).code).toBe('zip_bomb');
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
  });

  it('an xlsx whose headers lie, stopped before exceljs reads it', SLOW, async () => {
    const bomb = rawZip([
      { name: 'xl/workbook.xml', data: new TextEncoder().encode('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: huge, declaredSize: 2048 },
    ]);
    expect((await rejection(bomb, 'plan.xlsx')).code).toBe('zip_bomb');
  });

  it('thousands of entries', SLOW, async () => {
    const many = rawZip(Array.from({ length: 6000 }, (_, i) => ({ name: `word/media/${i}.png`, data: new Uint8Array(1) })));
    expect((await rejection(many)).code).toBe('zip_bomb');
  });
});

describe('oversized text is cut, not choked on', () => {
  it('20 MB of plan text parses within a few seconds, with a truncation problem', SLOW, () => {
    const line = '3.开展学雷锋志愿服务活动，参与人数不少于500人次（责任人：张三、李四）\n';
    const text = `3月\n${line.repeat(Math.ceil((20 * MB) / (line.length * 3)))}`;
    const started = performance.now();
    const { draft, problems } = parsePlanText(text, { year: 2024 });
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
    expect(draft.items.length).toBeLessThanOrEqual(MAX_LINES);
    expect(problems.some((p) => p.kind === 'truncated')).toBe(true);
    expect(planDraft.safeParse(draft).success).toBe(true);
  });

  it('a single 5 MB line without breaks', SLOW, () => {
    const started = performance.now();
    const { draft, problems } = parsePlanText(`3月\n1.${'开展活动'.repeat(1_250_000)}`, { year: 2024 });
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
    expect(draft.items[0].content.length).toBeLessThanOrEqual(4000);
    expect(problems.map((p) => p.kind)).toEqual(expect.arrayContaining(['truncated', 'too_long']));
  });
});
