import { COMMON_FIELD_LABELS } from '../../../src/lib/collections/index.ts';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { explainIssue } from '../../../src/lib/content/zod-issues.ts';
import { roleSchema } from '../../../src/lib/schemas/roles.ts';
import { siteSchema } from '../../../src/lib/schemas/site.ts';

const issuesOf = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) throw new Error('expected issues');
  return result.error.issues;
};

const ENGLISH = /Invalid|expected|received|Too (small|big)|must|should/i;
const CJK = /[\u4e00-\u9fff]/;

describe('explainIssue', () => {
  it('names each missing required field with its Chinese label, one message per field', () => {
    const messages = issuesOf(roleSchema, { level: '经理', owner: 'x', updated: '2026-01-01', responsibilities: [{ text: 'a', cadence: '每日' }] })
      .map((issue) => explainIssue(issue, 'roles'));
    expect(messages).toEqual(expect.arrayContaining(['缺少这个必填项:岗位名称', '缺少这个必填项:所属部门', '缺少这个必填项:岗位概述']));
  });

  it('names fields in the words of the kind, as the editor and pages do', () => {
    const issues = issuesOf(roleSchema, { title: 'x', department: 'd', level: '经理', summary: 's', responsibilities: [{ text: 'a', cadence: '每日' }], updated: '2026-01-01' });
    const owner = issues.find((issue) => issue.path[0] === 'owner')!;
    expect(explainIssue(owner, 'roles')).toBe(`缺少这个必填项:${COMMON_FIELD_LABELS.owner}`);
    expect(explainIssue(owner, 'roles')).toBe('缺少这个必填项:维护岗位');
  });

  it('keeps the hand-written Chinese messages of the schemas', () => {
    const [issue] = issuesOf(roleSchema, { title: 'x', department: 'd', level: '老板', summary: 's', responsibilities: [{ text: 'a', cadence: '每日' }], owner: 'o', updated: '2026-01-01' });
    expect(explainIssue(issue!)).toContain('岗位级别只能是');
  });

  it.each([
    ['invalid_type', z.object({ n: z.number() }), { n: 'x' }],
    ['too_small (string)', z.object({ label: z.string().min(1) }), { label: '' }],
    ['too_small (number)', z.object({ n: z.number().min(3) }), { n: 1 }],
    ['too_big', z.object({ n: z.number().max(3) }), { n: 9 }],
    ['too_big (array)', z.object({ items: z.array(z.string()).max(1) }), { items: ['a', 'b'] }],
    ['invalid_format', z.object({ code: z.string().regex(/^a/) }), { code: 'b' }],
    ['invalid_format (email)', z.object({ code: z.email() }), { code: 'b' }],
    ['not_multiple_of', z.object({ n: z.number().multipleOf(5) }), { n: 3 }],
    ['unrecognized_keys', z.strictObject({ a: z.string() }), { a: 'x', b: 1 }],
    ['invalid_union', z.object({ v: z.union([z.string(), z.number()]) }), { v: true }],
    ['invalid_value', z.object({ unit: z.enum(['week', 'month']) }), { unit: 'day' }],
    ['invalid_key', z.object({ m: z.record(z.string().regex(/^a/), z.string()) }), { m: { b: 'x' } }],
    ['invalid_element', z.object({ s: z.set(z.number()) }), { s: new Set(['x']) }],
    ['custom', z.object({ v: z.string().refine(() => false) }), { v: 'x' }],
  ])('explains %s in Chinese, without zod’s English', (_code, schema, input) => {
    for (const issue of issuesOf(schema, input)) {
      const message = explainIssue(issue);
      expect(message).toMatch(CJK);
      expect(message).not.toMatch(ENGLISH);
    }
  });

  it('explains built-in checks of the site schema in Chinese with the field label', () => {
    const [issue] = issuesOf(siteSchema, { title: 't', company: 'c', allowedHosts: [''] });
    expect(explainIssue(issue!)).toBe('网站域名不能为空');
    const [type] = issuesOf(siteSchema, { title: 't', company: 'c', quickLinks: [{ label: 1, path: 'a' }] });
    expect(explainIssue(type!)).toBe('名称应为文字,这里写的是数字 1');
  });
});
