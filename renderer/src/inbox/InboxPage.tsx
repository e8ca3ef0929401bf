import { Card, Empty, Result, Skeleton, Typography } from 'antd';
import { INBOX_SECTION_LIMIT } from '../../../core/contract/inbox';
import { INBOX_SECTION_INFO } from '../../../core/domain/inbox';
import { useApiQuery } from '../api/hooks';
import { hrefOf } from '../router';
import { LoadError } from '../shared/LoadError';
import { PageHeader } from '../shared/PageHeader';
import { usePermissions } from '../supervision/usePermissions';
import { InboxEntryRow } from './InboxEntryRow';
import './inbox.css';

/**
 * 待办: what waits for the signed-in user in every year's plan — for advisers 待核验, 延期申请 and 督查意见
 * to close, decided right here; for the clerk returned, late and owner-less items. The advisers' first screen.
 */
export function InboxPage() {
  const { user } = usePermissions();
  const inbox = useApiQuery('inbox.get', {});
  const settings = useApiQuery('settings.get', {});
  const evidenceRequired = settings.data?.requireEvidenceToClose ?? true;
  const data = inbox.data;
  const notes = data && [
    '包括所有年度计划',
    data.samplePlan === 'leftOut' && '示例计划不计入',
    data.samplePlan === 'actionsOnly' && '示例计划只列入核验、延期、督查和退回',
    data.sections.some((s) => s.key === 'overdue') && (data.mine ? '逾期、临期为您负责的事项' : '逾期、临期为全部事项（账号关联责任人后只列您负责的）'),
  ];

  return (
    <>
      <PageHeader
        title="待办"
        description={notes ? `${user?.displayName ?? ''}，${notes.filter(Boolean).join('；')}。点击事项查看详情。` : undefined}
      />
      {inbox.isPending && <Skeleton active paragraph={{ rows: 8 }} />}
      {inbox.isError && <LoadError error={inbox.error} onRetry={() => void inbox.refetch()} />}
      {data && data.sections.length === 0 && <Result status="info" title="只读账号没有待办事项" subTitle="可在首页、年度总览和月度中查看工作进展。" />}
      {data && data.sections.length > 0 && data.count === 0 && data.sections.every((s) => s.total === 0) && (
        <Result status="success" title="没有待办事项" subTitle="需要您处理的事项会列在这里，左侧“待办”旁显示件数。" />
      )}
      <div className="inbox">
        {data?.sections
          .filter((section) => section.total > 0)
          .map((section) => {
            const info = INBOX_SECTION_INFO[section.key];
            return (
              <Card
                key={section.key}
                size="small"
                className="inbox-section"
                title={
                  <span className="inbox-section-title">
                    {info.label}
                    <Typography.Text type="secondary">
                      {section.total}项 · {info.hint}
                    </Typography.Text>
                  </span>
                }
                extra={
                  section.key === 'noOwner' && <a href={hrefOf({ page: 'items', filters: { noOwner: true } })}>在事项查询中批量指定</a>
                }
              >
                <section aria-label={info.label}>
                  {section.entries.map((entry) => (
                    <InboxEntryRow key={entry.key} section={section.key} entry={entry} evidenceRequired={evidenceRequired} />
                  ))}
                  {section.total > section.entries.length && (
                    <Typography.Paragraph type="secondary" className="inbox-more">
                      此处列出前 {INBOX_SECTION_LIMIT} 项，其余可在事项查询中按条件查找。
                    </Typography.Paragraph>
                  )}
                </section>
              </Card>
            );
          })}
        {data && data.count > 0 && data.sections.some((s) => s.total === 0) && (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={`没有${data.sections.filter((s) => s.total === 0).map((s) => INBOX_SECTION_INFO[s.key].label).join('、')}的事项`}
          />
        )}
      </div>
    </>
  );
}
