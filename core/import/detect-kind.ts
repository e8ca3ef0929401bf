import { titledAs } from './document-nature';
import { leadingEnumerator } from './enumerator';
import { compact, normalizeChars, src } from './normalize';
import { periodHeading } from './period';
import { findBlocks } from './text-table';

// Plan or notice? Notices announce themselves (关于…的通知, a 文号, "各…：" addressees, 现将…通知如下, 特此通知);
// plans are built of months, tables, owners and numbered tasks. Each side's signs are counted; a tie goes to
// plan, the parser that keeps the most of an unfamiliar text. A title decides outright in two cases: a 通报
// or 总结 goes to the plan reader, which refuses it with the reason (the notice reader would make 报送
// requirements of its paragraphs); 关于印发《…工作计划》的通知 issues a plan.

export type DocumentKind = 'plan' | 'notice';

const SCAN_LINES = 400;

export function detectKind(text: string): DocumentKind {
  const raw = text.split(/\r\n|\r|\n/, SCAN_LINES).map(src);
  const titled = titledAs(raw);
  if (titled) return 'plan';
  const lines = raw.map((l) => compact(l.o)).filter(Boolean);
  const head = lines.slice(0, 30);
  let notice = 0;
  let plan = 0;
  if (head.some((l) => /^关于.{2,}(?:通知|函)$/.test(l) || /通知$/.test(l))) notice += 3;
  if (head.some((l) => /[〔[【(（]\d{4}[〕\]】)）]\d{1,4}号/.test(l))) notice += 2;
  if (head.some((l) => /^各.{1,80}:$/.test(l))) notice += 2;
  if (lines.some((l) => /通知如下|特此通知|安排如下|现印发给?你们|请结合实际/.test(l))) notice += 1;
  if (lines.some((l) => /报送|上报|提交/.test(l))) notice += 1;

  const months = lines.filter((l) => periodHeading(normalizeChars(l), false)).length;
  if (months >= 3) plan += 3;
  if (findBlocks(raw).some((b) => b.kind === 'table' && b.table.rows.length >= 2)) plan += 3;
  if (lines.some((l) => /(?:责任人|负责人|责任部门|牵头)[:：]/.test(l))) plan += 2;
  if (lines.filter((l) => leadingEnumerator(normalizeChars(l))).length >= 8) plan += 1;
  return notice > plan ? 'notice' : 'plan';
}
