/**
 * The four kinds of report the scaffolder writes, with their command-line
 * flag values, Chinese names (the `kind` values of the `reports` schema) and
 * the template file each one uses.
 */

export const KIND_FLAGS = ['plan', 'summary', 'combined', 'review'] as const;
export type KindFlag = (typeof KIND_FLAGS)[number];

export interface ReportKindInfo {
  flag: KindFlag;
  /** The `kind` value written to the report, as in the `reports` schema. */
  name: '工作计划' | '工作总结' | '总结与计划' | '述职报告';
  /** Suffix of generated ids: yunying-jingli-2026-12-jihua. */
  slug: string;
  /** Template file name without extension, under `templates/`. */
  template: string;
  /** True when the report looks back on a period (its default period is the one just ending). */
  looksBack: boolean;
  /** One line for pickers. */
  description: string;
}

export const REPORT_KIND_INFO: Record<KindFlag, ReportKindInfo> = {
  plan: {
    flag: 'plan', name: '工作计划', slug: 'jihua', template: 'plan', looksBack: false,
    description: '期初:目标、任务、措施',
  },
  summary: {
    flag: 'summary', name: '工作总结', slug: 'zongjie', template: 'summary', looksBack: true,
    description: '期末:成绩、问题、经验、打算',
  },
  combined: {
    flag: 'combined', name: '总结与计划', slug: 'zongjie-jihua', template: 'combined', looksBack: true,
    description: '周报/月报:一、工作总结 二、下阶段工作计划 三、其他事项',
  },
  review: {
    flag: 'review', name: '述职报告', slug: 'shuzhi', template: 'review', looksBack: true,
    description: '履职情况、业绩、不足、打算',
  },
};

/** Other spellings people type for each kind (Traditional script, short forms). */
const KIND_ALIASES: Record<string, KindFlag> = {
  计划: 'plan', 計劃: 'plan', 工作計劃: 'plan', 工作計画: 'plan',
  总结: 'summary', 總結: 'summary', 工作總結: 'summary',
  '总结与计划': 'combined', '總結與計劃': 'combined', 周报: 'combined', 週報: 'combined', 月报: 'combined', 月報: 'combined',
  述职: 'review', 述職: 'review', 述職報告: 'review',
};

/** Error for a kind nobody can read; the message lists the accepted values. */
export class KindError extends Error {
  override name = 'KindError';
}

/** Reads a kind from its flag value (plan …) or Chinese name (工作计划 …). */
export function parseKind(text: string): ReportKindInfo {
  const value = text.normalize('NFKC').trim();
  const byFlag = REPORT_KIND_INFO[value.toLowerCase() as KindFlag];
  if (byFlag) return byFlag;
  const byName = Object.values(REPORT_KIND_INFO).find((info) => info.name === value);
  if (byName) return byName;
  const alias = KIND_ALIASES[value];
  if (alias) return REPORT_KIND_INFO[alias];
  const accepted = Object.values(REPORT_KIND_INFO).map((info) => `${info.flag}(${info.name})`).join('、');
  throw new KindError(`不认识的报告类型“${text}”。可选:${accepted}`);
}

/** The kind whose Chinese name is `name` (工作计划 …), in either script. */
export function kindByName(name: string): ReportKindInfo | undefined {
  try {
    return parseKind(name);
  } catch {
    return undefined;
  }
}
