import type { FormTable } from '../document';
import type { ExportBase } from '../export-data';
import { cnDate } from '../item-text';

/** The line under every form's title: 制表单位 at the left, 填报日期 (today) at the right. */
export function formMeta(base: ExportBase): FormTable['meta'] {
  return { left: `制表单位：${base.organization}`, right: `填报日期：${cnDate(base.scope.today)}` };
}
