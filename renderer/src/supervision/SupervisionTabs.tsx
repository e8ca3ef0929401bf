import { Empty, Tabs } from 'antd';
import type { ReactNode } from 'react';
import type { SupervisionView } from '../../../core/contract/supervision';
import { navigate } from '../router';
import { EvidenceTab } from './EvidenceTab';
import { FindingCard } from './FindingCard';
import { HistoryList } from './HistoryList';
import { PostponementTab } from './PostponementTab';
import { ProgressTab } from './ProgressTab';
import { SUPERVISION_TAB_LABELS, SUPERVISION_TABS, type SupervisionTab } from './supervisionTabs';
import { VerificationList } from './VerificationList';

/** The item's record by kind; the open tab is kept in the address. */
export function SupervisionTabs({ view, tab }: { view: SupervisionView; tab: SupervisionTab }) {
  const counts: Partial<Record<SupervisionTab, number>> = {
    progress: view.progress.length,
    evidence: view.evidence.length,
    verifications: view.verifications.length,
    postponements: view.postponements.length,
    findings: view.findings.length,
  };
  const content: Record<SupervisionTab, ReactNode> = {
    progress: <ProgressTab view={view} />,
    evidence: <EvidenceTab view={view} />,
    verifications: <VerificationList verifications={view.verifications} />,
    postponements: <PostponementTab view={view} />,
    findings: view.findings.length ? (
      <div className="finding-list">
        {view.findings.map((f) => (
          <FindingCard key={f.id} finding={f} context="item" />
        ))}
      </div>
    ) : (
      <Empty description="该事项没有督查意见" />
    ),
    history: <HistoryList history={view.history} />,
  };
  return (
    <Tabs
      className="supervision-tabs"
      activeKey={tab}
      onChange={(key) => navigate({ page: 'item', id: view.item.id, tab: key as SupervisionTab }, { replace: true })}
      items={SUPERVISION_TABS.map((key) => ({
        key,
        label: counts[key] ? `${SUPERVISION_TAB_LABELS[key]} ${counts[key]}` : SUPERVISION_TAB_LABELS[key],
        children: content[key],
      }))}
    />
  );
}
