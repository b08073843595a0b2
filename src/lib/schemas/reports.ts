/** Schema of the `reports` collection: 工作计划, 工作总结, 述职报告. */
import { z } from 'astro/zod';
import { chineseEnum, entryCore, isoDate, ref, text } from './common.ts';
import { lifecycleFields } from './lifecycle.ts';

export const REPORT_KINDS = ['工作计划', '工作总结', '总结与计划', '述职报告'] as const;
export const PERIOD_UNITS = ['week', 'month', 'quarter', 'half', 'year'] as const;
export const REPORT_STATUSES = ['draft', 'submitted', 'approved'] as const;

export const periodSchema = z
  .object({
    unit: z.enum(PERIOD_UNITS, { error: '周期只能是:week(周)/ month(月)/ quarter(季)/ half(半年)/ year(年)' }),
    start: isoDate,
    end: isoDate,
  })
  .superRefine((period, ctx) => {
    if (period.end < period.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `结束日期 ${period.end} 早于开始日期 ${period.start}` });
    }
  });

export const reportSchema = z.object({
  ...entryCore,
  ...lifecycleFields,
  title: text('标题'),
  kind: chineseEnum(REPORT_KINDS, '报告类型'),
  period: periodSchema,
  department: ref('departments'),
  role: ref('roles', '撰写人的岗位'),
  author: text('撰写人'),
  date: isoDate,
  /** A report's own workflow; `draft` hides it from the published site like any draft. */
  status: z.enum(REPORT_STATUSES, { error: '状态只能是:draft(草稿)/ submitted(已提交)/ approved(已审批)' }).default('draft'),
});

export type Report = z.infer<typeof reportSchema>;
export type Period = z.infer<typeof periodSchema>;
