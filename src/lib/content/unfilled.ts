/**
 * Published entries must not hold 待填写 (“to be filled in”): the importer
 * writes it for required values it could not find, and report drafts mark
 * gaps with `<Fill />`. A draft may hold them; once an entry is published
 * (any status but draft) each one is an error, in `npm run check` and in the
 * build alike. `<Fill />` tags in reports are reported by the report checks.
 */
import { FILL_WORD } from '../reports/placeholders.ts';
import type { BodyIssue } from './code-policy.ts';
import { walkTree, type BodyTree } from './mdx-body.ts';

/** Field paths of frontmatter strings that contain 待填写. */
export function unfilledFields(data: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof data === 'string') return data.includes(FILL_WORD) ? [path] : [];
  if (Array.isArray(data)) return data.flatMap((item, i) => unfilledFields(item, [...path, i]));
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => unfilledFields(value, [...path, key]));
  }
  return [];
}

/** Message for a field that still says 待填写. */
export const UNFILLED_FIELD_MESSAGE = `还是“${FILL_WORD}”:条目已发布(状态不是 draft),请填上实际内容;还没写好就把 status 改回 draft`;

/** Message for a line of body text that still says 待填写. */
const UNFILLED_BODY_MESSAGE = `正文这里${UNFILLED_FIELD_MESSAGE}`;

/** Lines of body text (not comments or code) that say 待填写. */
export function unfilledBodyLines(tree: BodyTree): BodyIssue[] {
  const issues: BodyIssue[] = [];
  const lines = new Set<number>();
  walkTree(tree, (node) => {
    if (node.type !== 'text' || !String(node.value).includes(FILL_WORD)) return;
    const line = node.position?.start?.line ?? 1;
    if (lines.has(line)) return;
    lines.add(line);
    issues.push({ line, message: UNFILLED_BODY_MESSAGE });
  });
  return issues;
}
