import { Alert, Card, Form, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useCurrentPlan } from '../plan/CurrentPlanProvider';
import { defaultMonth } from '../plan/defaultMonth';
import { PageHeader } from '../shared/PageHeader';
import { ExportAction } from './ExportAction';
import { ExportParamsForm } from './ExportParamsForm';
import { defaultExportParams, EXPORT_FORMS, formInfo, missingChoice, previewInput, type ExportFormKey, type ExportParams } from './exportForms';
import { FormPreview } from './FormPreview';
import { IssuedDocuments } from './IssuedDocuments';
import './exports.css';

const NO_LAYOUT: Partial<Record<ExportFormKey, string>> = {
  submission: '报送材料含各事项的进展和佐证材料，没有排版预览；导出后可在 Word 中查看。',
  csv: 'CSV 是供其他软件读取的数据文件，没有排版预览。',
};

/**
 * 报表导出: pick a form, set its month, period or person, see it as it will print, and export it under
 * its default Chinese file name.
 */
export function ExportsPage() {
  const { plan } = useCurrentPlan();
  const [state, setState] = useState(() => ({ planId: plan.id, params: defaultExportParams(defaultMonth(plan)) }));
  // Another year chosen in the header: an item picked for a notice belongs to the old one.
  if (state.planId !== plan.id) setState({ planId: plan.id, params: { ...state.params, notice: { ...state.params.notice, itemId: undefined } } });
  const { params } = state;
  const change = (patch: Partial<ExportParams>) => setState((s) => ({ ...s, params: { ...s.params, ...patch } }));
  const form = formInfo(params.form);
  const preview = previewInput(plan.id, params);

  return (
    <>
      <PageHeader title="报表导出" description={`${plan.year}年度计划的各类报表，按办公室常用格式排版，可直接打印、报送或发给责任人。`} />
      <div className="exports-layout">
        <div className="exports-side">
          <Card size="small" title="选择报表">
            <Radio.Group
              aria-label="报表"
              className="export-forms"
              value={params.form}
              onChange={(e) => change({ form: e.target.value as ExportFormKey })}
            >
              {EXPORT_FORMS.map((f) => (
                <Radio key={f.key} value={f.key} className="export-form-option">
                  <span className="export-form-title">{f.title}</span>
                  <Typography.Text type="secondary" className="export-form-formats">
                    {f.formats}
                  </Typography.Text>
                </Radio>
              ))}
            </Radio.Group>
          </Card>
          <Card size="small" title={`${form.title}设置`}>
            <Typography.Paragraph type="secondary" className="export-form-description">
              {form.description}
            </Typography.Paragraph>
            <Form layout="vertical" component="div">
              <ExportParamsForm planId={plan.id} params={params} onChange={change} />
            </Form>
            {form.numbered && (
              <Alert
                type="info"
                showIcon
                className="export-numbered"
                title="导出即签发：按签发年度顺序登记编号，同一份文件再次导出（Word 或 PDF）保持原编号和内容；预览不登记。"
              />
            )}
            <ExportAction planId={plan.id} params={params} />
          </Card>
        </div>
        <Card size="small" title={`预览：${form.title}`} className="exports-preview">
          <FormPreview
            input={preview}
            emptyText={NO_LAYOUT[params.form] ?? missingChoice(params) ?? ''}
            printable={!form.numbered}
            className="form-preview"
          />
        </Card>
      </div>
      <IssuedDocuments planId={plan.id} planYear={plan.year} />
    </>
  );
}
