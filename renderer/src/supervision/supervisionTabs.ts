/** The tabs of the 事项督办 view, in order; the address keeps the open one (#/item/6?tab=evidence). */
export const SUPERVISION_TABS = ['progress', 'evidence', 'verifications', 'postponements', 'findings', 'history'] as const;
export type SupervisionTab = (typeof SUPERVISION_TABS)[number];

export const SUPERVISION_TAB_LABELS: Record<SupervisionTab, string> = {
  progress: '进展记录',
  evidence: '佐证材料',
  verifications: '核验记录',
  postponements: '延期申请',
  findings: '督查意见',
  history: '历史',
};
