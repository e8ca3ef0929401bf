import { Alert, App, Form, Modal } from 'antd';
import type { ReactNode } from 'react';
import { FormProvider, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { useServerSubmit } from '../shared/useServerSubmit';

interface AccountModalProps<TValues extends FieldValues, TOutput> {
  title: string;
  okText?: string;
  form: UseFormReturn<TValues, unknown, TOutput>;
  /** Sends the checked values; a thrown error keeps the dialog open with its Chinese message. */
  save: (values: TOutput) => Promise<unknown>;
  /** Shown once saved, as the dialog closes. */
  done: (values: TOutput) => string;
  onClose: () => void;
  children: ReactNode;
}

/** The dialog every account form shares: Enter or 保存 submits, a refusal stays visible above the fields. */
export function AccountModal<TValues extends FieldValues, TOutput>({ title, okText = '保存', form, save, done, onClose, children }: AccountModalProps<TValues, TOutput>) {
  const { message } = App.useApp();
  const { submit, serverError } = useServerSubmit(
    form.handleSubmit,
    async (values) => {
      await save(values);
      void message.success(done(values));
      onClose();
    },
    '未保存：',
  );

  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText="取消"
      onOk={() => void submit()}
      okButtonProps={{ loading: form.formState.isSubmitting }}
      onCancel={onClose}
      destroyOnHidden
    >
      <FormProvider {...form}>
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Form layout="vertical" component={false}>
            {serverError && <Alert type="error" showIcon title={serverError} className="form-alert" />}
            {children}
            <button type="submit" hidden />
          </Form>
        </form>
      </FormProvider>
    </Modal>
  );
}
