/** Schema of the `procedures` collection: SOPs, rotas, meetings, emergency plans. */
import { z } from 'astro/zod';
import { lifecycleFields } from './lifecycle.ts';
import { cadence, chineseEnum, clockTime, hint, ref, text, textList, weekday, entryCore } from './common.ts';

export const PROCEDURE_KINDS = ['流程', 'SOP', '检查表', '应急预案', '会议制度', '汇报制度', '值班制度'] as const;

export const stepSchema = z.object({
  /** Roles that carry out the step (ids in `roles`). */
  actors: z.array(ref('roles')).min(1, '每个步骤至少要有一个执行岗位'),
  action: text('步骤内容'),
  /** Absolute clock time, e.g. 17:50. */
  time: clockTime.optional(),
  /** End of a step that lasts a while, e.g. 18:02–18:30. */
  endTime: clockTime.optional(),
  /** The same step's time on holidays (节假日), when it differs. */
  holidayTime: clockTime.optional(),
  /** A relative deadline, e.g. 撤场前一周 / 7个工作日内. */
  deadline: text('时限').optional(),
  /** Forms used or filled in, e.g. 《撤场审批表》. */
  forms: textList('表单'),
  /** Role whose approval the step needs. */
  approval: ref('roles', '需要其审批的岗位').optional(),
  note: text('备注').optional(),
});

export const scheduleSchema = z.object({
  frequency: cadence,
  /** Times of day, HH:MM. */
  times: z.array(clockTime).default([]),
  weekdays: z.array(weekday).default([]),
  daysOfMonth: z.array(z.number().int().min(1, '日期应在 1–31 之间').max(31, '日期应在 1–31 之间')).default([]),
  /** How the schedule changes on holidays. */
  holidays: text('节假日安排').optional(),
  note: text('说明').optional(),
});

export const procedureSchema = z.object({
  title: text('标题'),
  kind: chineseEnum(PROCEDURE_KINDS, '流程类型'),
  department: ref('departments'),
  summary: text('概述').optional(),
  participants: hint(z.array(ref('roles')), '参与但不负责的岗位').default([]),
  trigger: text('触发条件').optional(),
  schedule: scheduleSchema.optional(),
  steps: z.array(stepSchema).min(1, '请至少写一个步骤'),
  branches: z
    .array(
      z.object({
        condition: text('分支条件'),
        /** 1-based number of the step after which the branch applies. */
        afterStep: hint(z.number().int().positive(), '在第几步之后(从 1 数起)').optional(),
        steps: z.array(stepSchema).min(1, '分支至少要有一个步骤'),
      }),
    )
    .default([]),
  checklists: z
    .array(z.object({ category: text('检查类别'), items: z.array(text('检查项')).min(1, '检查表至少要有一项') }))
    .default([]),
  records: textList('记录和表单'),
  escalation: z
    .array(z.object({ condition: text('上报条件'), to: ref('roles'), within: text('时限').optional() }))
    .default([]),
  /** "Do not" rules (禁止事项). */
  donts: textList('禁止事项'),
  relatedPolicies: z.array(ref('policies')).default([]),
  /** For a procedure, `owner` is also the role accountable for running it. */
  ...entryCore,
  ...lifecycleFields,
});

export type Procedure = z.infer<typeof procedureSchema>;
export type Step = z.infer<typeof stepSchema>;
