/**
 * The web editor's configuration (Sveltia CMS), generated from the
 * content-kind registry: one collection per kind, one editor field per schema
 * field, with the registry's Chinese labels and the schemas' hints. Served as
 * /admin/config.yml by src/pages/admin/config.yml.ts; never kept by hand.
 */
import { stringify } from 'yaml';
import { COMMON_FIELD_LABELS, fieldLabel, type KindDefinition, type KindRegistry } from '../collections/index.ts';
import { OPTION_LABELS } from '../collections/kind.ts';
import { objectFields, type FieldType, type SchemaField } from '../collections/schema-fields.ts';
import { siteSchema } from '../schemas/site.ts';
import type { CmsBackend } from './settings.ts';
import { fieldLabel as messageFieldLabel, SITE_FIELD_LABELS, SITE_SETTINGS } from '../content/field-labels.ts';

/** A Sveltia CMS field definition (see its JSON schema, `Field`). */
export type CmsField = Record<string, unknown> & { name: string; label: string; widget: string };

/** A Sveltia CMS configuration object (see its JSON schema, `CmsConfig`). */
export type CmsConfig = Record<string, unknown> & { backend: CmsBackend; collections: Array<Record<string, unknown>> };

export interface CmsConfigOptions {
  backend: CmsBackend;
  /** Name of the handbook, shown on the editor's sign-in page. */
  title: string;
  /** Public URL of the site, for the editor's “view site” links. */
  siteUrl?: string;
  /** Content folder relative to the repository root. */
  contentFolder?: string;
}

/** Allowed file names: the checker's id rule, without subfolders. */
const SLUG_PATTERN = ['^[a-z0-9][a-z0-9-]*$', '文件名只能用小写拼音、数字和连字符,例如 yunying-jingli'];

/** Markdown toolbar: headings, emphasis, lists, quotes and links, nothing that writes HTML or JSX. */
const BODY_BUTTONS = ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'];

/** Builds the editor field of one schema field; `path` is its dotted path for label look-up. */
function editorField(field: SchemaField, path: string, labelOf: (path: string) => string, registry: KindRegistry, self: string): CmsField {
  const base: Record<string, unknown> = { name: field.name, label: labelOf(path) };
  if (!field.required) base.required = false;
  // A schema default is not written into the file (the schema supplies it), but named in the hint.
  const implied = scalarDefault(field);
  const hints = [field.description, implied !== undefined ? `不填即为“${OPTION_LABELS[String(implied)] ?? implied}”` : undefined].filter(Boolean);
  if (hints.length) base.hint = hints.join(';');
  return { ...base, ...widgetOf(field.value, path, field, labelOf, registry, self) } as CmsField;
}

/** The schema's default of a field when it is a plain value (not a list or object). */
function scalarDefault(field: SchemaField): string | number | boolean | undefined {
  const value = field.defaultValue;
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : undefined;
}

function relation(target: string, registry: KindRegistry): Record<string, unknown> {
  const kind = registry[target];
  if (!kind) throw new Error(`cms config: reference to unknown collection “${target}”`);
  return {
    widget: 'relation',
    collection: target,
    value_field: '{{slug}}',
    display_fields: [kind.titleField],
    search_fields: [kind.titleField, '{{slug}}'],
    dropdown_threshold: 0,
  };
}

function options(values: string[]): Array<{ label: string; value: string }> | string[] {
  return values.some((value) => OPTION_LABELS[value]) ? values.map((value) => ({ label: OPTION_LABELS[value] ?? value, value })) : values;
}

function widgetOf(
  value: FieldType,
  path: string,
  field: SchemaField,
  labelOf: (path: string) => string,
  registry: KindRegistry,
  self: string,
): Record<string, unknown> {
  switch (value.type) {
    case 'string':
      return value.pattern ? { widget: 'string', pattern: [value.pattern.source, '格式不对,请看下方说明'] } : { widget: 'string' };
    case 'number':
      return {
        widget: 'number',
        value_type: value.integer ? 'int' : 'float',
        ...(value.min !== undefined ? { min: value.min } : {}),
        ...(value.max !== undefined ? { max: value.max } : {}),
      };
    case 'boolean':
      return { widget: 'boolean' };
    case 'date':
      return { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
    case 'time':
      return { widget: 'string', pattern: ['^([01]\\d|2[0-3]):[0-5]\\d$', '时间应写成 24 小时制的 时:分,例如 09:30'] };
    case 'enum':
      return { widget: 'select', options: options(value.options) };
    case 'ref':
      return relation(value.target === 'self' ? self : value.target, registry);
    case 'object': {
      const fields = value.fields.map((sub) => editorField(sub, `${path}.${sub.name}`, labelOf, registry, self));
      return { widget: 'object', collapsed: !field.required, fields };
    }
    case 'list': {
      const min = value.min > 0 ? { min: value.min } : {};
      const item = value.item;
      if (item.type === 'ref') return { ...relation(item.target === 'self' ? self : item.target, registry), multiple: true, ...min };
      if (item.type === 'enum') return { widget: 'select', multiple: true, options: options(item.options), ...min };
      if (item.type === 'object') {
        const fields = item.fields.map((sub) => editorField(sub, `${path}.${sub.name}`, labelOf, registry, self));
        const first = item.fields.find((sub) => sub.value.type === 'string' || sub.value.type === 'date');
        return {
          widget: 'list',
          collapsed: 'auto',
          ...(first ? { summary: `{{fields.${first.name}}}` } : {}),
          ...min,
          fields,
        };
      }
      const sub = { name: 'item', required: true, value: item } satisfies SchemaField;
      return { widget: 'list', ...min, field: { name: 'item', label: labelOf(path), ...widgetOf(item, path, sub, labelOf, registry, self) } };
    }
  }
}

/** Label look-up for a kind's fields, with a clear error when one is missing. */
function labeller(kind: KindDefinition, name: string): (path: string) => string {
  return (path) => {
    const label = fieldLabel(kind, path);
    if (!label) throw new Error(`cms config: ${name}.${path} has no Chinese label (add it to src/lib/collections/${name}.ts)`);
    return label;
  };
}

/** The editor fields of one kind, in schema order, followed by the body. */
export function kindFields(name: string, registry: KindRegistry): CmsField[] {
  const kind = registry[name]!;
  const labelOf = labeller(kind, name);
  // The editor writes fields in this order: keep it the order files are written in.
  const order = kind.fieldOrder ?? [];
  const rank = (field: SchemaField) => (order.includes(field.name) ? order.indexOf(field.name) : order.length);
  const fields = objectFields(kind.schema)
    .map((field, index) => ({ field, index }))
    .sort((a, b) => rank(a.field) - rank(b.field) || a.index - b.index)
    .map(({ field }) => editorField(field, field.name, labelOf, registry, name));
  const body: CmsField = {
    name: 'body',
    label: COMMON_FIELD_LABELS.body!,
    widget: 'markdown',
    required: false,
    // Raw Markdown first: bodies may hold the handbook's own placeholders (<Fill />, {/* 提示 */}), which
    // a rich-text round trip would escape. No embedded components (images, code blocks, custom JSX).
    modes: kind.rawBody ? ['raw'] : ['raw', 'rich_text'],
    buttons: BODY_BUTTONS,
    editor_components: [],
    sanitize_preview: true,
    use_emoji_autocomplete: false,
    hint: '用 ## 写小标题;不要写 HTML、import/export 或 {…}:保存后请运行 npm run check',
  };
  return [...fields, body];
}

/** The editor collection of one kind. */
function collection(name: string, registry: KindRegistry, contentFolder: string): Record<string, unknown> {
  const kind = registry[name]!;
  const fields = kindFields(name, registry);
  const hasStatus = fields.some((field) => field.name === 'status');
  return {
    name,
    label: kind.labels.list,
    label_singular: kind.labels.singular,
    description: kind.description,
    folder: `${contentFolder}/${name}`,
    ...(kind.byYear ? { path: '{{year}}/{{slug}}' } : {}),
    extension: 'mdx',
    format: 'yaml-frontmatter',
    identifier_field: kind.titleField,
    summary: `{{${kind.titleField}}}`,
    slug: {
      template: '{{slug}}',
      editable: ['create'],
      hint: '文件名即条目编号和网址,保存后不能再改',
      pattern: SLUG_PATTERN,
    },
    sortable_fields: { fields: [...new Set([kind.sortField, kind.titleField, 'updated'])], default: { field: kind.sortField, direction: 'ascending' } },
    ...(hasStatus ? { view_filters: [{ label: '草稿', field: 'status', pattern: '^draft$' }] } : {}),
    fields,
  };
}

/** The editor's settings file for `content/site.yaml`. */
function siteSettings(contentFolder: string): Record<string, unknown> {
  const none: KindRegistry = {};
  const fields = objectFields(siteSchema).map((field) => editorField(field, field.name, (path) => SITE_FIELD_LABELS[path] ?? messageFieldLabel(path.split('.'), SITE_SETTINGS), none, 'site'));
  return { name: 'site', label: '网站设置', file: `${contentFolder}/site.yaml`, format: 'yaml', fields };
}

/** The complete editor configuration for a registry of kinds. */
export function cmsConfig(registry: KindRegistry, options: CmsConfigOptions): CmsConfig {
  const contentFolder = options.contentFolder ?? 'content';
  return {
    backend: options.backend,
    app_title: `${options.title} · 在线编辑`,
    ...(options.siteUrl ? { site_url: options.siteUrl, display_url: options.siteUrl } : {}),
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    slug: { encoding: 'ascii', clean_accents: true, lowercase: true },
    output: { omit_empty_optional_fields: true, yaml: { quote: 'none' } },
    editor: { preview: false },
    collections: Object.keys(registry).map((name) => collection(name, registry, contentFolder)),
    singletons: [siteSettings(contentFolder)],
  };
}

/** The configuration as the YAML file Sveltia CMS loads from /admin/config.yml. */
export function cmsConfigYaml(config: CmsConfig): string {
  return `# Generated from src/lib/collections/ at build time (src/lib/cms/config.ts). Do not edit.\n${stringify(config, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}

/**
 * Editor address of an entry, relative to the site root:
 * admin/#/collections/roles/entries/yunying-jingli. Reports keep their year folder
 * (entries/2026/…), as the editor names entries by their path below the collection folder.
 */
export function cmsEntryPath(collectionName: string, id: string): string {
  return `admin/#/collections/${collectionName}/entries/${id}`;
}
