import { Button, Card, Segmented, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { IssuedDocumentView } from '../../../core/contract/export-methods';
import { call } from '../api/client';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { ReasonModal } from '../supervision/ReasonModal';
import { usePermissions } from '../supervision/usePermissions';
import { dateTimeText } from '../supervision/timeText';
import { useSaveExport } from './useSaveExport';

interface IssuedDocumentsProps {
  planId: number;
  planYear: number;
}

/**
 * 已发文件: every 督查通报 and 督办通知单 issued, with its number. Each can be exported again as Word or PDF
 * with the number and content it was issued with; 作废 keeps the entry (and its number, never reused).
 */
export function IssuedDocuments({ planId, planYear }: IssuedDocumentsProps) {
  const { canWrite } = usePermissions();
  const [scope, setScope] = useState<'plan' | 'all'>('plan');
  const [voiding, setVoiding] = useState<IssuedDocumentView | null>(null);
  const list = useApiQuery('documents.list', {});
  const voidDocument = useApiMutation('documents.void', { inlineError: true });
  const rows = (list.data ?? []).filter((d) => scope === 'all' || d.planId === planId);

  const save = useSaveExport();
  const download = async (doc: IssuedDocumentView, format: 'docx' | 'pdf') => save(await call('documents.export', { id: doc.id, format }));

  const columns: TableColumnsType<IssuedDocumentView> = [
    { title: '编号', dataIndex: 'number', width: 150, render: (number: string, doc) => <span className={doc.voidedAt ? 'issued-voided' : undefined}>{number}</span> },
    { title: '文件', dataIndex: 'title', ellipsis: true },
    { title: '签发', key: 'issued', width: 200, render: (_, doc) => `${doc.issuedBy} · ${dateTimeText(doc.issuedAt)}` },
    {
      title: '状态',
      key: 'state',
      width: 180,
      render: (_, doc) =>
        doc.voidedAt ? (
          <Typography.Text type="secondary" title={doc.voidReason ?? ''}>
            <Tag color="default">已作废</Tag>
            {doc.voidReason}
          </Typography.Text>
        ) : (
          <Tag color="green">有效</Tag>
        ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 210,
      render: (_, doc) =>
        doc.reproducible ? (
          <Space size={4}>
            <Button size="small" onClick={() => void download(doc, 'docx')}>
              Word
            </Button>
            <Button size="small" onClick={() => void download(doc, 'pdf')}>
              PDF
            </Button>
            {canWrite && !doc.voidedAt && (
              <Button size="small" danger onClick={() => setVoiding(doc)}>
                作废
              </Button>
            )}
          </Space>
        ) : (
          <Typography.Text type="secondary">旧版本签发，未保存内容</Typography.Text>
        ),
    },
  ];

  return (
    <Card
      size="small"
      title="已发文件"
      className="issued-documents"
      extra={
        <Segmented
          size="small"
          value={scope}
          onChange={(value) => setScope(value as 'plan' | 'all')}
          options={[
            { value: 'plan', label: `${planYear}年度计划` },
            { value: 'all', label: '全部' },
          ]}
        />
      }
    >
      <Table<IssuedDocumentView>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={rows}
        loading={list.isPending}
        pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: '还没有签发的通报或督办通知单' }}
      />
      {voiding && (
        <ReasonModal
          title={`作废 ${voiding.number}`}
          label="作废原因"
          okText="作废"
          danger
          notice={<Typography.Paragraph type="secondary">作废后该编号不再使用；文件仍保留在已发文件中，可再次导出（标注已作废）。</Typography.Paragraph>}
          onSubmit={(reason) => voidDocument.mutateAsync({ id: voiding.id, reason })}
          onClose={() => setVoiding(null)}
        />
      )}
    </Card>
  );
}
