import { App, Button, Card, Empty, Popconfirm, Space, Tag, Typography } from 'antd';
import type { InspectionView } from '../../../core/contract/supervision';
import { inspectionName } from '../../../core/domain/inspection-name';
import { useApiMutation } from '../api/hooks';
import { FindingCard } from '../supervision/FindingCard';

interface InspectionRoundProps {
  round: InspectionView;
  /** Absent for those who may not write (as are editing and deleting). */
  onAddFinding?: () => void;
  onEdit?: () => void;
}

/** 删除: at once for an empty round; one with findings says they go too, and asks again. */
function DeleteRound({ round }: { round: InspectionView }) {
  const { message, modal } = App.useApp();
  const remove = useApiMutation('inspections.delete');
  const name = inspectionName(round);
  const run = (withFindings: boolean) =>
    remove.mutateAsync({ id: round.id, withFindings }).then(() => void message.success(`已删除${name}`), () => undefined);
  if (round.findings.length === 0)
    return (
      <Popconfirm title={`删除${name}？`} description="本次督查还没有意见，删除后不留记录。" okText="删除" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={() => run(false)}>
        <Button size="small" type="text" danger>
          删除
        </Button>
      </Popconfirm>
    );
  return (
    <Button
      size="small"
      type="text"
      danger
      onClick={() =>
        modal.confirm({
          title: `删除${name}及其 ${round.findings.length} 条督查意见？`,
          content: '督查意见和已填写的整改情况将一并删除（删除记入审计记录），各事项的“督查意见”中不再显示。',
          okText: '一并删除',
          okButtonProps: { danger: true },
          cancelText: '取消',
          focusable: { autoFocusButton: 'cancel' },
          onOk: () => run(true),
        })
      }
    >
      删除
    </Button>
  );
}

/** One 督查 round: its name, when, by whom, what it covered, and its findings with their 整改 state. */
export function InspectionRound({ round, onAddFinding, onEdit }: InspectionRoundProps) {
  const closed = round.findings.filter((f) => f.closedAt).length;
  return (
    <Card
      className="inspection-round"
      title={
        <span className="inspection-round-title">
          {inspectionName(round)}
          <Typography.Text type="secondary">
            {round.title && `${round.month}月 · `}
            {round.date} · 督查人 {round.inspector}
          </Typography.Text>
        </span>
      }
      extra={
        <span className="inspection-round-extra">
          {round.findings.length > 0 && (
            <Tag color={closed === round.findings.length ? 'success' : 'processing'}>
              意见 {round.findings.length} 条，已整改 {closed} 条
            </Tag>
          )}
          {onAddFinding && (
            <Button type="primary" ghost size="small" onClick={onAddFinding}>
              添加督查意见
            </Button>
          )}
          {onEdit && (
            <Space size={0}>
              <Button size="small" type="text" onClick={onEdit}>
                编辑
              </Button>
              <DeleteRound round={round} />
            </Space>
          )}
        </span>
      }
    >
      {round.scope && <Typography.Paragraph className="inspection-scope">督查范围：{round.scope}</Typography.Paragraph>}
      {round.findings.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本次督查还没有记录意见" />
      ) : (
        <div className="finding-list">
          {round.findings.map((f) => (
            <FindingCard key={f.id} finding={f} context="round" />
          ))}
        </div>
      )}
    </Card>
  );
}
