import { ASSESSMENT_LABELS } from '../contract/supervision';
import type { ExportFindingRow, ExportVerificationRow } from '../../db/queries/exports';
import { localDate } from '../services/read-scope';
import { shortDate } from './item-text';

// 督查意见: what the supervisors last said about an item — the latest inspection finding or the latest
// verification decision, whichever is newer.

function findingText(f: ExportFindingRow): string {
  const parts = [ASSESSMENT_LABELS[f.assessment as keyof typeof ASSESSMENT_LABELS] ?? f.assessment];
  if (f.problem) parts.push(`问题：${f.problem}`);
  if (f.requirement) parts.push(`整改要求：${f.requirement}${f.rectifyBy ? `（${shortDate(f.rectifyBy)}前）` : ''}`);
  if (f.closedAt) parts.push('已整改');
  return `${shortDate(f.date)}督查：${parts.join('；')}`;
}

function verificationText(v: ExportVerificationRow): string {
  const decision = v.decision === 'pass' ? '核验通过' : '核验退回';
  return `${shortDate(v.at)}${decision}${v.comment ? `：${v.comment}` : ''}`;
}

export function supervisionOpinion(finding: ExportFindingRow | undefined, verification: ExportVerificationRow | undefined): string {
  if (finding && (!verification || finding.date > localDate(new Date(verification.at)))) return findingText(finding);
  return verification ? verificationText(verification) : '';
}
