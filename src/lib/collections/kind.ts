/**
 * What the handbook knows about one kind of entry (部门, 岗位 …): its schema,
 * its Chinese vocabulary, where its files live and how it is listed. Each kind
 * is declared once in `src/lib/collections/<kind>.ts`; navigation labels, the
 * reference checks and the web editor's configuration are derived from it.
 */
import type { z } from 'astro/zod';

/** Chinese names of a kind, one vocabulary for pages, checker and editor. */
export interface KindLabels {
  /** Name of one entry: 岗位. */
  singular: string;
  /** Heading of a list of entries: 岗位, 计划与总结. */
  list: string;
  /** Counter word: 个 (全部 12 个岗位), 项, 份. */
  unit: string;
}

/** Declaration of one kind of entry. */
export interface KindDefinition {
  /** Its zod schema (from `src/lib/schemas`). */
  schema: z.ZodType;
  labels: KindLabels;
  /** One-line Chinese description, shown in the editor's collection list. */
  description: string;
  /** Field holding the entry's display name (title or name). */
  titleField: string;
  /** Field holding a one-line description, if any (page description, editor summary). */
  summaryField?: string;
  /**
   * Labels of the fields this kind adds, by dotted path without list indexes
   * (`responsibilities.cadence`). Fields every entry shares are labelled in
   * `COMMON_FIELD_LABELS`.
   */
  fieldLabels: Record<string, string>;
  /** Files live in `content/<name>/<year>/` rather than `content/<name>/`. */
  byYear?: boolean;
  /** Listed on department pages, in the sidebar and in paginated lists. */
  listed: boolean;
  /** Field the editor's entry list sorts by first. */
  sortField: string;
  /**
   * Entry page behaviour: what the breadcrumbs lead back to (the parent
   * department, the entry's department, or the kind's list page) and what the
   * sidebar marks as current (the entry itself, or the kind's list).
   */
  page: { crumbs: 'parent' | 'department' | 'list'; sidebar: 'entry' | 'list' };
  /**
   * Top-level fields in the order the editor shows and writes them, when the
   * schema's order differs from the way files are written (title first, owner
   * and dates last); unlisted fields follow in schema order.
   */
  fieldOrder?: readonly string[];
  /** The editor offers only raw Markdown for the body (bodies hold placeholders such as `<Fill />`). */
  rawBody?: boolean;
}

/** Identity function that keeps a kind's literal types (e.g. `listed: true`). */
export function defineKind<const K extends KindDefinition>(kind: K): K {
  return kind;
}

/** Labels of the fields every entry carries (`entryCore` and lifecycle fields). */
export const COMMON_FIELD_LABELS: Record<string, string> = {
  // Every kind names its own title and summary (岗位名称, 制度名称); these are the words when no kind is known.
  title: '标题',
  summary: '概述',
  owner: '维护岗位',
  updated: '更新日期',
  lang: '文字',
  version: '版本',
  effective: '生效日期',
  reviewBy: '复查日期',
  status: '状态',
  supersedes: '替代的旧条目',
  changes: '修订记录',
  'changes.date': '日期',
  'changes.version': '版本',
  'changes.summary': '变更说明',
  source: '导入来源',
  'source.file': '来源文件',
  'source.lines': '行号范围',
  'source.fingerprint': '文本指纹',
  'source.flags': '待核对事项',
  body: '正文',
};

/** Chinese names of enum values that are stored in English (statuses, period units): the one vocabulary of editor, pages and lists. */
export const OPTION_LABELS: Record<string, string> = {
  draft: '草稿',
  active: '现行有效',
  superseded: '已废止',
  archived: '已归档',
  submitted: '已提交',
  approved: '已审批',
  week: '周',
  month: '月度',
  quarter: '季度',
  half: '半年',
  year: '年度',
};
