/** Schema of the `policies` collection: 制度 / 办法 / 规定 / 方案 / 细则. */
import { z } from 'astro/zod';
import { checkWeights, chineseEnum, cycle, entryCore, hint, isoDate, ref, text, textList } from './common.ts';
import { lifecycleFields, LIFECYCLE_STATUSES, STATUS_MESSAGE, version } from './lifecycle.ts';

export const POLICY_TYPES = ['制度', '办法', '规定', '方案', '细则'] as const;

export const kpiSchemeSchema = z
  .object({
    metrics: z
      .array(
        z.object({
          name: text('考核指标'),
          weight: z.number({ error: '权重应为数字,例如 20' }).positive('权重应大于 0').max(100, '权重不能超过 100'),
          standard: text('评分标准').optional(),
        }),
      )
      .min(1, '考核方案至少要有一个指标'),
    /** Payout by score band, e.g. 75–90 → 按比例发放. */
    bands: z
      .array(
        z.object({
          min: z.number({ error: '分数下限应为数字' }).min(0).max(100),
          max: z.number({ error: '分数上限应为数字' }).min(0).max(100).optional(),
          payout: text('发放办法'),
        }),
      )
      .default([]),
    formula: text('计算公式').optional(),
    cycle,
    /** e.g. 次月10日前. */
    deadline: text('提交时限').optional(),
    /** Ordered approval chain, e.g. 经理签批 → 总经理审核 → 人事核算 → 财务发放. */
    approvalChain: textList('审批环节'),
  })
  .superRefine((scheme, ctx) => {
    checkWeights(scheme.metrics, ctx, ['metrics'], '考核指标');
    scheme.bands.forEach((band, i) => {
      if (band.max !== undefined && band.max < band.min) {
        ctx.addIssue({ code: 'custom', path: ['bands', i, 'max'], message: `分数段上限 ${band.max} 小于下限 ${band.min}` });
      }
    });
  });

export const policySchema = z.object({
  ...entryCore,
  ...lifecycleFields,
  title: text('标题'),
  docType: chineseEnum(POLICY_TYPES, '文件类型'),
  department: ref('departments'),
  /** Issuing body, e.g. 总经理办公室. */
  issuer: text('发文单位'),
  purpose: text('目的'),
  basis: text('依据').optional(),
  scope: text('适用范围'),
  effective: hint(isoDate, '施行日期;晚于今天时页面显示“尚未生效”'),
  version: hint(version, '例如 1.0、2.1'),
  status: z.enum(LIFECYCLE_STATUSES, { error: STATUS_MESSAGE }),
  kpiScheme: kpiSchemeSchema.optional(),
});

export type Policy = z.infer<typeof policySchema>;
export type KpiScheme = z.infer<typeof kpiSchemeSchema>;
