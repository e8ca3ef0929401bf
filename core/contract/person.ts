import { z } from 'zod';
import { id } from './common';

export const personView = z.object({
  id,
  name: z.string(),
  title: z.string(),
  department: z.string(),
  active: z.boolean(),
  itemCount: z.number().int(),
});

const personFields = {
  name: z.string().trim().min(1, '请填写姓名').max(40, '姓名不超过40字'),
  title: z.string().trim().max(60, '职务不超过60字').default(''),
  department: z.string().trim().max(100, '部门不超过100字').default(''),
};
export const personInput = z.object(personFields);
export const personUpdate = z.object({ id, ...personFields, active: z.boolean().optional() });

export type PersonView = z.infer<typeof personView>;
export type PersonInput = z.infer<typeof personInput>;
