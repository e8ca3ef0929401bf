import { cellOf, cellText, type Block, type PrintDocument, type TableBlock } from '../document';
import { inkOn } from '../print-text';

// One print HTML for every form: the desktop print dialog, Electron's printToPDF, the browser's print and
// headless Chromium's PDF all lay it out the same way from this CSS (paged media: @page size, margins and
// page-number boxes; rows never split; the table header repeated on each page).

const FANGSONG = '"仿宋_GB2312", "仿宋", FangSong, STFangsong, "Noto Serif CJK SC", "Source Han Serif SC", serif';
const SONG_TITLE = '"方正小标宋简体", "方正小标宋_GBK", "华文中宋", STZhongsong, "宋体", SimSun, "Noto Serif CJK SC", serif';
const HEI = '"黑体", SimHei, "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif';

const PAGE = {
  // GB/T 9704 margins for portrait documents; forms in landscape use narrow margins to fit their columns.
  portrait: { size: 'A4 portrait', margin: '37mm 26mm 35mm 28mm', body: '16pt', table: '12pt' },
  landscape: { size: 'A4 landscape', margin: '12mm 10mm 14mm 10mm', body: '11pt', table: '10.5pt' },
};

function css(doc: PrintDocument): string {
  const page = PAGE[doc.orientation];
  return `
@page { size: ${page.size}; margin: ${page.margin};
  @bottom-center { content: "第 " counter(page) " 页 共 " counter(pages) " 页"; font-family: ${FANGSONG}; font-size: 9pt; } }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: ${FANGSONG}; font-size: ${page.body}; line-height: 1.5; color: #000; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
h1 { font-family: ${SONG_TITLE}; font-weight: normal; text-align: center; margin: 0 0 6pt; }
h1.large { font-size: 22pt; }
h1.medium { font-size: 18pt; }
h1.red { color: #d40000; font-size: 30pt; letter-spacing: 4pt; }
.subtitle { text-align: center; margin: 0 0 6pt; }
.meta { display: flex; justify-content: space-between; margin: 4pt 0; }
h2 { font-family: ${HEI}; font-size: ${page.body}; font-weight: normal; margin: 8pt 0 4pt; }
h2.indent { text-indent: 2em; }
p { margin: 0 0 4pt; text-align: justify; white-space: pre-wrap; }
p.indent { text-indent: 2em; }
p.right { text-align: right; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: ${page.table}; margin: 4pt 0 8pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.75pt solid #000; padding: 2pt 3pt; vertical-align: middle; overflow-wrap: anywhere; white-space: pre-wrap; line-height: 1.35; }
th { font-family: ${HEI}; font-weight: normal; background: #f2f2f2; text-align: center; }
td.center { text-align: center; }
.name { white-space: nowrap; }
td.fill { font-weight: bold; }
tr.group td { font-family: ${HEI}; background: #fafafa; }
table.fields th { width: 22%; }
table.fields td { text-align: left; }
.box { border: 0.75pt solid #000; padding: 4pt 6pt; break-inside: avoid; margin: 6pt 0; }
.signatures { display: flex; flex-wrap: wrap; gap: 8pt 28pt; margin-top: 14pt; break-inside: avoid; }
.signatures .blank { display: inline-block; min-width: 7em; border-bottom: 0.75pt solid #000; }
.issuer { text-align: right; margin: 36pt 4em 12pt 0; break-inside: avoid; }
.issuer div { text-align: center; display: inline-block; }
.rule { border: 0; border-top: 2pt solid #d40000; margin: 4pt 0 14pt; }
.page-break { break-after: page; page-break-after: always; }
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function tableHtml(table: TableBlock): string {
  const total = table.columns.reduce((sum, c) => sum + c.width, 0);
  const cols = table.columns.map((c) => `<col style="width:${((c.width / total) * 100).toFixed(2)}%">`).join('');
  const head = table.columns.map((c) => `<th>${escapeHtml(c.header)}</th>`).join('');
  const body = table.rows
    .map((row) => {
      if ('group' in row) return `<tr class="group"><td colspan="${table.columns.length}">${escapeHtml(row.group)}</td></tr>`;
      const cells = row.cells.map((value, k) => {
        const cell = cellOf(value);
        const classes = [table.columns[k].align === 'center' ? 'center' : '', cell.fill ? 'fill' : ''].filter(Boolean).join(' ');
        const style = cell.fill ? ` style="background:${cell.fill};color:${inkOn(cell.fill)}"` : '';
        const text = cellText(cell);
        // A list of names wraps between names, never inside one (冷玖玲, not 冷玖/玲).
        const html = table.columns[k].names ? text.split('、').map((name) => `<span class="name">${escapeHtml(name)}</span>`).join('、') : escapeHtml(text);
        return `<td${classes ? ` class="${classes}"` : ''}${style}>${html}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  const size = table.size ? ` style="font-size:${table.size}pt"` : '';
  return `<table${size}><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case 'title':
      return `<h1 class="${block.red ? 'red' : (block.size ?? 'large')}">${escapeHtml(block.text)}</h1>`;
    case 'subtitle':
      return `<div class="subtitle">${escapeHtml(block.text)}</div>`;
    case 'meta':
      return `<div class="meta"><span>${escapeHtml(block.left)}</span><span>${escapeHtml(block.right)}</span></div>`;
    case 'heading':
      return `<h2${block.flush ? '' : ' class="indent"'}>${escapeHtml(block.text)}</h2>`;
    case 'paragraph':
      return `<p class="${block.align === 'right' ? 'right' : block.indent ? 'indent' : ''}">${escapeHtml(block.text)}</p>`;
    case 'fields':
      return `<table class="fields"><tbody>${block.rows.map(([label, value]) => `<tr><th>${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`).join('')}</tbody></table>`;
    case 'table':
      return tableHtml(block);
    case 'box':
      return `<div class="box" style="min-height:${block.heightMm}mm">${escapeHtml(block.label)}</div>`;
    case 'signatures':
      return `<div class="signatures">${block.labels
        .map((label) => `<span>${escapeHtml(label)}：${label.includes('日期') ? '<span class="blank" style="min-width:3em"></span>年<span class="blank" style="min-width:2em"></span>月<span class="blank" style="min-width:2em"></span>日' : '<span class="blank"></span>'}</span>`)
        .join('')}</div>`;
    case 'issuer':
      return `<div class="issuer"><div>${escapeHtml(block.office)}<br>${escapeHtml(block.date)}</div></div>`;
    case 'rule':
      return '<hr class="rule">';
    case 'pageBreak':
      return '<div class="page-break"></div>';
  }
}

export function printHtml(doc: PrintDocument): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(doc.title)}</title>
<style>${css(doc)}</style>
</head>
<body>
${doc.blocks.map(blockHtml).join('\n')}
</body>
</html>
`;
}
