import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTemplate, loadTemplates } from '../../../src/lib/reports/load-templates.ts';
import { parseTemplate, TemplateError } from '../../../src/lib/reports/template.ts';

const GOOD = `
kind: 工作计划
title: "{单位}{周期}工作计划"
sections:
  - title: 工作目标
    required: true
    hint: 写具体数字
    prefill: targets
  - title: 其他事项
    text: 本计划在[[检查方式]]上检查。
`;

/** The TemplateError a broken template throws. */
function problemOf(source: string, file = 'templates/plan.yaml'): TemplateError {
  try {
    parseTemplate(source, file);
  } catch (error) {
    if (error instanceof TemplateError) return error;
    throw error;
  }
  throw new Error('template was accepted');
}

describe('report templates', () => {
  it('reads sections in order with their required flag, hint, text and prefill', () => {
    const template = parseTemplate(GOOD, 'templates/plan.yaml');
    expect(template.kind).toBe('plan');
    expect(template.sections.map((s) => [s.title, s.required, s.prefill])).toEqual([
      ['工作目标', true, ['targets']],
      ['其他事项', false, []],
    ]);
    expect(template.signature).toEqual(['{单位} {撰写人}', '{日期}']);
  });

  it('ships a valid template for every kind', () => {
    const { templates, errors } = loadTemplates(join(import.meta.dirname, '../../../templates'));
    expect(errors).toEqual([]);
    expect(Object.keys(templates).sort()).toEqual(['combined', 'plan', 'review', 'summary']);
    expect(templates.summary!.sections.filter((s) => s.required).map((s) => s.title)).toEqual([
      '基本情况', '主要工作和成绩', '存在的问题和不足', '下一步工作打算',
    ]);
    expect(templates.combined!.sections.map((s) => s.title)).toEqual(['工作总结', '下阶段工作计划', '其他事项']);
  });

  it.each([
    ['YAML syntax', 'title: "未闭合\nsections: []', 2, 'YAML 写法有误'],
    ['no sections', 'title: 计划', 1, '缺少 sections'],
    ['mistyped field', GOOD.replace('required: true', 'requried: true'), 6, '不认识的字段“requried”,是不是“required”?'],
    ['required not a boolean', GOOD.replace('required: true', 'required: 是'), 6, '只能写 true(必填)或 false(选填)'],
    ['unknown prefill', GOOD.replace('prefill: targets', 'prefill: targts'), 8, '“targts”不认识(是不是“targets”?)'],
    ['unknown variable', GOOD.replace('{周期}', '{季度}'), 3, '“{季度}”不是可用的变量'],
    ['unclosed placeholder', GOOD.replace('[[检查方式]]', '[[检查方式'), 10, '不成对的 [[ ]]'],
    ['numbered section title', GOOD.replace('title: 工作目标', 'title: 一、工作目标'), 5, '不要带序号'],
    ['kind not matching the file', GOOD.replace('kind: 工作计划', 'kind: 工作总结'), 2, '文件名 plan 对应“工作计划”'],
    ['unquoted text starting with a brace', GOOD.replace('text: 本计划', 'text: {下期}本计划'), 10, '要整体加上英文双引号'],
  ])('explains a broken template: %s', (_, source, line, message) => {
    const error = problemOf(source);
    expect(error.message).toContain('templates/plan.yaml');
    expect(error.message).toContain(message);
    expect(error.problems.find((p) => p.message.includes(message))?.line).toBe(line);
  });

  it('names the missing template file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'templates-'));
    writeFileSync(join(dir, 'summary.json'), JSON.stringify({ title: '{单位}{周期}工作总结', sections: [{ title: '基本情况' }] }));
    expect(loadTemplate('summary', dir).sections[0]!.title).toBe('基本情况');
    expect(() => loadTemplate('plan', dir)).toThrow(/plan\.yaml[\s\S]*找不到“工作计划”的模板文件/);
  });
});
