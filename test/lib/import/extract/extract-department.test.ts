import { describe, expect, it } from 'vitest';
import { departmentNameFrom, extractDepartment } from '../../../../src/lib/import/extract/extract-department.ts';
import { TO_FILL } from '../../../../src/lib/import/model.ts';
import { SAMPLES } from './samples.ts';
import { doc, expectValid } from './fixture.ts';

describe('extractDepartment: 部门职能说明书 with 应知应会', () => {
  const extraction = extractDepartment(
    doc(...SAMPLES.departmentStatement),
  );
  const fm = extraction.frontmatter;

  it('passes the departments schema', () => {
    const data = expectValid(extraction);
    expect(data.status).toBe('draft');
  });

  it('reads name, summary, functions (sub-items joined) and must-know items', () => {
    expect(fm.name).toBe('运营部');
    expect(fm.summary).toBe('运营部是商场面向商户和顾客的一线管理部门,负责营业现场的日常经营管理');
    expect(fm.functions).toEqual([
      '执行开闭店管理,监督商户按时开门营业、按时清场',
      '监督商户的经营行为、商品陈列和服务质量,处理违规行为',
      '收集分析销售与客流数据,编制营业日报、周报和月度经营分析:日报当日下班前完成;周报周六18:00前提交',
      '组织安排总值班,协同保安部做好闭店清场和“六防”检查',
    ]);
    expect(fm.mustKnow).toEqual(['熟知公司各项管理规定及工作要求', '熟悉商场整体运作流程', '了解商场安全设施并掌握有关安全知识']);
  });

  it('records the head as a role reference and keeps other sections in the body', () => {
    expect(fm.head).toBe('运营经理');
    expect(extraction.refs).toEqual([{ path: ['head'], collection: 'roles', name: '运营经理' }]);
    expect(extraction.names.department).toBe('运营部');
    const body = JSON.stringify(extraction.body);
    expect(body).toContain('附则');
    expect(body).not.toContain('部门职能');
    expect(body).not.toContain('部门负责人');
  });
});

describe('extractDepartment: scraped 工作职责 without an 应知应会 heading', () => {
  // Shape of seed 000 附送: a must-know list, then 主要工作.
  const extraction = extractDepartment(
    doc(...SAMPLES.scrapedDepartment),
  );

  it('passes the schema', () => {
    expectValid(extraction);
  });

  it('sorts a mostly 熟知/掌握 list into mustKnow and 主要工作 into functions', () => {
    expect(extraction.frontmatter.name).toBe('商场运营部');
    expect(extraction.frontmatter.mustKnow).toHaveLength(4);
    expect(extraction.frontmatter.functions).toEqual(['指导营运主管贯彻执行公司有关营业政策', '向公司领导反馈商城经营管理情况', '制定营业管理规范性工作制度']);
    expect(extraction.body.children).toHaveLength(0);
  });
});

describe('extractDepartment: items run together on one line', () => {
  it('splits them into separate must-know items', () => {
    const extraction = extractDepartment(doc('营运部工作职责', '1.熟悉公司对商场的各项管理制度;2.熟悉公司商品流转程序;。3.了解本区域商品的市场情况;\n'));
    expect(extraction.frontmatter.mustKnow).toEqual(['熟悉公司对商场的各项管理制度', '熟悉公司商品流转程序', '了解本区域商品的市场情况']);
  });
});

describe('extractDepartment: nothing to extract', () => {
  const extraction = extractDepartment(doc('职能说明', '本文说明各部门的分工。\n'), { confidence: 0.6 });

  it('fills required fields with 待填写 and flags them', () => {
    expect(extraction.frontmatter.name).toBe(TO_FILL);
    expect(extraction.frontmatter.functions).toEqual([TO_FILL]);
    expect(extraction.flags.map((f) => f.field)).toEqual(['name', 'functions']);
    expect(extraction.confidence).toBeLessThan(0.6 * 0.8);
    expectValid(extraction);
  });
});

describe('departmentNameFrom', () => {
  it.each([
    ['1.运营管理部工作职能说明书 篇一', '运营管理部'],
    ['商场运营部工作职责。', '商场运营部'],
    ['營運部部門職能說明書', '營運部'],
    ['工作职能说明书', undefined],
  ])('%s → %s', (title, expected) => {
    expect(departmentNameFrom(title)).toBe(expected);
  });
});
