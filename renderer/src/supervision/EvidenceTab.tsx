import { Alert, App, Button, Empty, Flex, Image, Popconfirm, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { AttachmentView, SupervisionView } from '../../../core/contract/supervision';
import { useApiMutation } from '../api/hooks';
import { AttachmentName } from './AttachmentName';
import { sizeText, uploadFiles } from './evidenceFiles';
import { EvidenceImage } from './EvidenceImage';
import { EvidenceSaveButton } from './EvidenceSaveButton';
import { FilePickButton } from './FilePickButton';
import { dateTimeText } from './timeText';
import { usePermissions } from './usePermissions';
import { useRecordEvidence } from './useRecordEvidence';

/**
 * 佐证材料: photos as a grid of thumbnails (click to enlarge), other files as rows to open or download.
 * Uploading here attaches files to the item itself; removal asks first and is kept in the history.
 */
export function EvidenceTab({ view }: { view: SupervisionView }) {
  const { message } = App.useApp();
  const { canWrite } = usePermissions();
  const remove = useApiMutation('evidence.remove');
  const recordEvidence = useRecordEvidence();
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const images = view.evidence.filter((a) => a.isImage);
  const others = view.evidence.filter((a) => !images.includes(a));
  const entryDate = new Map(view.progress.map((p) => [p.id, p.date]));

  const upload = async (files: File[]) => {
    setError(null);
    setUploading(true);
    try {
      const failures = await recordEvidence(view.item.id, null, await uploadFiles(files));
      if (failures.length) setError(failures.join('；'));
      else void message.success(`已上传 ${files.length} 个文件`);
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setUploading(false);
    }
  };

  const removeButton = (a: AttachmentView) =>
    canWrite && (
      <Popconfirm
        title={`删除《${a.originalName}》？`}
        description="删除会记入历史；其他记录仍在使用的同一文件不受影响。"
        okText="删除"
        cancelText="取消"
        okButtonProps={{ danger: true }}
        onConfirm={() => remove.mutateAsync({ id: a.id }).then(() => void message.success('已删除')).catch(() => undefined)}
      >
        <Button type="link" size="small" danger>
          删除
        </Button>
      </Popconfirm>
    );

  const source = (a: AttachmentView) => (a.progressEntryId ? `${entryDate.get(a.progressEntryId) ?? ''} 进展记录` : '事项');
  const columns: TableColumnsType<AttachmentView> = [
    { title: '文件', dataIndex: 'originalName', render: (_, a) => <AttachmentName attachment={a} /> },
    { title: '大小', dataIndex: 'size', width: 96, align: 'right', render: (size: number) => sizeText(size) },
    { title: '所属', key: 'source', width: 160, render: (_, a) => source(a) },
    { title: '上传', key: 'added', width: 200, render: (_, a) => `${a.addedBy} · ${dateTimeText(a.addedAt)}` },
    {
      title: '操作',
      key: 'actions',
      width: 140,
      render: (_, a) => (
        <Space size={0}>
          <EvidenceSaveButton attachment={a} />
          {removeButton(a)}
        </Space>
      ),
    },
  ];

  return (
    <div className="evidence-tab">
      {canWrite && (
        <Flex gap={12} align="center" className="evidence-toolbar">
          <FilePickButton label="上传佐证材料" loading={uploading} onPick={(files) => void upload(files)} />
          <Typography.Text type="secondary">活动记录、照片、视频、签到表、总结等，可一次选择多个，单个文件不超过 50 MB</Typography.Text>
        </Flex>
      )}
      {error && <Alert type="error" showIcon closable title={error} className="form-alert" onClose={() => setError(null)} />}
      {view.evidence.length === 0 && <Empty description="还没有佐证材料" />}
      {images.length > 0 && (
        <section aria-label="照片" className="evidence-section">
          <Typography.Title level={5} className="section-title">
            照片 <Typography.Text type="secondary">{images.length}张</Typography.Text>
          </Typography.Title>
          <div className="evidence-grid">
            <Image.PreviewGroup>
              {images.map((a) => (
                <figure key={a.id} className="evidence-tile">
                  <EvidenceImage attachment={a} size={148} />
                  <figcaption>
                    <Typography.Text ellipsis={{ tooltip: a.originalName }} className="evidence-tile-name">
                      {a.originalName}
                    </Typography.Text>
                    <Typography.Text type="secondary" ellipsis={{ tooltip: `${source(a)} · ${a.addedBy}` }} className="evidence-tile-meta">
                      {source(a)} · {a.addedBy}
                    </Typography.Text>
                    <Space size={0}>
                      <EvidenceSaveButton attachment={a} />
                      {removeButton(a)}
                    </Space>
                  </figcaption>
                </figure>
              ))}
            </Image.PreviewGroup>
          </div>
        </section>
      )}
      {others.length > 0 && (
        <section aria-label="文件" className="evidence-section">
          <Typography.Title level={5} className="section-title">
            其他文件 <Typography.Text type="secondary">{others.length}个</Typography.Text>
          </Typography.Title>
          <Table<AttachmentView> rowKey="id" size="small" columns={columns} dataSource={others} pagination={false} />
        </section>
      )}
    </div>
  );
}
