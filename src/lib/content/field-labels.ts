/**
 * Chinese names of fields in messages (checker, importer, report import).
 * Entry fields are named by the content-kind registry — the same words the
 * editor and the pages use — so a message says 维护岗位 where the page does.
 * `content/site.yaml` belongs to no kind; its fields are named here.
 */
import { COMMON_FIELD_LABELS, KINDS } from '../collections/index.ts';

/** Fields of `content/site.yaml`, by dotted path without list indexes. */
export const SITE_FIELD_LABELS: Record<string, string> = {
  title: '手册名称',
  company: '公司名称',
  description: '简介',
  version: '手册版本',
  effective: '生效日期',
  url: '网站地址',
  quickLinks: '首页快捷入口',
  'quickLinks.label': '名称',
  'quickLinks.path': '条目路径',
  allowCode: '允许代码',
  allowedHosts: '允许的外部网站',
};

/** The collection name used for `content/site.yaml` in messages. */
export const SITE_SETTINGS = 'site';

type Labels = Record<string, string>;

const kindLabels = (collection: string): Labels | undefined =>
  collection in KINDS ? { ...COMMON_FIELD_LABELS, ...KINDS[collection as keyof typeof KINDS].fieldLabels } : undefined;

/** Every label by dotted path, then by its last part (first declared wins): for paths a message cannot tie to a kind. */
const ANY_KIND: Labels = Object.assign({}, ...[...Object.keys(KINDS)].reverse().map(kindLabels), COMMON_FIELD_LABELS);
const BY_LAST_PART: Labels = {};
for (const labels of [COMMON_FIELD_LABELS, ...Object.keys(KINDS).map((name) => KINDS[name as keyof typeof KINDS].fieldLabels), SITE_FIELD_LABELS]) {
  for (const [path, label] of Object.entries(labels)) BY_LAST_PART[path.slice(path.lastIndexOf('.') + 1)] ??= label;
}

/** `kpis.2.weight` → `kpis.weight`: the registry names fields without list indexes. */
function dottedPath(path: readonly PropertyKey[]): string {
  return path.filter((part) => typeof part === 'string' && !/^\d+$/.test(part)).join('.');
}

/**
 * The Chinese name of a field (`['kpis', 2, 'weight']` → 权重). With the
 * collection (`roles`, or `site` for site.yaml) the kind's own label wins;
 * a path no kind names falls back to its last part, then to the key itself.
 */
export function fieldLabel(path: readonly PropertyKey[], collection?: string): string {
  const dotted = dottedPath(path);
  if (!dotted) return '';
  const own = collection === SITE_SETTINGS ? SITE_FIELD_LABELS : collection ? kindLabels(collection) : undefined;
  const last = dotted.slice(dotted.lastIndexOf('.') + 1);
  return own?.[dotted] ?? ANY_KIND[dotted] ?? (own?.[last] ?? BY_LAST_PART[last]) ?? last;
}
