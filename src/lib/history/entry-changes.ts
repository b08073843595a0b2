/**
 * What changed between two versions of an entry file, in readers' terms:
 * fields by their Chinese labels with before → after values, lists counted
 * by items, text compared word by word (Chinese word segmentation), and the
 * body compared paragraph by paragraph. Readers never see YAML or commit
 * messages; `describeChanges` turns the result into change-log lines such as
 * "修改了 生效日期:2026年1月1日 → 2026年3月1日" or "岗位职责增加 1 条".
 */
import { diffArrays, diffWords } from 'diff';
import { OPTION_LABELS } from '../collections/kind.ts';
import { fieldLabel } from '../content/field-labels.ts';
import { readFrontmatter } from '../content/frontmatter.ts';
import { formatChineseDate } from '../handbook/dates.ts';
import type { CollectionName } from '../schemas/index.ts';

/** A run of text in a word-level comparison. */
export interface WordPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** One changed field (or list item, or body paragraph). */
export type FieldChange =
  /** A value set for the first time, removed, or changed; `words` compares two long texts word by word. */
  | { kind: 'added' | 'removed' | 'changed'; path: string; label: string; before?: string; after?: string; words?: WordPart[] }
  /** A list whose items were added, removed or changed; `items` shows each. */
  | { kind: 'list'; path: string; label: string; added: number; removed: number; changed: number; items: FieldChange[] }
  /** The body text: `items` are the changed paragraphs. */
  | { kind: 'body'; path: 'body'; label: string; items: FieldChange[] };

// Bookkeeping fields: they change with every edit (updated) or are shown elsewhere (the change log itself).
const SKIPPED = new Set(['updated', 'changes', 'source']);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Values up to this length are quoted in a one-line description and shown whole (before → after) in the comparison; longer ones are compared word by word. */
const SHORT = 16;

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Word-level comparison of two texts (Chinese is segmented into words, not characters or whole runs). */
export function wordDiff(before: string, after: string): WordPart[] {
  return diffWords(before, after, { intlSegmenter: segmenter }).map((part) => ({
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value,
  }));
}

/** A stored value as readers write it: dates in Chinese, status and period codes by their Chinese names. */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return DATE.test(value) ? formatChineseDate(value) : (OPTION_LABELS[value] ?? value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value === true ? '是' : value === false ? '否' : value);
  if (value instanceof Date) return formatChineseDate(value.toISOString().slice(0, 10));
  if (Array.isArray(value)) return value.map(displayValue).filter(Boolean).join('、');
  return Object.values(value as Record<string, unknown>).map(displayValue).filter(Boolean).join(' · ');
}

function labelOf(collection: CollectionName | undefined, path: string): string {
  return fieldLabel(path.split('.'), collection);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

function valueChange(path: string, label: string, before: unknown, after: unknown): FieldChange {
  const [b, a] = [displayValue(before), displayValue(after)];
  if (before === undefined || b === '') return { kind: 'added', path, label, after: a };
  if (after === undefined || a === '') return { kind: 'removed', path, label, before: b };
  return { kind: 'changed', path, label, before: b, after: a, ...(b.length > SHORT || a.length > SHORT ? { words: wordDiff(b, a) } : {}) };
}

function listChange(path: string, label: string, before: unknown[], after: unknown[]): FieldChange {
  const items: FieldChange[] = [];
  const parts = diffArrays(before, after, { comparator: same });
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    if (part.removed && next?.added) {
      // Removed items followed by added ones at the same place are edits, paired in order.
      const paired = Math.min(part.value.length, next.value.length);
      for (let j = 0; j < paired; j++) items.push(valueChange(path, label, part.value[j], next.value[j]));
      for (const value of part.value.slice(paired)) items.push(valueChange(path, label, value, undefined));
      for (const value of next.value.slice(paired)) items.push(valueChange(path, label, undefined, value));
      i++;
    } else if (part.removed || part.added) {
      for (const value of part.value) items.push(valueChange(path, label, part.removed ? value : undefined, part.added ? value : undefined));
    }
  }
  const count = (kind: string) => items.filter((item) => item.kind === kind).length;
  return { kind: 'list', path, label, added: count('added'), removed: count('removed'), changed: count('changed'), items };
}

function compareFields(collection: CollectionName | undefined, before: Record<string, unknown>, after: Record<string, unknown>, prefix = ''): FieldChange[] {
  const changes: FieldChange[] = [];
  const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  for (const key of keys) {
    if (!prefix && SKIPPED.has(key)) continue;
    const [b, a] = [before[key], after[key]];
    if (same(b, a)) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const label = labelOf(collection, path);
    if (isObject(b) && isObject(a)) changes.push(...compareFields(collection, b, a, path));
    else if (Array.isArray(b) || Array.isArray(a)) changes.push(listChange(path, label, Array.isArray(b) ? b : [], Array.isArray(a) ? a : []));
    else changes.push(valueChange(path, label, b, a));
  }
  return changes;
}

/** Paragraphs of a Markdown body as plain text: headings, emphasis and list markers dropped. */
function paragraphs(body: string): string[] {
  return body
    .split(/\n\s*\n|\n(?=\s*(?:[-*+]|\d+\.)\s)/)
    .map((p) => p.replace(/^#{1,6}\s+/gm, '').replace(/\*\*|__|`/g, '').replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '').replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
}

/**
 * Changes between two versions of an entry file (MDX with YAML frontmatter),
 * in the order the fields appear. `before` is '' for a file that did not exist.
 */
export function entryChanges(collection: CollectionName | undefined, before: string, after: string): FieldChange[] {
  const [old, now] = [readFrontmatter(before), readFrontmatter(after)];
  const data = (fm: typeof old) => (isObject(fm?.data) ? fm.data : {});
  const changes = compareFields(collection, data(old), data(now));
  const body = listChange('body', labelOf(collection, 'body'), paragraphs(old?.body ?? ''), paragraphs(now?.body ?? ''));
  if (body.kind === 'list' && body.items.length > 0) changes.push({ kind: 'body', path: 'body', label: body.label, items: body.items });
  return changes;
}

const quoted = (value: string | undefined) => (value && value.length <= SHORT ? value : undefined);

/** One Chinese change-log line per changed field: what a reader wants to know, without YAML. */
export function describeChanges(changes: readonly FieldChange[]): string[] {
  return changes.map((change) => {
    switch (change.kind) {
      case 'added':
        return quoted(change.after) ? `新增 ${change.label}:${change.after}` : `新增 ${change.label}`;
      case 'removed':
        return `删除了 ${change.label}`;
      case 'changed':
        return quoted(change.before) && quoted(change.after) ? `修改了 ${change.label}:${change.before} → ${change.after}` : `修改了 ${change.label}`;
      case 'list': {
        const counts = [
          change.added && `增加 ${change.added} 条`,
          change.removed && `删除 ${change.removed} 条`,
          change.changed && `修改 ${change.changed} 条`,
        ].filter(Boolean);
        return `${change.label}${counts.join('、')}`;
      }
      case 'body': {
        const count = (kind: string) => change.items.filter((item) => item.kind === kind).length;
        const counts = [
          count('changed') && `修改 ${count('changed')} 处`,
          count('added') && `增加 ${count('added')} 段`,
          count('removed') && `删除 ${count('removed')} 段`,
        ].filter(Boolean);
        return `${change.label}${counts.join('、')}`;
      }
    }
  });
}
