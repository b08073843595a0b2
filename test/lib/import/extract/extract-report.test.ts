import { describe, expect, it } from 'vitest';
import { extractReport, reportKindOf } from '../../../../src/lib/import/extract/extract-report.ts';
import { TO_FILL } from '../../../../src/lib/import/model.ts';
import { SAMPLES } from './samples.ts';
import { doc, expectValid, messages, TODAY } from './fixture.ts';

describe('extractReport: a monthly 工作计划', () => {
  const extraction = extractReport(
    doc(...SAMPLES.monthlyPlan),
  );
  const fm = extraction.frontmatter;

  it('passes the reports schema', () => {
    const data = expectValid(extraction);
    expect(data.status).toBe('draft');
  });

  it('reads kind, period, department, author and date', () => {
    expect(fm).toMatchObject({
      title: '客服部2022年4月工作计划',
      kind: '工作计划',
      period: { unit: 'month', start: '2022-04-01', end: '2022-04-30' },
      department: '客服部',
      author: '张敏',
      date: '2022-03-28',
      updated: TODAY,
    });
  });

  it('does not guess the role: empty name, flagged', () => {
    expect(fm.role).toBe('');
    expect(extraction.refs).toEqual([
      { path: ['department'], collection: 'departments', name: '客服部' },
      { path: ['role'], collection: 'roles', name: '' },
    ]);
    expect(messages(extraction)).toEqual(['未写明撰写人的岗位,请填写']);
  });

  it('keeps the whole text as the body', () => {
    expect(extraction.body.children.length).toBeGreaterThan(5);
    expect(JSON.stringify(extraction.body)).toContain('工作目标');
  });
});

describe('extractReport: an annual 工作总结', () => {
  const extraction = extractReport(
    doc(...SAMPLES.annualSummary),
  );

  it('reads the year, and role and author from the signature', () => {
    expectValid(extraction);
    expect(extraction.frontmatter).toMatchObject({
      kind: '工作总结',
      period: { unit: 'year', start: '2021-01-01', end: '2021-12-31' },
      department: '运营部',
      role: '运营部主管',
      author: '李强',
      date: '2022-01-10',
    });
    expect(extraction.names).toEqual({ department: '运营部', role: '运营部主管' });
    expect(extraction.flags).toEqual([]);
    expect(extraction.confidence).toBe(1);
  });
});

describe('extractReport: 述职报告 with the role stated in the text', () => {
  const extraction = extractReport(
    doc(...SAMPLES.dutyReport),
  );

  it('takes the period from the opening and the author from 述职人', () => {
    expectValid(extraction);
    expect(extraction.frontmatter).toMatchObject({
      kind: '述职报告',
      period: { unit: 'year', start: '2025-01-01', end: '2025-12-31' },
      role: '运营总监',
      author: '陈志远',
      date: '2026-01-12',
    });
  });
});

describe('extractReport: Traditional monthly plan with gaps', () => {
  const extraction = extractReport(
    doc(...SAMPLES.traditionalPlan),
    { confidence: 0.8 },
  );
  const fm = extraction.frontmatter;

  it('passes the schema in Traditional script', () => {
    expectValid(extraction);
    expect(fm).toMatchObject({ title: '銷售個人月工作計劃', kind: '工作計劃', lang: 'zh-HK' });
  });

  it('takes the month from the closing line, the year from the run date, and flags both gaps', () => {
    expect(fm.period).toEqual({ unit: 'month', start: '2026-10-01', end: '2026-10-31' });
    expect(messages(extraction)).toContain('报告期间未写明年份(“十月份”),已暂按导入日期填 2026 年,请核对');
  });

  it('fills author and date as unknown and lowers confidence', () => {
    expect(fm.author).toBe(TO_FILL);
    expect(fm.date).toBe(TODAY);
    expect(extraction.flags.map((f) => f.field)).toEqual(['date', 'author', 'department', 'role', 'period.start', 'period.end']);
    expect(extraction.confidence).toBeCloseTo(0.8 * 0.85 ** 4, 2);
  });
});

describe('extractReport: period placeholders', () => {
  it('reads 20xx年 as an unknown year', () => {
    const extraction = extractReport(doc('20xx年上半年工作总结', '上半年完成了各项工作。\n\n张三\n\n2019年7月5日\n'));
    expectValid(extraction);
    expect(extraction.frontmatter.period).toEqual({ unit: 'half', start: '2019-01-01', end: '2019-06-30' });
    expect(extraction.frontmatter.author).toBe('张三');
    expect(messages(extraction)).toContainEqual(expect.stringContaining('已暂按报告日期填 2019 年'));
  });
});

describe('extractReport: a summary with a plan section, signed by a unit', () => {
  const extraction = extractReport(
    doc(
      '运营管理部2017年中工作总结',
      `## 一、2017年上半年主要工作总结

完成农庄营业执照办理工作。

## 二、2017年下半年主要工作计划

完成一期人员招聘。

国安南都农庄运营管理部
`,
    ),
  );

  it('is a 总结与计划 for the first half; a unit signing is not an author', () => {
    expectValid(extraction);
    expect(extraction.frontmatter).toMatchObject({
      kind: '总结与计划',
      period: { unit: 'half', start: '2017-01-01', end: '2017-06-30' },
      department: '运营管理部',
      author: TO_FILL,
    });
    expect(extraction.flags).toContainEqual(expect.objectContaining({ field: 'author' }));
  });
});

describe('extractReport: a summary filed under a plan title', () => {
  const extraction = extractReport(doc('运营主管工作计划', '20xx年对我而言,是非常有意义的一年,在这一年我迈进了工作的新里程碑。现将本人一年来的工作总结如下。\n\n## 一、从基础业务入手\n\n建立健全各项规章制度。\n'));

  it('takes the kind from the text, flags the title, and keeps the unit of a period without a year', () => {
    expectValid(extraction);
    expect(extraction.frontmatter).toMatchObject({ kind: '工作总结', role: '运营主管', period: { unit: 'year', start: '2026-01-01', end: '2026-12-31' } });
    expect(extraction.flags.map((f) => f.field)).toEqual(expect.arrayContaining(['title', 'period.start', 'period.end']));
    expect(extraction.flags.map((f) => f.field)).not.toContain('period');
    expect(messages(extraction)).toContainEqual(expect.stringMatching(/^报告期间未写明年份.*已暂按导入日期填 2026 年/));
  });
});

describe('extractReport: a collection label over someone else’s plan', () => {
  const extraction = extractReport(doc('运营主管工作计划', '2012年是影院开业的第一年,这一年首先要做好开业工作。\n\n## 二、企划的内容\n\n按节日、档期安排活动。\n'));

  it('flags the title and does not take the role from it', () => {
    expectValid(extraction);
    expect(extraction.frontmatter).toMatchObject({ role: '', period: { unit: 'year', start: '2012-01-01', end: '2012-12-31' } });
    expect(extraction.flags).toContainEqual({ field: 'title', message: '标题中的“运营主管”在正文中没有出现,标题可能是网站栏目名,请核对标题和岗位' });
  });
});

describe('extractReport: periods written out', () => {
  it('takes a date range as the period, and the clause about the report over other dates', () => {
    const week = extractReport(doc('客服部周工作总结', '本周(2023年10月23日至10月29日),客服部完成了各项工作,现总结如下:\n\n## 一、本周工作\n\n受理投诉12起。\n'));
    expect(week.frontmatter.period).toEqual({ unit: 'week', start: '2023-10-23', end: '2023-10-29' });
    const review = extractReport(doc('客服部主管述职报告', '我于2021年3月起担任客服部主管,现将2023年度的履职情况报告如下。\n\n述职人:李娜\n\n年月日\n'));
    expect(review.frontmatter).toMatchObject({ period: { unit: 'year', start: '2023-01-01', end: '2023-12-31' }, author: '李娜', role: '客服部主管' });
  });
});

describe('extractReport: signed by a unit only', () => {
  it('takes the department from the signature and leaves the author to fill', () => {
    const extraction = extractReport(doc('2023年10月工作总结', '本月完成了各项工作。\n\n客服部\n\n2023年10月31日\n'));
    expectValid(extraction);
    expect(extraction.frontmatter).toMatchObject({ author: TO_FILL, department: '客服部', date: '2023-10-31' });
  });
});

describe('reportKindOf', () => {
  it.each([
    ['客服部2026年10月工作总结与11月计划', '总结与计划'],
    ['运营管理部2017年中工作总结', '工作总结'],
    ['2022年第一季度工作计划', '工作计划'],
    ['运营总监2025年度述职报告', '述职报告'],
    ['门店经营情况', undefined],
  ])('%s → %s', (title, kind) => {
    expect(reportKindOf(title)).toBe(kind);
  });
});
