import { Alert, Button, Card, Form, Input, Segmented, Tabs, Typography } from 'antd';
import type { ReactNode } from 'react';
import { FileSourceField } from './FileSourceField';
import type { ImportRequest, KindChoice, SourceTab } from './importSource';
import { NumberInput } from '../shared/NumberInput';

const KIND_OPTIONS: { value: KindChoice; label: string }[] = [
  { value: 'auto', label: '自动识别' },
  { value: 'plan', label: '年度计划' },
  { value: 'notice', label: '上级通知' },
];

const TEXT_PLACEHOLDER = `把年度计划或上级通知的文字粘贴到这里，例如：
月份 | 工作内容 | 备注
2月 | 1.制定2023年度共青团工作要点 2.召开共青团系统第一次工作会议 |
7-8月 | 26.组织策划校级暑期社会实践队活动 |
主要任务可写责任人：……（责任人：鲁若曦、陈雯）`;

interface ImportSourceCardProps {
  request: ImportRequest;
  onChange: (patch: Partial<ImportRequest>) => void;
  onPreview: () => void;
  /** Progress of a preview under way, in place of the 预览 button. */
  progress: ReactNode;
  /** Why the last preview failed (nothing was written). */
  error: string | null;
  /** A preview is on screen below: keep the text box short and offer 重新预览. */
  previewed: boolean;
}

/** 导入内容: the year, what kind of document, and the text or file; 预览 (Ctrl+Enter) reads it. */
export function ImportSourceCard({ request, onChange, onPreview, progress, error, previewed }: ImportSourceCardProps) {
  return (
    <Card size="small" title="导入内容" className="import-source">
      <div className="import-source-body">
        <Tabs
          className="import-source-tabs"
          activeKey={request.tab}
          onChange={(tab) => onChange({ tab: tab as SourceTab })}
          items={[
            {
              key: 'text',
              label: '粘贴文字',
              children: (
                <Input.TextArea
                  aria-label="计划或通知的文字"
                  value={request.text}
                  onChange={(e) => onChange({ text: e.target.value })}
                  onKeyDown={(e) => {
                    if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
                      e.preventDefault();
                      onPreview();
                    }
                  }}
                  placeholder={TEXT_PLACEHOLDER}
                  autoSize={previewed ? { minRows: 3, maxRows: 5 } : { minRows: 7, maxRows: 14 }}
                  spellCheck={false}
                />
              ),
            },
            {
              key: 'file',
              label: '打开文件',
              children: (
                <FileSourceField
                  file={request.file}
                  onFile={(file) => onChange({ file, sheet: '' })}
                  sheet={request.sheet}
                  onSheet={(sheet) => onChange({ sheet })}
                />
              ),
            },
          ]}
        />
        <Form layout="vertical" component="div">
          <div className="import-source-options">
            <Form.Item label="导入到年度" htmlFor="import-year">
              <NumberInput
                id="import-year"
                value={request.year}
                onChange={(year) => year != null && onChange({ year })}
                min={2000}
                max={2100}
                precision={0}
                suffix="年"
                style={{ width: '100%' }}
              />
            </Form.Item>
            <Form.Item label="文档类型">
              <Segmented<KindChoice>
                aria-label="文档类型"
                block
                value={request.kind}
                options={KIND_OPTIONS}
                onChange={(kind) => onChange({ kind })}
              />
            </Form.Item>
            {progress ?? (
              <Button type="primary" block onClick={onPreview}>
                {previewed ? '重新预览' : '预览'}
              </Button>
            )}
            <Typography.Text type="secondary" className="import-source-hint">
              预览只读取内容，不写入台账；核对无误后再确认导入。在文字框中按 Ctrl+Enter 也可预览。
            </Typography.Text>
          </div>
        </Form>
      </div>
      {error && <Alert type="error" showIcon title="无法导入" description={`${error}（台账中的数据没有任何改动）`} className="import-error" />}
    </Card>
  );
}
