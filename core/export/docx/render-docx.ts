import {
  AlignmentType, BorderStyle, Document, Footer, HeightRule, LineRuleType, Packer, PageBreak,
  PageNumber, PageOrientation, Paragraph, ShadingType, Table, TableCell, TableRow, TabStopType, TextRun, VerticalAlign, WidthType,
  type IBorderOptions,
} from 'docx';
import { cellOf, cellText, type Block, type PrintDocument, type TableBlock } from '../document';
import { inkOn, textEms } from '../print-text';
import { BODY_LINE, CHAR, FONTS, mm, PAGE, RED, run, SIZES, textWidth } from './doc-style';
import { withFontSubstitutes } from './font-table';

// Renders the print model as a Word document in the GB/T 9704 style of doc-style.ts.

const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
const CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 };
const body = (text: string, extra = {}) => run(text, FONTS.body, SIZES.body, extra);

function bodyParagraph(children: TextRun[], options: { indent?: boolean; align?: 'left' | 'right' | 'center'; rightChars?: number } = {}): Paragraph {
  return new Paragraph({
    children,
    alignment: options.align === 'right' ? AlignmentType.RIGHT : options.align === 'center' ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    indent: { firstLine: options.indent ? 2 * CHAR : undefined, right: options.rightChars ? Math.round(options.rightChars * CHAR) : undefined },
    spacing: { line: BODY_LINE, lineRule: LineRuleType.EXACT },
  });
}

function cellParagraphs(text: string, size: number, font: string, align: 'left' | 'center', color?: string, bold?: boolean): Paragraph[] {
  return text.split('\n').map(
    (line) =>
      new Paragraph({
        children: [run(line, font, size, { color, bold })],
        alignment: align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
      }),
  );
}

function cell(text: string, width: number, options: { size: number; font?: string; align?: 'left' | 'center'; fill?: string; span?: number }): TableCell {
  return new TableCell({
    children: cellParagraphs(text, options.size, options.font ?? FONTS.body, options.align ?? 'left', options.fill ? inkOn(options.fill).slice(1) : undefined, !!options.fill),
    width: { size: width, type: WidthType.DXA },
    columnSpan: options.span,
    verticalAlign: VerticalAlign.CENTER,
    margins: CELL_MARGINS,
    shading: options.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: options.fill.slice(1) } : undefined,
  });
}

function table(rows: TableRow[], widths: number[]): Table {
  return new Table({ rows, columnWidths: widths, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, borders: BORDERS });
}

function dataTable(block: TableBlock, width: number): Table {
  const size = (block.size ?? SIZES.table / 2) * 2;
  const total = block.columns.reduce((sum, c) => sum + c.width, 0);
  const widths = block.columns.map((c) => Math.floor((c.width / total) * width));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((c, k) => cell(c.header, widths[k], { size, font: FONTS.heading, align: 'center' })),
  });
  const rows = block.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children:
          'group' in row
            ? [cell(row.group, width, { size, font: FONTS.heading, span: block.columns.length })]
            : row.cells.map((value, k) => cell(cellText(value), widths[k], { size, align: block.columns[k].align, fill: cellOf(value).fill })),
      }),
  );
  return table([header, ...rows], widths);
}

function blockContent(block: Block, width: number): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'title':
      return [
        new Paragraph({
          children: [run(block.text, FONTS.title, block.red ? SIZES.redHeader : block.size === 'medium' ? SIZES.titleMedium : SIZES.title, { color: block.red ? RED : undefined })],
          alignment: AlignmentType.CENTER,
          spacing: { before: 120, after: 240, line: block.red ? 900 : 700, lineRule: LineRuleType.AT_LEAST },
        }),
      ];
    case 'subtitle':
      return [bodyParagraph([body(block.text)], { align: 'center' })];
    case 'meta':
      return [
        new Paragraph({
          children: [body(block.left), body(`\t${block.right}`)],
          tabStops: [{ type: TabStopType.RIGHT, position: width }],
          spacing: { line: BODY_LINE, lineRule: LineRuleType.EXACT },
        }),
      ];
    case 'heading':
      return [bodyParagraph([run(block.text, FONTS.heading, SIZES.body)], { indent: !block.flush })];
    case 'paragraph':
      return block.text.split('\n').map((line) => bodyParagraph([body(line)], { indent: block.indent, align: block.align }));
    case 'fields': {
      const widths = [Math.round(width * 0.24), width - Math.round(width * 0.24)];
      return [
        table(
          block.rows.map(([label, value]) => new TableRow({
            cantSplit: true,
            children: [cell(label, widths[0], { size: SIZES.body, font: FONTS.heading, align: 'center' }), cell(value, widths[1], { size: SIZES.body })],
          })),
          widths,
        ),
      ];
    }
    case 'table':
      return [dataTable(block, width)];
    case 'box':
      return [
        new Paragraph({ children: [] }),
        table(
          [new TableRow({
            cantSplit: true,
            height: { value: mm(block.heightMm), rule: HeightRule.ATLEAST },
            children: [new TableCell({ children: [bodyParagraph([body(block.label)])], width: { size: width, type: WidthType.DXA }, margins: CELL_MARGINS })],
          })],
          [width],
        ),
      ];
    case 'signatures':
      return [
        new Paragraph({ children: [] }),
        bodyParagraph(
          block.labels.flatMap((label, k) => [
            body(`${k > 0 ? '　　' : ''}${label}：`),
            body(label.includes('日期') ? '　　　年　　月　　日' : '　　　　　　', { underline: {} }),
          ]),
        ),
      ];
    case 'issuer': {
      // Two blank lines leave room for the seal; 成文日期 sits four characters from the right with the
      // office name centred over it (or the date under a longer name).
      const [office, date] = [textEms(block.office), textEms(block.date)];
      const line = (text: string, extraChars: number) =>
        bodyParagraph([body(text)], { align: 'right', rightChars: 4 + Math.max(0, extraChars) });
      return [bodyParagraph([]), bodyParagraph([]), line(block.office, (date - office) / 2), line(block.date, (office - date) / 2)];
    }
    case 'rule':
      return [new Paragraph({ children: [], border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: RED, space: 1 } }, spacing: { after: 240 } })];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

function pageNumberFooter(): Footer {
  const size = SIZES.pageNumber;
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [run('— ', FONTS.pageNumber, size), new TextRun({ children: [PageNumber.CURRENT], font: FONTS.pageNumber, size }), run(' —', FONTS.pageNumber, size)],
      }),
    ],
  });
}

export async function renderDocx(doc: PrintDocument, creator: string): Promise<Uint8Array> {
  const landscape = doc.orientation === 'landscape';
  const width = textWidth(landscape);
  const document = new Document({
    creator,
    title: doc.title,
    styles: { default: { document: { run: { font: { ascii: FONTS.body, eastAsia: FONTS.body, hAnsi: FONTS.body }, size: SIZES.body } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: PAGE.margin,
          },
        },
        footers: { default: pageNumberFooter() },
        children: doc.blocks.flatMap((block) => blockContent(block, width)),
      },
    ],
  });
  return withFontSubstitutes(new Uint8Array(await Packer.toBuffer(document)));
}
