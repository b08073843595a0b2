/**
 * Tables in Word, HTML and plain text (tab-separated and space-aligned): each
 * mapping — KPI metrics, steps, form labels, and a table not understood —
 * checked on the frontmatter and body the whole pipeline produces.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderDocument } from '../../../../src/lib/import/emit/write-mdx.ts';
import { headerKind, labelPairs, tableBlocks, UNKNOWN_TABLE_MESSAGE } from '../../../../src/lib/import/extract/tables.ts';
import type { ImportedDocument } from '../../../../src/lib/import/model.ts';
import { runImport } from '../../../../src/lib/import/pipeline.ts';
import { markTextTables } from '../../../../src/lib/import/read/text-tables.ts';
import { toTraditional } from '../../../../src/lib/text/script.ts';

/** A document: paragraphs (strings) and tables (rows of cells). */
type Block = string | { heading: string } | string[][];

const FORMATS = ['docx', 'html', 'tab.txt', 'space.txt'] as const;
type Format = (typeof FORMATS)[number];

const width = (text: string) => [...text].reduce((n, ch) => n + (/[\u2e80-\uffff]/u.test(ch) ? 2 : 1), 0);

/** Rows aligned with spaces, as someone types a table in a text file. */
function aligned(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => width(row[i] ?? ''))) + 4);
  return rows.map((row) => row.map((cell, i) => (i < row.length - 1 ? cell + ' '.repeat(widths[i]! - width(cell)) : cell)).join('').trimEnd());
}

async function write(dir: string, name: string, title: string, blocks: Block[], format: Format): Promise<string> {
  const path = join(dir, `${name}.${format}`);
  if (format === 'docx') {
    const children = [new Paragraph({ text: title, heading: HeadingLevel.TITLE })];
    for (const block of blocks) {
      if (typeof block === 'string') children.push(new Paragraph(block));
      else if ('heading' in block) children.push(new Paragraph({ text: block.heading, heading: HeadingLevel.HEADING_1 }));
      else children.push(new Table({ rows: block.map((row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) })) }) as never);
    }
    writeFileSync(path, new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] }))));
  } else if (format === 'html') {
    const body = blocks.map((block) => (typeof block === 'string' ? `<p>${block}</p>` : 'heading' in block ? `<h2>${block.heading}</h2>` : `<table>${block.map((row, i) => `<tr>${row.map((cell) => (i === 0 ? `<th>${cell}</th>` : `<td>${cell}</td>`)).join('')}</tr>`).join('')}</table>`));
    writeFileSync(path, `<html><body><h1>${title}</h1>${body.join('\n')}</body></html>`);
  } else {
    const lines = blocks.flatMap((block) => (typeof block === 'string' ? [block] : 'heading' in block ? [block.heading] : format === 'tab.txt' ? block.map((row) => row.join('\t')) : aligned(block)));
    writeFileSync(path, [title, ...lines].join('\n'));
  }
  return path;
}

/** Text in the script under test. */
let t = (text: string) => text;

async function importOne(title: string, blocks: Block[], format: Format): Promise<ImportedDocument> {
  const dir = mkdtempSync(join(tmpdir(), 'tables-'));
  const converted = blocks.map((block) => (typeof block === 'string' ? t(block) : 'heading' in block ? { heading: t(block.heading) } : block.map((row) => row.map(t))));
  const path = await write(dir, 'doc', t(title), converted, format);
  // The project's own content (dry run: nothing is written), so references resolve as in real use.
  const result = await runImport([path], { outDir: resolve(import.meta.dirname, '../../../../content'), dryRun: true, today: '2026-12-01' });
  expect(result.files[0]!.error).toBeUndefined();
  expect(result.documents.filter((d) => !d.derived)).toHaveLength(1);
  return result.documents.find((d) => !d.derived)!;
}

const ROLE_FORM = [
  ['岗位名称', '楼层主管', '所属部门', '运营部'],
  ['直属上级', '运营经理', '本岗编制', '2人'],
];
const KPIS = [
  ['考核指标', '权重', '评分标准'],
  ['商户开业率', '40%', '低于95%不得分'],
  ['顾客投诉处理及时率', '35%', '24小时内回复'],
  ['巡场记录完整率', '25%', '每缺一次扣5分'],
];
const STEPS = [
  ['时间', '事项', '负责人'],
  ['9:00', '检查商户到岗情况', '楼层主管'],
  ['9:20', '组织召开晨会', '运营经理'],
  ['9:30', '开门迎客并播放开店广播', '客服主管'],
];

const CASES = FORMATS.flatMap((format) => (['zh-CN', 'zh-HK'] as const).map((script) => ({ format, script })));

describe.each(CASES)('tables in $format ($script)', ({ format, script }) => {
  beforeEach(() => {
    t = script === 'zh-HK' ? toTraditional : (text: string) => text;
  });

  it('maps a form table to fields and a KPI table to weighted KPIs (a job description)', async () => {
    const doc = await importOne('楼层主管岗位说明书', [ROLE_FORM, { heading: '岗位职责' }, '1、负责本楼层的日常巡场和商户管理;', '2、负责处理本楼层顾客投诉。', { heading: '考核指标' }, KPIS], format);
    expect(doc.kind).toBe('role');
    expect(doc.frontmatter.title).toBe(t('楼层主管'));
    expect(doc.names.department).toBe(t('运营部'));
    expect(doc.names.reportsTo).toBe(t('运营经理'));
    expect(doc.frontmatter.headcount).toBe(2);
    expect(doc.frontmatter.kpis).toEqual([
      expect.objectContaining({ name: t('商户开业率'), weight: 40, standard: t('低于95%不得分') }),
      expect.objectContaining({ name: t('顾客投诉处理及时率'), weight: 35, standard: t('24小时内回复') }),
      expect.objectContaining({ name: t('巡场记录完整率'), weight: 25, standard: t('每缺一次扣5分') }),
    ]);
    // The rows were not run into the duties or into each other.
    const duties = (doc.frontmatter.responsibilities as Array<{ text: string }>).map((d) => d.text);
    expect(duties.join('')).not.toMatch(new RegExp(`${t('商户开业率')}|${t('岗位名称')}|40%`, 'u'));
    expect(doc.flags.map((f) => f.message)).not.toContain(UNKNOWN_TABLE_MESSAGE);
  });

  it('maps a 时间 | 事项 | 负责人 table to steps with time and actor (a procedure)', async () => {
    const doc = await importOne('商场开店流程', ['所属部门:运营部', '为保证商场按时开业,制定本流程。', STEPS], format);
    expect(doc.kind).toBe('procedure');
    const steps = doc.frontmatter.steps as Array<{ action: string; time?: string; actors: string[] }>;
    expect(steps.map((s) => [s.time, s.action, s.actors])).toEqual([
      // Actors resolved to the handbook's roles (楼层主管, 运营经理, 客服主管).
      ['09:00', t('检查商户到岗情况'), ['louceng-zhuguan']],
      ['09:20', t('组织召开晨会'), ['yunying-jingli']],
      ['09:30', t('开门迎客并播放开店广播'), ['kefu-zhuguan']],
    ]);
    // The header row is neither the title nor a department.
    expect(doc.frontmatter.title).toBe(t('商场开店流程'));
    expect(doc.names.department).toBe(t('运营部'));
  });

  it('maps a weighted metrics table to the KPI scheme of a scheme (方案)', async () => {
    const metrics = [
      ['考核指标', '权重', '评分标准'],
      ['销售达成率', '50%', '达成100%得满分'],
      ['客户满意度', '30%', '90分以上得满分'],
      ['安全管理', '20%', '零事故得满分'],
    ];
    const doc = await importOne('运营部绩效考核方案', ['一、为提高运营部工作效率,依据公司绩效管理制度,制定本方案。', '二、本方案适用于运营部全体员工。', '三、考核指标及权重', metrics, '四、每月考核一次,次月10日前完成评分。', '五、本方案自2026年1月1日起施行。'], format);
    expect(doc.kind).toBe('policy');
    expect((doc.frontmatter.kpiScheme as { metrics: unknown[] }).metrics).toEqual([
      { name: t('销售达成率'), weight: 50, standard: t('达成100%得满分') },
      { name: t('客户满意度'), weight: 30, standard: t('90分以上得满分') },
      { name: t('安全管理'), weight: 20, standard: t('零事故得满分') },
    ]);
  });

  it('keeps a table it does not understand as a Markdown table in the body, flagged', async () => {
    const other = [
      ['楼层', '面积', '商户数'],
      ['一层', '5000平方米', '40'],
      ['二层', '4800平方米', '36'],
    ];
    const doc = await importOne('商场运营管理制度', ['第一条 为规范商场运营管理,制定本制度。', '第二条 本制度适用于商场各楼层。', other, '第三条 本制度自2026年1月1日起施行。'], format);
    expect(doc.flags.map((f) => f.message)).toContain(UNKNOWN_TABLE_MESSAGE);
    const rendered = renderDocument(doc);
    expect(rendered).not.toHaveProperty('error');
    expect('text' in rendered && rendered.text).toContain(t('| 楼层 | 面积'));
    expect('text' in rendered && rendered.text).toMatch(new RegExp(`\\| ${t('一层')} +\\| 5000${t('平方米')} +\\| 40 +\\|`, 'u'));
  });
});

describe('table kinds', () => {
  it('reads the kind from the header row', () => {
    expect(headerKind(['考核指标', '权重', '评分标准'])).toBe('kpi');
    expect(headerKind(['KPI', '目标'])).toBe('kpi');
    expect(headerKind(['序号', '工作内容', '执行人'])).toBe('steps');
    expect(headerKind(['时段', '内容', '责任人'])).toBe('steps');
    expect(headerKind(['序号', '工作内容', '时间', '考核标准'])).toBe('duties');
    expect(headerKind(['楼层', '面积'])).toBe('unknown');
  });

  it('takes alternating labels and values as a form, but not a header of short words', () => {
    expect(labelPairs(['所属部门', '运营部', '直属上级', '运营经理'])).toEqual([
      { label: '所属部门', value: '运营部' },
      { label: '直属上级', value: '运营经理' },
    ]);
    expect(labelPairs(['岗位名称:', '楼层主管'])).toEqual([{ label: '岗位名称', value: '楼层主管' }]);
    expect(labelPairs(['楼层', '一层'])).toBeUndefined();
    const header = tableBlocks([
      { cells: ['姓名', '部门', '岗位', '电话'], line: 1 },
      { cells: ['张三', '运营部', '主管', '123'], line: 2 },
    ], { headingDepth: 2 });
    expect(header.blocks.map((b) => b.type)).toEqual(['table']);
    expect(header.flags).toEqual([{ line: 1, message: UNKNOWN_TABLE_MESSAGE }]);
  });

  it('makes a one-cell row across a form a heading, and splits a form into fields and tables', () => {
    const { blocks, kinds } = tableBlocks([
      { cells: ['岗位名称', '楼层主管', '所属部门', '运营部'], line: 1 },
      { cells: ['岗位职责', '', '', ''], line: 2 },
      { cells: ['序号', '工作内容', '时间', '考核标准'], line: 3 },
      { cells: ['1', '巡场', '每日', '及时率'], line: 4 },
    ], { headingDepth: 3 });
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'heading', 'table']);
    expect(blocks[0]).toMatchObject({ children: [{ value: '岗位名称:楼层主管\n所属部门:运营部' }] });
    expect(blocks[1]).toMatchObject({ depth: 3, children: [{ value: '岗位职责' }] });
    expect(kinds).toEqual(['duties']);
  });
});

describe('aligned plain-text tables', () => {
  const lines = (texts: string[]) => texts.map((text, i) => ({ line: i + 1, text }));

  it('marks rows aligned with spaces or tabs, with the same number of cells', () => {
    const marked = markTextTables(lines(['闭店安排如下:', '时间    事项            负责人', '21:50   播放闭店广播    客服主管', '22:00   清场            楼层主管', '以上安排遇节假日顺延。']));
    expect(marked.map((l) => l.table?.cells)).toEqual([undefined, ['时间', '事项', '负责人'], ['21:50', '播放闭店广播', '客服主管'], ['22:00', '清场', '楼层主管'], undefined]);
    expect(marked[1]!.text).toBe('时间\t事项\t负责人');
  });

  it('leaves prose with double spaces alone (blank amounts, unaligned gaps, single lines)', () => {
    const marked = markTextTables(lines(['(一)月度激励:销售额达成率超过105%的,奖励  元;', '(二)季度激励:季度考核排名第一的督导,奖励金额  万元。', '检查人:        检查日期:    年  月  日', '发布时间:2024-05-13  来源:好范文网', '上一篇:商场运营经理岗位职责   下一篇:商场客服主管岗位职责']));
    expect(marked.every((l) => !l.table)).toBe(true);
  });
});

describe('a job description form in one Word table, with merged cells', () => {
  it('reads fields, duties, qualifications and KPIs from the one table', async () => {
    t = (text: string) => text;
    const cell = (text: string, columnSpan = 1) => new TableCell({ children: [new Paragraph(text)], columnSpan });
    const row = (...cells: TableCell[]) => new TableRow({ children: cells });
    const form = new Table({
      rows: [
        row(cell('岗位名称'), cell('楼层主管'), cell('所属部门'), cell('运营部')),
        row(cell('直属上级'), cell('运营经理'), cell('本岗编制'), cell('2人')),
        row(cell('岗位职责', 4)),
        row(cell('序号'), cell('工作内容'), cell('时间'), cell('考核标准')),
        row(cell('1'), cell('负责本楼层开闭店检查'), cell('每日'), cell('及时率')),
        row(cell('2'), cell('负责处理本楼层顾客投诉'), cell('随时'), cell('满意度')),
        row(cell('考核指标', 4)),
        row(cell('考核指标'), cell('权重'), cell('评分标准', 2)),
        row(cell('商户开业率'), cell('60%'), cell('低于95%不得分', 2)),
        row(cell('投诉处理及时率'), cell('40%'), cell('24小时内回复', 2)),
      ],
    });
    const dir = mkdtempSync(join(tmpdir(), 'tables-form-'));
    const path = join(dir, 'form.docx');
    writeFileSync(path, new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({ text: '楼层主管岗位说明书', heading: HeadingLevel.TITLE }), form] }] }))));
    const result = await runImport([path], { outDir: resolve(import.meta.dirname, '../../../../content'), dryRun: true, today: '2026-12-01' });
    const doc = result.documents.find((d) => d.kind === 'role')!;
    expect(doc.names).toMatchObject({ department: '运营部', reportsTo: '运营经理' });
    expect(doc.frontmatter).toMatchObject({
      title: '楼层主管',
      headcount: 2,
      responsibilities: [
        { text: '负责本楼层开闭店检查', cadence: '每日', standard: '及时率' },
        { text: '负责处理本楼层顾客投诉', cadence: '随时', standard: '满意度' },
      ],
      kpis: [
        { name: '商户开业率', weight: 60, standard: '低于95%不得分' },
        { name: '投诉处理及时率', weight: 40, standard: '24小时内回复' },
      ],
    });
  });
});

describe('aligned plain-text tables, harder cases', () => {
  const lines = (texts: string[]) => texts.map((text, i) => ({ line: i + 1, text }));

  it('places the cells of a row with a blank cell under their columns', () => {
    const marked = markTextTables(lines(['时间      事项              负责人', '21:50     播放闭店广播      客服主管', '22:00     清场', '22:30     关闭电源          值班经理']));
    expect(marked.map((l) => l.table?.cells)).toEqual([
      ['时间', '事项', '负责人'],
      ['21:50', '播放闭店广播', '客服主管'],
      ['22:00', '清场', ''],
      ['22:30', '关闭电源', '值班经理'],
    ]);
  });

  it('does not take numbered articles or items spaced out from their text for a table', () => {
    const articles = markTextTables(lines(['第一条  为规范商场运营管理,明确各岗位职责,特制定本制度。', '第二条  本制度适用于商场运营部全体员工及驻场商户。']));
    expect(articles.every((l) => !l.table)).toBe(true);
    const items = markTextTables(lines(['一、  总则', '二、  职责']));
    expect(items.every((l) => !l.table)).toBe(true);
  });
});
