import { z } from 'zod';
import { COMPARATORS, ITEM_SOURCES, OWNER_ROLES } from '../domain/roles';
import { isoDate } from './common';

// A whole plan as plain data, before it is written: the shape the bundled sample plan is kept in and
// the shape the importer produces. Loading either goes through the same commit path.

export const targetDraft = z.object({
  label: z.string().min(1, '请填写指标名称').max(100),
  comparator: z.enum(COMPARATORS),
  value: z.number({ error: '指标数值须为数字' }).finite(),
  unit: z.string().max(20).default(''),
});

export const ownerDraft = z.object({
  name: z.string().trim().min(1).max(40),
  role: z.enum(OWNER_ROLES),
});

export const itemDraft = z.object({
  /** 序号 as written in the source; several items may share one when the source misnumbers. */
  seq: z.number().int().nullable(),
  content: z.string().trim().min(1).max(4000),
  startMonth: z.number().int().min(1).max(12).nullable(),
  endMonth: z.number().int().min(1).max(12).nullable(),
  yearRound: z.boolean(),
  /** 主要任务 (key task) of a section rather than a monthly line. */
  isKey: z.boolean().default(false),
  sectionTitle: z.string().nullable().default(null),
  owners: z.array(ownerDraft).default([]),
  targets: z.array(targetDraft).default([]),
  dueDate: isoDate.nullable().default(null),
  cadence: z.string().max(40).nullable().default(null),
  notes: z.string().max(4000).default(''),
  source: z.enum(ITEM_SOURCES).default('plan'),
  sourceRef: z.string().max(200).nullable().default(null),
});

export const planDraft = z.object({
  year: z.number().int().min(2000).max(2100),
  title: z.string().min(1).max(200),
  organization: z.string().max(100).default(''),
  sections: z.array(z.object({ title: z.string().min(1).max(200) })).default([]),
  items: z.array(itemDraft),
});

export type TargetDraft = z.infer<typeof targetDraft>;
export type OwnerDraft = z.infer<typeof ownerDraft>;
export type ItemDraft = z.infer<typeof itemDraft>;
export type PlanDraft = z.infer<typeof planDraft>;
