/** Schema of the `departments` collection: what a department owns and must know. */
import { z } from 'astro/zod';
import { lifecycleFields } from './lifecycle.ts';
import { hint, ref, text, textList, entryCore } from './common.ts';

export const departmentSchema = z.object({
  name: text('部门名称'),
  /** Other names the same department goes by (运营部 / 营运部 / 运营管理部). */
  aliases: textList('别名'),
  parent: ref('departments', '上级部门;一级部门留空').optional(),
  head: ref('roles', '部门负责人岗位').optional(),
  summary: text('部门简介').optional(),
  /** 职能: what the department is responsible for. */
  functions: z.array(text('部门职能')).min(1, '请至少写一项部门职能'),
  /** 应知应会: what every member must know. */
  mustKnow: textList('应知应会'),
  /** Position in navigation; smaller comes first. */
  order: hint(z.number({ error: '排序应为数字' }).int('排序应为整数'), '数字越小越靠前').default(100),
  ...entryCore,
  ...lifecycleFields,
});

export type Department = z.infer<typeof departmentSchema>;
