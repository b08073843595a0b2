/**
 * Building blocks shared by every collection schema: dates, references,
 * cadences and the fields every handbook entry carries.
 *
 * Messages are written for HR authors, not programmers: they say what is
 * wrong and what a correct value looks like.
 */
import { z } from 'astro/zod';
import { toSimplified } from '../text/script.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when y-m-d is a real calendar day (rejects 2026-09-31, 2026-02-29). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/**
 * A calendar date written as YYYY-MM-DD, normalised to that string.
 *
 * Accepts a `Date` too, because Astro's own YAML reader turns unquoted dates
 * into `Date` objects; impossible dates such as 09-31 are caught by the
 * handbook checker, which reads the raw text before that conversion.
 */
export const isoDate = z.union([z.string(), z.date()]).transform((value, ctx) => {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      ctx.addIssue({ code: 'custom', message: '日期无效,请写成 2026-03-01 这样的格式' });
      return z.NEVER;
    }
    return value.toISOString().slice(0, 10);
  }
  const match = ISO_DATE.exec(value.trim());
  if (!match) {
    ctx.addIssue({ code: 'custom', message: `“${value}”不是日期,请写成 2026-03-01 这样的格式(年-月-日)` });
    return z.NEVER;
  }
  const [, y, m, d] = match.map(Number);
  if (!isRealDate(y!, m!, d!)) {
    ctx.addIssue({ code: 'custom', message: `日期“${value}”不存在(${m}月没有${d}日),请核对` });
    return z.NEVER;
  }
  return value.trim();
}).meta({ format: 'date' });

/** Identifier of another entry: the file name without extension, e.g. `yunying-jingli`. */
export const entryId = z
  .string({ error: '应填写另一条目的编号(文件名,不含扩展名)' })
  .trim()
  .min(1, '引用不能为空')
  .regex(/^[a-z0-9][a-z0-9-/]*$/, '引用应为条目的文件名(小写字母、数字和连字符),例如 yunying-jingli');

/**
 * Target of a reference: a collection name, or `self` for "an entry of the
 * same kind" (e.g. `supersedes`). A plain union here so the schema modules do
 * not depend on the collection registry (which depends on them).
 */
export type RefTarget = 'departments' | 'roles' | 'procedures' | 'policies' | 'reports' | 'self';

/** Metadata the handbook attaches to schema nodes (zod's global registry). */
export interface HandbookMeta {
  /** Collection a reference field points at. */
  ref?: RefTarget;
  /** Chinese hint shown under the field in the editor. */
  description?: string;
  /** Editor widget the node needs when its zod type alone does not say. */
  format?: 'date' | 'time';
}

/**
 * The id of an entry in `target`, e.g. `ref('roles')` for a role id.
 * Validates exactly like `entryId`; the target is recorded as metadata, so
 * reference checks and editor relation widgets are derived from the schema.
 */
export function ref(target: RefTarget, description?: string) {
  return entryId.meta({ ref: target, ...(description ? { description } : {}) });
}

/** Attaches a Chinese editor hint to a schema node (zod's `description`). */
export function hint<T extends z.ZodType>(schema: T, description: string): T {
  return schema.meta({ description }) as T;
}

/**
 * An enum of Chinese terms that also accepts the Traditional spelling, so a
 * Hong Kong author may write 每週 where the canonical value is 每周.
 */
export function chineseEnum<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.preprocess(
    (value) => (typeof value === 'string' ? toSimplified(value.trim()) : value),
    z.enum(values, { error: `${what}只能是:${values.join(' / ')}` }),
  );
}

/** How often a duty or procedure recurs. */
export const CADENCES = ['每日', '每周', '每月', '每季', '每半年', '每年', '随时', '按计划'] as const;
export const cadence = chineseEnum(CADENCES, '频次');

/** Assessment cycle of a KPI or scheme. */
export const CYCLES = ['月度', '季度', '半年度', '年度'] as const;
export const cycle = chineseEnum(CYCLES, '考核周期');

/** Script of an entry; decides `<html lang>` of its page. */
export const LANGS = ['zh-CN', 'zh-HK', 'zh-TW'] as const;
export const lang = z.enum(LANGS, { error: `语言只能是:${LANGS.join(' / ')}` }).default('zh-CN');

/** Non-empty, trimmed text. */
export const text = (what: string) =>
  z.string({ error: `${what}应为文字` }).trim().min(1, `${what}不能为空`);

/** A list of non-empty strings; an absent list is an empty one. */
export const textList = (what: string) => z.array(text(what)).default([]);

/** Clock time HH:MM (24 h), e.g. 09:30. */
export const clockTime = z
  .string({ error: '时间应为文字,例如 09:30' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间应写成 24 小时制的 时:分,例如 09:30 或 18:00')
  .meta({ format: 'time', description: '24 小时制,例如 09:30' });

/** Who keeps an entry, when it last changed, and its script. Lifecycle fields are added in `lifecycle.ts`. */
export const entryCore = {
  owner: ref('roles', '负责维护本条目的岗位'),
  updated: hint(isoDate, '最近一次修改内容的日期'),
  lang: hint(lang, '繁体条目选 zh-HK 或 zh-TW'),
};

/** Weekdays as they are written in Chinese schedules. */
export const WEEKDAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'] as const;
export const weekday = chineseEnum(WEEKDAYS, '星期');

/**
 * Adds an issue when the given weights do not sum to 100.
 * Weights are either all given or all omitted.
 */
export function checkWeights(
  items: ReadonlyArray<{ name: string; weight?: number | undefined }>,
  ctx: z.RefinementCtx,
  path: (string | number)[],
  what: string,
): void {
  const weighted = items.filter((item) => item.weight !== undefined);
  if (weighted.length === 0) return;
  if (weighted.length !== items.length) {
    const missing = items.filter((item) => item.weight === undefined).map((item) => item.name);
    ctx.addIssue({ code: 'custom', path, message: `${what}要么都写权重,要么都不写;缺少权重的有:${missing.join('、')}` });
    return;
  }
  const sum = weighted.reduce((total, item) => total + item.weight!, 0);
  if (Math.abs(sum - 100) > 1e-9) {
    ctx.addIssue({ code: 'custom', path, message: `${what}的权重合计为 ${sum},应为 100` });
  }
}
