import { Button, Flex, Select, Typography } from 'antd';
import { Controller, useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import type { ItemFormValues } from '../../../core/contract/item';
import { OWNER_ROLE_LABELS, OWNER_ROLES } from '../../../core/domain/roles';
import { useApiQuery } from '../api/hooks';
import { FormField } from '../shared/FormField';
import { usePermissions } from '../supervision/usePermissions';
import type { OwnerValues } from './itemFormValues';
import { PersonSelect } from './PersonSelect';

const ROLE_OPTIONS = OWNER_ROLES.map((role) => ({ value: role, label: OWNER_ROLE_LABELS[role] }));

/** 责任人: rows of person + 主办/协办; the first added is 主办, later ones 协办. */
export function OwnerList() {
  const { control, formState } = useFormContext<ItemFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'owners' });
  const owners = useWatch({ control, name: 'owners' }) ?? [];
  const persons = useApiQuery('persons.list', { includeInactive: true });
  const { canWrite } = usePermissions();
  const errors = formState.errors.owners;

  const add = () =>
    // A new row has no person yet; the schema asks for one before saving.
    append({ role: fields.length === 0 ? 'lead' : 'assist' } as OwnerValues, {
      focusName: `owners.${fields.length}.personId`,
    });

  return (
    <FormField label="责任人" error={errors?.message ?? errors?.root?.message}>
      <div className="field-rows">
        {fields.length === 0 && <Typography.Text type="secondary">尚未指定责任人</Typography.Text>}
        {fields.map((row, index) => {
          const n = index + 1;
          const taken = new Set(owners.filter((_, i) => i !== index).map((o) => o.personId));
          return (
            <Flex key={row.id} gap={8} align="start">
              <Controller
                control={control}
                name={`owners.${index}.personId`}
                render={({ field, fieldState }) => (
                  <FormField
                    className="owner-person-field"
                    // A blank row fails as "not a number"; say what to do instead.
                    error={fieldState.error && (field.value == null ? '请选择责任人，或移除此行' : fieldState.error.message)}
                  >
                    <PersonSelect
                      aria-label={`责任人${n}`}
                      ref={field.ref}
                      persons={persons.data ?? []}
                      taken={taken}
                      value={field.value}
                      onChange={field.onChange}
                      onBlur={field.onBlur}
                      status={fieldState.error ? 'error' : undefined}
                    />
                  </FormField>
                )}
              />
              <Controller
                control={control}
                name={`owners.${index}.role`}
                render={({ field }) => (
                  <FormField>
                    <Select
                      aria-label={`责任人${n}承办方式`}
                      ref={field.ref}
                      value={field.value}
                      onChange={field.onChange}
                      onBlur={field.onBlur}
                      options={ROLE_OPTIONS}
                      className="owner-role"
                    />
                  </FormField>
                )}
              />
              {canWrite && (
                <Button aria-label={`移除责任人${n}`} onClick={() => remove(index)}>
                  移除
                </Button>
              )}
            </Flex>
          );
        })}
        {canWrite && (
          <div>
            <Button type="dashed" onClick={add}>
              添加责任人
            </Button>
            <Typography.Text type="secondary" className="field-rows-hint">
              名单中没有的人员，在姓名框输入姓名后选“新增人员”即可添加
            </Typography.Text>
          </div>
        )}
      </div>
    </FormField>
  );
}
