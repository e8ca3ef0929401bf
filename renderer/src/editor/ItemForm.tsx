import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, App, Button, Checkbox, Col, ConfigProvider, Form, Input, Popconfirm, Row, Select, Space, Typography } from 'antd';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Controller, FormProvider, useForm, useWatch } from 'react-hook-form';
import { contract } from '../../../core/contract';
import type { ItemDetail, ItemFormValues, ItemInput } from '../../../core/contract/item';
import { ITEM_SOURCE_LABELS, ITEM_SOURCES } from '../../../core/domain/roles';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { ApiError } from '../api/client';
import type { EditConflictDetails } from '../../../core/contract/edit-conflict';
import { EditConflict, type ConflictState } from './EditConflict';
import { StatusTag } from '../items/StatusTag';
import { FormField } from '../shared/FormField';
import { itemFormValues, nextItemValues } from './itemFormValues';
import { ItemSpanFields } from './ItemSpanFields';
import { OwnerList } from './OwnerList';
import { SectionSelect } from './SectionSelect';
import { TargetList } from './TargetList';
import { busy } from '../shared/busy';
import { useInitialFocus } from '../shared/useInitialFocus';
import { usePermissions } from '../supervision/usePermissions';
import { NumberInput } from '../shared/NumberInput';

const schema = contract['items.create'].input;
const SOURCE_OPTIONS = ITEM_SOURCES.map((s) => ({ value: s, label: ITEM_SOURCE_LABELS[s] }));

interface ItemFormProps {
  initial: ItemFormValues;
  /** The item being edited; absent for a new one. */
  item?: ItemDetail;
  year: number;
  /** Closes after a save or delete. */
  onDone: () => void;
  /** 取消: closes, asking first if something was changed. */
  onCancel: () => void;
  onDirtyChange: (dirty: boolean) => void;
}

/**
 * The 事项 form. Validation is the contract's own schema (Chinese messages under the fields); a refused
 * save keeps everything typed and shows the backend's message. Ctrl+Enter or Ctrl+S saves.
 */
export function ItemForm({ initial, item, year, onDone, onCancel, onDirtyChange }: ItemFormProps) {
  const { message } = App.useApp();
  const { canWrite } = usePermissions();
  const form = useForm<ItemFormValues, unknown, ItemInput>({ resolver: zodResolver(schema), defaultValues: initial });
  const { control, handleSubmit, reset, setFocus, formState } = form;
  const [source, isKey, yearRound, startMonth, endMonth] = useWatch({ control, name: ['source', 'isKey', 'yearRound', 'startMonth', 'endMonth'] });
  // A new item is numbered after the last of its period unless a 序号 is typed (the backend does the same).
  const nextSeq = useApiQuery(
    'items.nextSeq',
    { planId: initial.planId, isKey: isKey ?? false, yearRound: yearRound ?? false, startMonth: startMonth ?? null, endMonth: endMonth ?? startMonth ?? null },
    { enabled: !item && canWrite },
  );
  const create = useApiMutation('items.create', { inlineError: true });
  const update = useApiMutation('items.update', { inlineError: true });
  const remove = useApiMutation('items.delete', { inlineError: true });
  const [serverError, setServerError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ConflictState | null>(null);
  // The version this edit started from; a refresh of `item` meanwhile must not move it (that would overwrite).
  const baseVersion = useRef(item?.version ?? 0);
  const { isDirty } = formState;

  useEffect(() => onDirtyChange(isDirty), [isDirty, onDirtyChange]);

  useInitialFocus(() => setFocus('content'));

  // Closing the window with unsaved changes asks first.
  useEffect(() => {
    if (!isDirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty]);

  const save = (then: 'close' | 'next') =>
    handleSubmit(async (values) => {
      setServerError(null);
      setConflict(null);
      try {
        if (item) await update.mutateAsync({ ...values, id: item.id, version: baseVersion.current });
        else await create.mutateAsync(values);
      } catch (error) {
        if (error instanceof ApiError && error.code === 'CONFLICT' && error.shape.details) {
          const details = error.shape.details as EditConflictDetails;
          setConflict({ message: error.message, current: details.current, by: details.by });
        } else setServerError((error as Error).message);
        return;
      }
      void message.success(item ? '已保存修改' : '已新建事项');
      if (then === 'next') {
        reset(nextItemValues(values));
        requestAnimationFrame(() => setFocus('content'));
      } else {
        onDirtyChange(false);
        onDone();
      }
    });

  const deleteItem = async () => {
    if (!item) return;
    try {
      await remove.mutateAsync({ id: item.id });
    } catch (error) {
      setServerError((error as Error).message);
      return;
    }
    void message.success('已删除事项');
    onDirtyChange(false);
    onDone();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (canWrite && (event.ctrlKey || event.metaKey) && (event.key === 'Enter' || event.key.toLowerCase() === 's')) {
      event.preventDefault();
      void save('close')();
    }
  };

  return (
    <FormProvider {...form}>
      <div className="item-form" onKeyDown={onKeyDown}>
        <Form layout="vertical" component={false}>
          {/* A read-only account sees the item but cannot change it (the backend refuses anyway). */}
          <ConfigProvider componentDisabled={!canWrite}>
          <div className="item-form-fields">
            {item && (
              <Typography.Paragraph type="secondary" className="item-form-meta">
                <StatusTag status={item.status} /> {item.period} · 截止 {item.dueDate} · 录入于 {item.createdAt.slice(0, 10)}
                {item.updatedAt && ` · 最近修改 ${item.updatedAt.slice(0, 10)}`}
              </Typography.Paragraph>
            )}
            {serverError && <Alert type="error" showIcon title={`未保存：${serverError}`} className="form-alert" />}
            {conflict && (
              <EditConflict
                conflict={conflict}
                mine={form.getValues()}
                onKeepMine={() => {
                  baseVersion.current = conflict.current.version;
                  void save('close')();
                }}
                onTakeSaved={() => {
                  baseVersion.current = conflict.current.version;
                  reset(itemFormValues(conflict.current));
                  setConflict(null);
                }}
              />
            )}
            <Controller
              control={control}
              name="content"
              render={({ field, fieldState }) => (
                <FormField label="工作内容" htmlFor="item-content" error={fieldState.error?.message} required>
                  <Input.TextArea id="item-content" {...field} autoSize={{ minRows: 3, maxRows: 10 }} />
                </FormField>
              )}
            />
            <Row gutter={12}>
              <Col span={12}>
                <Controller
                  control={control}
                  name="sectionId"
                  render={({ field, fieldState }) => (
                    <FormField label="分类" htmlFor="item-section" error={fieldState.error?.message}>
                      <SectionSelect id="item-section" ref={field.ref} value={field.value} onChange={field.onChange} onBlur={field.onBlur} />
                    </FormField>
                  )}
                />
              </Col>
              <Col span={4}>
                <Controller
                  control={control}
                  name="seq"
                  render={({ field, fieldState }) => (
                    <FormField label="序号" htmlFor="item-seq" error={fieldState.error?.message}>
                      <NumberInput<number>
                        id="item-seq"
                        placeholder={!item && nextSeq.data ? `自动：${nextSeq.data.seq}` : undefined}
                        ref={field.ref}
                        value={field.value}
                        onChange={(value) => field.onChange(value ?? null)}
                        onBlur={field.onBlur}
                        min={0}
                        max={99999}
                        precision={0}
                        style={{ width: '100%' }}
                      />
                    </FormField>
                  )}
                />
              </Col>
              <Col span={8}>
                <Controller
                  control={control}
                  name="source"
                  render={({ field }) => (
                    <FormField label="来源" htmlFor="item-source">
                      <Select id="item-source" ref={field.ref} value={field.value} onChange={field.onChange} onBlur={field.onBlur} options={SOURCE_OPTIONS} />
                    </FormField>
                  )}
                />
              </Col>
            </Row>
            {source !== 'plan' && (
              <Controller
                control={control}
                name="sourceRef"
                render={({ field, fieldState }) => (
                  <FormField label="文号或通知标题" htmlFor="item-source-ref" error={fieldState.error?.message}>
                    <Input
                      id="item-source-ref"
                      ref={field.ref}
                      value={field.value ?? ''}
                      onChange={(e) => field.onChange(e.target.value || null)}
                      onBlur={field.onBlur}
                      maxLength={200}
                    />
                  </FormField>
                )}
              />
            )}
            <ItemSpanFields year={year} />
            <Controller
              control={control}
              name="isKey"
              render={({ field }) => (
                <FormField>
                  <Checkbox ref={field.ref} checked={field.value} onChange={(e) => field.onChange(e.target.checked)} onBlur={field.onBlur}>
                    重点/主要任务
                  </Checkbox>
                </FormField>
              )}
            />
            <OwnerList />
            <TargetList />
            <Controller
              control={control}
              name="notes"
              render={({ field, fieldState }) => (
                <FormField label="备注" htmlFor="item-notes" error={fieldState.error?.message}>
                  <Input.TextArea id="item-notes" {...field} autoSize={{ minRows: 2, maxRows: 6 }} />
                </FormField>
              )}
            />
          </div>
          </ConfigProvider>
          <div className="item-form-footer">
            {item && canWrite && (
              <Popconfirm
                title="删除该事项？"
                description="责任人和量化指标一并删除，且不可恢复。"
                okText="删除"
                cancelText="取消"
                okButtonProps={{ danger: true }}
                onConfirm={deleteItem}
              >
                <Button danger loading={busy(remove.isPending)}>
                  删除
                </Button>
              </Popconfirm>
            )}
            <Typography.Text type="secondary" className="item-form-keys">
              {canWrite ? 'Ctrl+Enter 保存 · Esc 关闭' : '只读账号，不能修改 · Esc 关闭'}
            </Typography.Text>
            <Space>
              <Button onClick={onCancel}>{canWrite ? '取消' : '关闭'}</Button>
              {canWrite && !item && (
                <Button onClick={() => void save('next')()} loading={busy(formState.isSubmitting)}>
                  保存并新建
                </Button>
              )}
              {canWrite && (
                <Button type="primary" onClick={() => void save('close')()} loading={busy(formState.isSubmitting)}>
                  保存
                </Button>
              )}
            </Space>
          </div>
        </Form>
      </div>
    </FormProvider>
  );
}
