/** Schema of the `roles` collection: a job description (岗位说明书). */
import { z } from 'astro/zod';
import { lifecycleFields } from './lifecycle.ts';
import { cadence, checkWeights, chineseEnum, cycle, hint, ref, text, textList, entryCore } from './common.ts';

export const LEVELS = ['高管', '总监', '经理', '主管', '专员', '助理', '员工'] as const;
export const AUTHORITY_AREAS = ['人事', '财务', '其他'] as const;
export const AUTHORITY_LEVELS = ['建议', '审核', '审批'] as const;

export const responsibilitySchema = z.object({
  text: text('职责内容'),
  cadence,
  /** 考核标准, e.g. 及时率 100%. */
  standard: text('考核标准').optional(),
});

export const kpiSchema = z.object({
  name: text('KPI 名称'),
  weight: hint(z.number({ error: '权重应为数字,例如 20' }).positive('权重应大于 0').max(100, '权重不能超过 100'), '所有 KPI 的权重合计应为 100').optional(),
  cycle,
  standard: text('KPI 标准'),
  target: text('目标值').optional(),
});

export const authoritySchema = z.object({
  area: chineseEnum(AUTHORITY_AREAS, '权限类别'),
  matter: text('权限事项'),
  level: chineseEnum(AUTHORITY_LEVELS, '权限级别'),
});

export const roleSchema = z
  .object({
    title: text('岗位名称'),
    /** 职位编号, unique across the handbook. */
    code: hint(text('岗位编号'), '全手册唯一,例如 YY-M-01').optional(),
    department: ref('departments'),
    level: chineseEnum(LEVELS, '岗位级别'),
    reportsTo: ref('roles', '直接上级岗位').optional(),
    headcount: z.number({ error: '编制人数应为数字' }).int('编制人数应为整数').positive('编制人数应大于 0').optional(),
    summary: text('岗位概述'),
    /** Duties in order of importance. */
    responsibilities: z.array(responsibilitySchema).min(1, '请至少写一项岗位职责'),
    qualifications: z
      .object({ basic: textList('基本要求'), preferred: textList('优先条件') })
      .default({ basic: [], preferred: [] }),
    authority: z.array(authoritySchema).default([]),
    relations: z
      .object({ internal: textList('内部沟通对象'), external: textList('外部沟通对象') })
      .default({ internal: [], external: [] }),
    kpis: z.array(kpiSchema).default([]),
    /** Statutory or internal designations, e.g. 一级消防责任人. */
    designations: textList('特别职责'),
    ...entryCore,
    ...lifecycleFields,
  })
  .superRefine((role, ctx) => checkWeights(role.kpis, ctx, ['kpis'], 'KPI'));

export type Role = z.infer<typeof roleSchema>;
export type Kpi = z.infer<typeof kpiSchema>;
