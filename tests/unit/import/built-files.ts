import { crc32, deflateRawSync } from 'node:zlib';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import ExcelJS from 'exceljs';
import { seed } from './fixtures';

// Files built on the fly: seed 003 as Word (key tasks numbered by Word's list numbering) and Excel, and zips
// written by hand so their headers can say what a hostile file would.

/** Seed 003 split at its month table: the prose and key tasks above it, and the table's rows of 3 cells. */
export function seed003Parts(): { before: string[]; rows: string[][] } {
  const lines = seed('003').split('\n');
  const start = lines.findIndex((l) => l.startsWith('月份'));
  const cells = lines.slice(start).map((l) => l.replace(/\s*\|\s*$/, '').trim());
  const rows: string[][] = [];
  for (let i = 0; i < cells.length; i += 3) rows.push(cells.slice(i, i + 3));
  return { before: lines.slice(0, start), rows };
}

/** Items of a content cell as separate paragraphs, the way they sit in a Word table cell. */
export function cellItems(text: string): string[] {
  return text.split(/\s+(?=\d{1,2}\.)/);
}

/** Seed 003 as a Word file: key tasks numbered by Word's own list numbering, the month table as a table. */
export async function seed003Docx(): Promise<Uint8Array> {
  const { before, rows } = seed003Parts();
  const paragraphs = before.map((line) => {
    const numbered = /^(\d+)\.(.*)$/.exec(line);
    return numbered ? new Paragraph({ text: numbered[2], numbering: { reference: 'tasks', level: 0 } }) : new Paragraph(line);
  });
  const table = new Table({
    rows: rows.map(
      (cells) =>
        new TableRow({
          children: cells.map((cell) => new TableCell({ children: cellItems(cell).map((p) => new Paragraph(p)) })),
        }),
    ),
  });
  const doc = new Document({
    numbering: { config: [{ reference: 'tasks', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }] },
    sections: [{ children: [...paragraphs, table] }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** Seed 003's month table as a sheet under a merged title row; a content cell holds one item per line. */
export async function seed003Xlsx(): Promise<Uint8Array> {
  const { rows } = seed003Parts();
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('说明').addRow(['本表由团委办公室填写']);
  const ws = workbook.addWorksheet('工作纲要');
  ws.addRow(['2023年具体工作纲要安排']);
  ws.mergeCells('A1:C1');
  for (const [period, content, notes] of rows) ws.addRow([period, cellItems(content ?? '').join('\n'), notes ?? '']);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

interface RawEntry {
  name: string;
  data: Uint8Array;
  /** Size written in the headers; defaults to the real one. A bomb lies here. */
  declaredSize?: number;
  encrypted?: boolean;
}

/** A zip written by hand, so tests can make the headers say what a hostile file would. */
export function rawZip(entries: RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const packed = deflateRawSync(e.data);
    const size = e.declaredSize ?? e.data.length;
    const flags = e.encrypted ? 1 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(e.data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(e.data), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
