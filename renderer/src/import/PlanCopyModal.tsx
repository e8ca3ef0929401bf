import { Alert, App, Checkbox, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { useApiMutation } from '../api/hooks';
import { useCurrentPlan } from '../plan/CurrentPlanProvider';
import { navigate } from '../router';


/**
 * 复制到新年度: a new year's plan from an old one — months and spans kept, deadlines moved a year, every
 * status reset; owners kept if asked; unfinished items optionally carried over (结转) with their history.
 * Mounted while open, so each opening starts from the current plan.
 */
export function PlanCopyModal({ onClose }: { onClose: () => void }) {
  const { message } = App.useApp();
  const { plan, plans, selectPlan } = useCurrentPlan();
  const [fromPlanId, setFromPlanId] = useState(plan.id);
  const from = plans.find((p) => p.id === fromPlanId) ?? plan;
  const [year, setYear] = useState(from.year + 1);
  const [title, setTitle] = useState('');
  const [keepOwners, setKeepOwners] = useState(true);
  const [carryOpen, setCarryOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const copy = useApiMutation('plans.copy', { inlineError: true });
  const taken = plans.some((p) => p.year === year);
  const suggestedTitle = from.title.replaceAll(String(from.year), String(year));

  const submit = async () => {
    setError(null);
    try {
      const done = await copy.mutateAsync({ fromPlanId, year, keepOwners, carryOpen, ...(title.trim() ? { title: title.trim() } : {}) });
      selectPlan(done.planId);
      void message.success(
        `已建立${year}年度计划，共 ${done.copied} 项${done.carried ? `，其中 ${done.carried} 项为上年未办结事项（结转，与原事项关联）` : ''}` +
          `${done.deadlinesReset ? `；${done.deadlinesReset} 项的完成时限落在${year}年以外，已改为所在月份的月末` : ''}`,
      );
      onClose();
      navigate({ page: 'board' });
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <Modal
      title="复制到新年度"
      open
      onCancel={onClose}
      onOk={() => void submit()}
      okText="复制"
      okButtonProps={{ disabled: taken }}
      confirmLoading={copy.isPending}
    >
      <Form layout="vertical" component="div">
        {error && <Alert type="error" showIcon title={error} className="form-alert" />}
        <Form.Item label="复制来源" htmlFor="copy-from">
          <Select<number>
            id="copy-from"
            value={fromPlanId}
            onChange={(id) => {
              setFromPlanId(id);
              setYear((plans.find((p) => p.id === id)?.year ?? year - 1) + 1);
            }}
            options={plans.map((p) => ({ value: p.id, label: `${p.year}年度：${p.title}（${p.itemCount}项）` }))}
          />
        </Form.Item>
        <Form.Item
          label="新年度"
          htmlFor="copy-year"
          validateStatus={taken ? 'error' : undefined}
          help={taken ? `${year}年度计划已存在，不能覆盖；请换一个年度` : '月份和跨月安排不变，完成时限顺延到新年度，状态全部重置为未开始'}
        >
          <InputNumber id="copy-year" value={year} onChange={(y) => y != null && setYear(y)} min={2000} max={2100} precision={0} suffix="年" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item label="计划名称" htmlFor="copy-title">
          <Input id="copy-title" value={title} onChange={(e) => setTitle(e.target.value)} placeholder={suggestedTitle} maxLength={200} />
        </Form.Item>
        <Form.Item>
          <Checkbox checked={keepOwners} onChange={(e) => setKeepOwners(e.target.checked)}>
            保留责任人
          </Checkbox>
        </Form.Item>
        <Form.Item help="原年度尚未办结的事项另复制一份到新年度，注明“由原年度结转”，可查看原事项的督办记录">
          <Checkbox checked={carryOpen} onChange={(e) => setCarryOpen(e.target.checked)}>
            结转未办结事项
          </Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
