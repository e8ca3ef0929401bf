import { z } from 'zod';
import { id } from './common';

export const sectionView = z.object({ id, planId: id, ordinal: z.number().int(), title: z.string() });

export const planView = z.object({
  id,
  year: z.number().int(),
  title: z.string(),
  organization: z.string(),
  /** The bundled 示例 plan: labelled so everywhere, and removable. */
  isSample: z.boolean(),
  itemCount: z.number().int(),
  /** February, or January when the plan has January work: where its months begin on every page. */
  firstMonth: z.number().int(),
  sections: z.array(sectionView),
});

const planFields = {
  year: z.number({ error: '请填写年度' }).int().min(2000, '年度应在2000至2100之间').max(2100, '年度应在2000至2100之间'),
  title: z.string().trim().min(1, '请填写计划名称').max(200, '计划名称不超过200字'),
  organization: z.string().trim().max(100, '制表单位不超过100字').default(''),
};
export const planInput = z.object(planFields);
export const planUpdate = z.object({ id, ...planFields });

export const sectionInput = z.object({
  planId: id,
  title: z.string().trim().min(1, '请填写分类名称').max(200, '分类名称不超过200字'),
});
export const sectionUpdate = z.object({ id, title: sectionInput.shape.title, ordinal: z.number().int().min(0).optional() });

export type PlanView = z.infer<typeof planView>;
export type SectionView = z.infer<typeof sectionView>;
export type PlanInput = z.infer<typeof planInput>;
