/**
 * The web editor's configuration is generated from the content-kind registry:
 * it validates against the JSON schema Sveltia CMS ships, every schema field
 * has an editor field (walked independently of the generator), references
 * become relation widgets that show names, enums become selects and dates
 * date pickers that write YYYY-MM-DD.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../../src/lib/collections/index.ts';
import { cmsConfig, cmsConfigYaml, cmsEntryPath, kindFields, type CmsField } from '../../../src/lib/cms/config.ts';
import { cmsPackageDir } from '../../../src/lib/cms/assets.ts';
import { cmsSettings } from '../../../src/lib/cms/settings.ts';
import { siteSchema } from '../../../src/lib/schemas/site.ts';

const backend = { name: 'gitea' as const, repo: 'hr/handbook' };
const config = cmsConfig(KINDS, { backend, title: '运营管理手册' });

/** Sveltia CMS's own JSON schema of its configuration (node_modules/@sveltia/cms/schema/sveltia-cms.json). */
function sveltiaValidator() {
  const schema = JSON.parse(readFileSync(join(cmsPackageDir(), 'schema/sveltia-cms.json'), 'utf8'));
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat('regex', { validate: (value: string) => { try { new RegExp(value); return true; } catch { return false; } } });
  ajv.addFormat('uri', { validate: (value: string) => URL.canParse(value) });
  return ajv.compile(schema);
}

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType> };
const def = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Every key of an object schema, recursively through lists and wrappers: `steps.actors`, … (the test's own walk). */
function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  const d = def(schema);
  if (d.type === 'optional' || d.type === 'default' || d.type === 'nullable') return schemaPaths(d.innerType!, prefix);
  if (d.type === 'pipe') return [...new Set([...schemaPaths(d.in!, prefix), ...schemaPaths(d.out!, prefix)])];
  if (d.type === 'array') return schemaPaths(d.element!, prefix);
  if (d.type !== 'object') return [];
  return Object.entries(d.shape!).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...schemaPaths(value, path)];
  });
}

/** Every field path of the generated editor fields. */
function editorPaths(fields: CmsField[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    const sub = (field.fields as CmsField[] | undefined) ?? [];
    return [path, ...editorPaths(sub, path)];
  });
}

const find = (fields: CmsField[], path: string): CmsField => {
  const [head, ...rest] = path.split('.');
  const field = fields.find((f) => f.name === head);
  if (!field) throw new Error(`no editor field ${path}`);
  return rest.length ? find(field.fields as CmsField[], rest.join('.')) : field;
};

describe('generated CMS configuration', () => {
  it('validates against the JSON schema shipped with @sveltia/cms', () => {
    const validate = sveltiaValidator();
    const valid = validate(parse(cmsConfigYaml(config)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the validator is real: a misspelt option or a wrongly typed value is refused', () => {
    const validate = sveltiaValidator();
    const misspelt = structuredClone(config);
    (misspelt.collections[0]!.fields as CmsField[])[0]!.widgit = 'string';
    expect(validate(misspelt)).toBe(false);
    const wrongType = structuredClone(config);
    find(wrongType.collections[1]!.fields as CmsField[], 'department').value_field = 3;
    expect(validate(wrongType)).toBe(false);
    // Unknown widget names are allowed by the schema (custom widgets), so the test above is what guards typos.
  });

  it('has an editor field for every field of every schema, and nothing else', () => {
    for (const name of Object.keys(KINDS) as (keyof typeof KINDS)[]) {
      const fields = kindFields(name, KINDS);
      expect(editorPaths(fields).sort(), name).toEqual([...schemaPaths(KINDS[name].schema), 'body'].sort());
    }
    const site = (config.singletons as Array<{ fields: CmsField[] }>)[0]!;
    expect(editorPaths(site.fields).sort()).toEqual(schemaPaths(siteSchema).sort());
  });

  it('labels every field in Chinese and passes schema hints on', () => {
    const fields = kindFields('roles', KINDS);
    for (const path of editorPaths(fields)) expect(find(fields, path).label, path).toMatch(/[\u4e00-\u9fff]|KPI/);
    expect(find(fields, 'reportsTo')).toMatchObject({ label: '直接上级', hint: '直接上级岗位', required: false });
    expect(find(fields, 'owner').hint).toBe('负责维护本条目的岗位');
  });

  it('turns references into relation widgets that show names, not ids', () => {
    const roles = kindFields('roles', KINDS);
    expect(find(roles, 'department')).toMatchObject({ widget: 'relation', collection: 'departments', value_field: '{{slug}}', display_fields: ['name'] });
    expect(find(roles, 'reportsTo')).toMatchObject({ widget: 'relation', collection: 'roles', display_fields: ['title'] });
    const procedures = kindFields('procedures', KINDS);
    expect(find(procedures, 'steps.actors')).toMatchObject({ widget: 'relation', collection: 'roles', multiple: true, min: 1 });
    expect(find(procedures, 'relatedPolicies')).toMatchObject({ widget: 'relation', collection: 'policies', multiple: true });
    expect(find(procedures, 'escalation.to')).toMatchObject({ widget: 'relation', collection: 'roles' });
    // supersedes points at an entry of the same kind.
    expect(find(kindFields('policies', KINDS), 'supersedes')).toMatchObject({ widget: 'relation', collection: 'policies' });
  });

  it('offers selects for enums, date pickers that write YYYY-MM-DD and lists of objects', () => {
    const roles = kindFields('roles', KINDS);
    expect(find(roles, 'level')).toMatchObject({ widget: 'select', options: ['高管', '总监', '经理', '主管', '专员', '助理', '员工'] });
    expect(find(roles, 'responsibilities')).toMatchObject({ widget: 'list', min: 1, summary: '{{fields.text}}' });
    expect(find(roles, 'responsibilities.cadence').options).toContain('每周');
    const policies = kindFields('policies', KINDS);
    expect(find(policies, 'effective')).toMatchObject({ widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' });
    expect(find(policies, 'docType').options).toEqual(['制度', '办法', '规定', '方案', '细则']);
    expect(find(policies, 'status')).toMatchObject({
      widget: 'select',
      options: expect.arrayContaining([{ label: '草稿', value: 'draft' }, { label: '现行有效', value: 'active' }]),
    });
    expect(find(kindFields('procedures', KINDS), 'schedule.weekdays')).toMatchObject({ widget: 'select', multiple: true });
    expect((find(kindFields('procedures', KINDS), 'steps.time').pattern as string[])[0]).toBe('^([01]\\d|2[0-3]):[0-5]\\d$');
  });

  it('writes MDX files under content/, reports by year, bodies as Markdown without components', () => {
    const byName = Object.fromEntries(config.collections.map((c) => [c.name, c]));
    expect(byName.roles).toMatchObject({ folder: 'content/roles', extension: 'mdx', format: 'yaml-frontmatter', label: '岗位' });
    expect(byName.reports).toMatchObject({ folder: 'content/reports', path: '{{year}}/{{slug}}', label: '计划与总结', label_singular: '报告' });
    const body = find(kindFields('roles', KINDS), 'body');
    expect(body).toMatchObject({ widget: 'markdown', editor_components: [], sanitize_preview: true });
    expect(find(kindFields('reports', KINDS), 'body').modes).toEqual(['raw']);
    expect(config.output).toMatchObject({ omit_empty_optional_fields: true });
  });

  it('orders fields the way files are written: title first, owner and dates last', () => {
    expect(kindFields('policies', KINDS).map((f) => f.name).slice(0, 8)).toEqual(['title', 'docType', 'department', 'issuer', 'purpose', 'basis', 'scope', 'effective']);
    expect(kindFields('roles', KINDS).map((f) => f.name).slice(0, 3)).toEqual(['title', 'code', 'department']);
    expect(kindFields('reports', KINDS).map((f) => f.name).at(-2)).toBe('source');
  });

  it('links entries to their editor page', () => {
    expect(cmsEntryPath('roles', 'jingli')).toBe('admin/#/collections/roles/entries/jingli');
    // The editor names a report by its path below content/reports/ (checked in the browser test).
    expect(cmsEntryPath('reports', '2026/jingli-2026-11-plan')).toBe('admin/#/collections/reports/entries/2026/jingli-2026-11-plan');
  });
});

describe('editor backend settings', () => {
  it('defaults to a repository name for local editing and reads a self-hosted Gitea from the environment', () => {
    expect(cmsSettings({})).toEqual({ enabled: true, backend: { name: 'gitea', repo: 'company/ops-handbook' } });
    expect(
      cmsSettings({
        HANDBOOK_CMS_BACKEND: 'gitea',
        HANDBOOK_CMS_REPO: 'hr/handbook',
        HANDBOOK_CMS_BRANCH: 'main',
        HANDBOOK_CMS_API_ROOT: 'https://git.example.com/api/v1',
        HANDBOOK_CMS_BASE_URL: 'https://git.example.com',
        HANDBOOK_CMS_APP_ID: 'abc',
      }).backend,
    ).toEqual({ name: 'gitea', repo: 'hr/handbook', branch: 'main', api_root: 'https://git.example.com/api/v1', base_url: 'https://git.example.com', app_id: 'abc' });
    expect(cmsSettings({ HANDBOOK_CMS_BACKEND: 'gitlab', HANDBOOK_CMS_APP_ID: 'x' }).backend.auth_type).toBe('pkce');
    expect(cmsSettings({ HANDBOOK_CMS: 'off' }).enabled).toBe(false);
    expect(() => cmsSettings({ HANDBOOK_CMS_BACKEND: 'gitee' })).toThrow(/gitee/);
  });
});
