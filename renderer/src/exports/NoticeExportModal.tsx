import { Form, Modal } from 'antd';
import { useState } from 'react';
import { useCurrentPlan } from '../plan/CurrentPlanProvider';
import { usePlanMonths } from '../plan/usePlanMonths';
import { ExportAction } from './ExportAction';
import { defaultExportParams, previewInput, type ExportParams, type NoticeParams } from './exportForms';
import { FormPreview } from './FormPreview';
import { NoticeFields } from './NoticeFields';
import './exports.css';

interface NoticeExportModalProps {
  itemId: number;
  open: boolean;
  onClose: () => void;
}

/** 督办 of one item, over its editor: wording, the notice as it will print, and the .docx with its number. */
export function NoticeExportModal({ itemId, open, onClose }: NoticeExportModalProps) {
  const { plan } = useCurrentPlan();
  const { defaultMonth } = usePlanMonths();
  const [notice, setNotice] = useState<NoticeParams>({ scope: 'item', itemId, kind: 'supervise', requirement: '' });
  const params: ExportParams = { ...defaultExportParams(defaultMonth), form: 'notices', notice };
  return (
    <Modal title="督办该事项" open={open} onCancel={onClose} footer={null} width={1040} destroyOnHidden>
      <div className="notice-modal-body">
        <div>
          <Form layout="vertical" component="div">
            <NoticeFields idPrefix="item-notice" value={notice} onChange={(patch) => setNotice((n) => ({ ...n, ...patch }))} />
          </Form>
          <ExportAction planId={plan.id} params={params} />
        </div>
        <FormPreview input={previewInput(plan.id, params)} emptyText="" className="form-preview" />
      </div>
    </Modal>
  );
}
