/**
 * Lifecycle fields every entry may carry: version, when it takes effect,
 * when it must be reviewed again, its status, what it replaces, and a short
 * change log. Rules that span entries (a superseded entry needs a successor …)
 * are checked in `src/lib/content/lifecycle.ts`.
 */
import { z } from 'astro/zod';
import { hint, isoDate, ref, text } from './common.ts';

export const LIFECYCLE_STATUSES = ['draft', 'active', 'superseded', 'archived'] as const;
export type LifecycleStatus = (typeof LIFECYCLE_STATUSES)[number];

export const STATUS_MESSAGE = '状态只能是:draft(草稿)/ active(现行有效)/ superseded(已废止)/ archived(已归档)';

/** A version number such as 1.0 or 2.1; a bare 2 becomes 2.0. */
export const version = z
  .union([z.string(), z.number()], { error: '版本号应写成 1.0 这样的形式' })
  .transform((v) => (typeof v === 'number' && Number.isInteger(v) ? `${v}.0` : String(v).trim()))
  .pipe(z.string().regex(/^[vV]?\d+(\.\d+){0,2}$/, '版本号应写成 1.0 或 2.1 这样的形式'));

/** One line of an entry's change log. */
export const changeSchema = z.object({
  date: isoDate,
  version: version.optional(),
  summary: text('变更说明'),
});

export const lifecycleFields = {
  version: hint(version, '例如 1.0、2.1').optional(),
  /** Date from which the entry applies (施行日期). */
  effective: hint(isoDate, '施行日期;晚于今天时页面显示“尚未生效”').optional(),
  /** Date by which the owner must confirm the entry is still right (复查日期). */
  reviewBy: hint(isoDate, '到期前 30 天列入“待复查”').optional(),
  status: hint(z.enum(LIFECYCLE_STATUSES, { error: STATUS_MESSAGE }), '草稿只在预览中显示,不会发布').default('active'),
  /** Id of the entry of the same kind this one replaces. */
  supersedes: ref('self', '本条目替代的旧条目(同一类)').optional(),
  changes: z.array(changeSchema).default([]),
  /** Where an imported draft came from (written by `npm run import`). */
  source: z
    .object({
      file: text('来源文件'),
      /** Source line range, e.g. 12-40. */
      lines: z.string(),
      /** Hash of the document's text: a second import of the same text is recognised and skipped. */
      fingerprint: z.string(),
      /** What the importer could not settle and a person must check. */
      flags: z.array(z.string()).default([]),
    })
    .optional(),
};

export type Change = z.infer<typeof changeSchema>;
