import { Descriptions, Tag, Typography } from 'antd';
import type { ImportPreview } from '../../../core/contract/import';

const FORMAT_LABELS: Record<string, string> = { text: '文字', docx: 'Word 文档', xlsx: 'Excel 表格', csv: 'CSV 表格' };
const KIND_LABELS: Record<ImportPreview['documentKind'], string> = { plan: '年度计划', notice: '上级通知' };

interface ImportSummaryProps {
  preview: ImportPreview;
  /** Owner names not yet in the persons list. */
  newPersons: string[];
}

/** What was read: the kind of document, the counts, what committing would do, and who is new. */
export function ImportSummary({ preview, newPersons }: ImportSummaryProps) {
  const { stats, draft } = preview;
  const n = (key: string) => stats[key] ?? 0;
  return (
    <div className="import-summary">
      <Descriptions
        size="small"
        column={4}
        items={[
          { key: 'kind', label: '识别为', children: `${KIND_LABELS[preview.documentKind]}（${FORMAT_LABELS[preview.format] ?? preview.format}）` },
          {
            key: 'items',
            label: '事项',
            children: `${n('items')} 项：按月 ${n('monthlyItems')}，贯穿全年 ${n('yearRoundItems')}，主要任务 ${n('keyItems')}${
              n('nextYearItems') > 0 ? `（其中 ${n('nextYearItems')} 项在次年）` : ''
            }`,
          },
          { key: 'targets', label: '量化指标', children: `${n('targets')} 项` },
          { key: 'lines', label: '原文', children: `${n('lines')} 行，略过 ${n('skippedLines')} 行说明文字` },
          {
            key: 'plan',
            label: '写入',
            span: 2,
            children: preview.planExists ? `${draft.year}年度计划：${preview.summary}` : `${draft.year}年度还没有计划，确认导入时新建“${draft.title}”`,
          },
          {
            key: 'persons',
            label: '新人员',
            span: 2,
            children:
              newPersons.length > 0 ? (
                <span>
                  {newPersons.length} 人，导入时加入人员名单：
                  <Typography.Text className="new-person-names">{newPersons.join('、')}</Typography.Text>
                </span>
              ) : (
                '无'
              ),
          },
        ]}
      />
      <div className="import-legend" aria-label="图例">
        <span>
          <Tag color="orange">姓名</Tag>名单中没有的人员（导入时新增）
        </span>
        <span>
          <Tag className="owner-tag owner-tag-lead">姓名</Tag>加粗为主办，其余为协办；输入时第一位为主办
        </span>
        <span>
          <Tag color="green">新增</Tag>
          <Tag color="blue">更新</Tag>
          <Tag>无变化</Tag>与已有计划比对的结果
        </span>
        <span>取消勾选的事项不导入</span>
      </div>
    </div>
  );
}
