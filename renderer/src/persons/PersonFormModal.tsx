import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, App, Form, Input, Modal } from 'antd';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { contract } from '../../../core/contract';
import type { PersonInput, PersonView } from '../../../core/contract/person';
import { useApiMutation } from '../api/hooks';
import { FormField } from '../shared/FormField';
import { busy } from '../shared/busy';
import { useInitialFocus } from '../shared/useInitialFocus';
import { useServerSubmit } from '../shared/useServerSubmit';

const schema = contract['persons.create'].input;
type PersonFormValues = z.input<typeof schema>;

interface PersonFormModalProps {
  /** The person to edit; absent to add one. */
  person?: PersonView;
  onClose: () => void;
}

/** 新增 / 编辑 a person: name (unique), title and department. Enter saves. */
export function PersonFormModal({ person, onClose }: PersonFormModalProps) {
  const { message } = App.useApp();
  const { control, handleSubmit, setFocus, formState } = useForm<PersonFormValues, unknown, PersonInput>({
    resolver: zodResolver(schema),
    defaultValues: { name: person?.name ?? '', title: person?.title ?? '', department: person?.department ?? '' },
  });
  const create = useApiMutation('persons.create', { inlineError: true });
  const update = useApiMutation('persons.update', { inlineError: true });
  const { errors } = formState;
  useInitialFocus(() => setFocus('name'));

  const { submit, serverError } = useServerSubmit(handleSubmit, async (values) => {
    if (person) await update.mutateAsync({ ...values, id: person.id });
    else await create.mutateAsync(values);
    void message.success(person ? '已保存' : `已新增责任人“${values.name}”`);
    onClose();
  });

  return (
    <Modal
      open
      title={person ? `编辑责任人：${person.name}` : '新增责任人'}
      okText="保存"
      cancelText="取消"
      onOk={() => void submit()}
      okButtonProps={{ loading: busy(formState.isSubmitting) }}
      onCancel={onClose}
    >
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Form layout="vertical" component={false}>
          {serverError && <Alert type="error" showIcon title={serverError} className="form-alert" />}
          <FormField label="姓名" htmlFor="person-name" error={errors.name?.message} required>
            <Controller
              control={control}
              name="name"
              render={({ field }) => <Input id="person-name" maxLength={40} {...field} />}
            />
          </FormField>
          <FormField label="职务" htmlFor="person-title" error={errors.title?.message}>
            <Controller
              control={control}
              name="title"
              render={({ field }) => <Input id="person-title" placeholder="如 团委副书记" maxLength={60} {...field} />}
            />
          </FormField>
          <FormField label="部门" htmlFor="person-department" error={errors.department?.message}>
            <Controller
              control={control}
              name="department"
              render={({ field }) => <Input id="person-department" placeholder="如 校团委办公室" maxLength={100} {...field} />}
            />
          </FormField>
          {/* Enter in any field submits. */}
          <button type="submit" hidden />
        </Form>
      </form>
    </Modal>
  );
}
