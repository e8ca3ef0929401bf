import { App, Button, Popconfirm, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { InboxEntry } from '../../../core/contract/inbox';
import type { InboxSection } from '../../../core/domain/inbox';
import { inspectionName } from '../../../core/domain/inspection-name';
import { useApiMutation } from '../api/hooks';
import { useItemEditor } from '../editor/ItemEditorProvider';
import { OwnerNames } from '../items/OwnerNames';
import { StatusTag } from '../items/StatusTag';
import { WarningTag } from '../items/WarningTag';
import { hrefOf } from '../router';
import { PostponementDecision } from '../supervision/PostponementDecision';
import type { SupervisionTab } from '../supervision/supervisionTabs';
import { dateTimeText } from '../supervision/timeText';
import { usePermissions } from '../supervision/usePermissions';
import { useWorkflowAction } from '../supervision/useWorkflowAction';

/** The tab an entry opens its item on: where the thing waiting is. */
const TAB_OF: Record<InboxSection, SupervisionTab> = {
  review: 'evidence',
  postponement: 'postponements',
  finding: 'findings',
  returned: 'verifications',
  overdue: 'progress',
  dueSoon: 'progress',
  noOwner: 'progress',
  decided: 'postponements',
};

interface InboxEntryRowProps {
  section: InboxSection;
  entry: InboxEntry;
  /** Closing requires evidence (the office's setting): 核验 warns when there is none. */
  evidenceRequired: boolean;
}

function ReviewActions({ entry, evidenceRequired }: { entry: InboxEntry; evidenceRequired: boolean }) {
  const { take, pending, dialog } = useWorkflowAction(entry.item, evidenceRequired && entry.item.evidenceCount === 0);
  return (
    <>
      <Space>
        <Button size="small" type="primary" loading={pending('verify')} onClick={() => take('verify')}>
          核验通过
        </Button>
        <Button size="small" danger loading={pending('return')} onClick={() => take('return')}>
          退回
        </Button>
      </Space>
      {dialog}
    </>
  );
}

function CloseFinding({ entry }: { entry: InboxEntry }) {
  const { message } = App.useApp();
  const update = useApiMutation('findings.update');
  const finding = entry.finding!;
  return (
    <Popconfirm
      title="整改销号？"
      description="销号后该督查意见不能再修改。"
      okText="整改销号"
      cancelText="取消"
      onConfirm={() =>
        update.mutateAsync({ id: finding.id, rectification: finding.rectification, close: true }).then(() => void message.success('已整改销号'), () => undefined)
      }
    >
      <Button size="small" type="primary">
        整改销号
      </Button>
    </Popconfirm>
  );
}

/** What the entry is about, beyond the item: the request, the finding, the decision (null: the item says it all). */
function detailOf(section: InboxSection, entry: InboxEntry): ReactNode {
  const { postponement: p, finding: f, item } = entry;
  if (p && section === 'postponement')
    return (
      <>
        申请延至 <strong>{p.requestedDueDate}</strong>（原 {p.previousDueDate}）· 原因：{p.reason} · {p.requestedBy} {dateTimeText(p.requestedAt)}
      </>
    );
  if (p)
    return (
      <>
        {p.decision === 'approved' ? <Tag color="success">已批准</Tag> : <Tag color="red">已驳回</Tag>}
        延至 {p.requestedDueDate} · {p.decidedBy}
        {p.decisionComment && ` · 意见：${p.decisionComment}`}
      </>
    );
  if (f)
    return (
      <>
        {inspectionName({ month: f.inspectionMonth, title: f.inspectionTitle })}：{f.problem || '—'}
        {f.rectifyBy && ` · 整改期限 ${f.rectifyBy}`}
        {' · '}
        {f.rectification ? `整改情况：${f.rectification}` : <Typography.Text type="warning">尚未填写整改情况</Typography.Text>}
      </>
    );
  if (section === 'review') return <>佐证材料 {item.evidenceCount} 件{item.progressText && ` · 最新进展：${item.progressText}`}</>;
  return null;
}

/** One thing waiting: its plan, the item (opening on the right tab), and the decision buttons where one can be taken here. */
export function InboxEntryRow({ section, entry, evidenceRequired }: InboxEntryRowProps) {
  const { canVerify, canWrite } = usePermissions();
  const { openItem } = useItemEditor();
  const { item, plan } = entry;
  const title = `${item.seq != null ? `${item.seq}. ` : ''}${item.content}`;
  const detail = detailOf(section, entry);
  return (
    <article className="inbox-entry" aria-label={title}>
      <div className="inbox-entry-main">
        <div className="inbox-entry-title">
          <Tag className="inbox-plan">{plan.year}年度</Tag>
          {plan.isSample && <Tag color="purple">示例</Tag>}
          <a href={hrefOf({ page: 'item', id: item.id, tab: TAB_OF[section] })} title={item.content}>
            {title}
          </a>
        </div>
        <div className="inbox-entry-facts">
          {item.owners.length > 0 ? <OwnerNames owners={item.owners} /> : <Typography.Text type="secondary">未指定责任人</Typography.Text>}
          <span>
            {item.period} · 截止 {item.dueDate}
          </span>
          <StatusTag status={item.status} />
          <WarningTag warning={item.warning} hideNormal />
        </div>
        {detail && <div className="inbox-entry-detail">{detail}</div>}
      </div>
      <div className="inbox-entry-actions">
        {section === 'review' && canVerify && <ReviewActions entry={entry} evidenceRequired={evidenceRequired} />}
        {section === 'postponement' && canVerify && entry.postponement && <PostponementDecision request={entry.postponement} />}
        {section === 'finding' && canWrite && entry.finding?.rectification && <CloseFinding entry={entry} />}
        {section === 'noOwner' && canWrite && (
          <Button size="small" onClick={() => openItem(item.id)}>
            指定责任人
          </Button>
        )}
      </div>
    </article>
  );
}
