import { App, Modal } from 'antd';
import { PlanForm } from './PlanForm';
import { useCurrentPlan } from './CurrentPlanProvider';

/** 新建年度计划 from the header; the new plan becomes the current one. */
export function PlanCreateModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { selectPlan } = useCurrentPlan();
  const { message } = App.useApp();
  return (
    <Modal title="新建年度计划" open={open} onCancel={onClose} footer={null} destroyOnHidden>
      <PlanForm
        onCancel={onClose}
        onCreated={(plan) => {
          selectPlan(plan.id);
          void message.success(`已新建${plan.year}年度计划`);
          onClose();
        }}
      />
    </Modal>
  );
}
