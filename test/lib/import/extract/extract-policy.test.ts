import { describe, expect, it } from 'vitest';
import { extractPolicy, policyTypeOf, schemeCycle } from '../../../../src/lib/import/extract/extract-policy.ts';
import { TO_FILL } from '../../../../src/lib/import/model.ts';
import { SAMPLES } from './samples.ts';
import { doc, expectValid, messages, TODAY } from './fixture.ts';


describe('extractPolicy: 第一章/第一条 办法', () => {
  const extraction = extractPolicy(doc(...SAMPLES.regulation));
  const fm = extraction.frontmatter;

  it('passes the policies schema', () => {
    const data = expectValid(extraction);
    expect(data.status).toBe('draft');
  });

  it('reads type, purpose, basis, scope, effective date and issuer', () => {
    expect(fm).toMatchObject({
      title: '运营部绩效考核办法',
      docType: '办法',
      department: '运营部',
      issuer: '锦程商业管理有限公司',
      // The clause after 为 and the object of 适用于; the full articles stay in the body.
      purpose: '客观评价运营部员工的工作业绩,激励先进、鞭策后进',
      basis: '依据《公司薪酬管理制度》',
      scope: '运营部全体员工,试用期员工参照执行',
      effective: '2019-05-01',
      version: '1.0',
    });
    expect(messages(extraction)).toEqual(['未写明版本号,已暂填 1.0']);
  });

  it('reads weights named in one article, the cycle, the deadline and the approval chain', () => {
    expect(fm.kpiScheme).toEqual({
      metrics: [
        { name: '销售目标达成率', weight: 40 },
        { name: '商户满意度', weight: 20 },
        { name: '现场管理', weight: 15 },
        { name: '安全管理', weight: 10 },
        { name: '团队建设', weight: 10 },
        { name: '报告及时性', weight: 5 },
      ],
      bands: [],
      cycle: '月度',
      deadline: '次月10日前',
      approvalChain: ['部门经理签批', '总经理审核', '人事核算', '财务发放'],
    });
  });

  it('keeps all chapters and articles in the body', () => {
    expect(extraction.body.children).toHaveLength(extraction.body.children.length);
    expect(JSON.stringify(extraction.body)).toContain('本办法由人力资源部负责解释');
    expect(extraction.body.children.filter((n) => n.type === 'heading')).toHaveLength(3);
  });
});

describe('extractPolicy: 考核方案 with weights, bands and a formula', () => {
  const extraction = extractPolicy(
    doc(...SAMPLES.scheme),
    { confidence: 0.9 },
  );
  const fm = extraction.frontmatter;

  it('passes the schema', () => {
    expectValid(extraction);
  });

  it('reads metrics with standards, bands 75/90, the formula and the cycle from the title', () => {
    const scheme = fm.kpiScheme as { metrics: Array<{ name: string; weight: number; standard: string }>; bands: unknown; formula: string; cycle: string };
    expect(scheme.metrics.map((m) => m.weight)).toEqual([40, 20, 15, 10, 10, 5]);
    expect(scheme.metrics[0]).toEqual({ name: '销售目标达成率', weight: 40, standard: '以财务部确认的月度销售额计分' });
    expect(scheme.bands).toEqual([
      { min: 0, max: 75, payout: '不发放绩效奖金' },
      { min: 75, max: 90, payout: '按得分比例发放' },
      { min: 90, payout: '全额发放' },
    ]);
    expect(scheme.formula).toBe('绩效奖金=奖金基数×绩效得分÷100');
    expect(scheme.cycle).toBe('月度');
  });

  it('treats a 20xx date as unknown: today, flagged, lower confidence; no issuer is 待填写', () => {
    expect(fm.docType).toBe('方案');
    expect(fm.effective).toBe(TODAY);
    expect(extraction.flags).toContainEqual(expect.objectContaining({ field: 'effective', message: expect.stringContaining('施行日期不完整') }));
    expect(fm.issuer).toBe(TO_FILL);
    expect(extraction.flags).toContainEqual(expect.objectContaining({ field: 'issuer' }));
    expect(extraction.confidence).toBeCloseTo(0.9 * 0.85 * 0.85, 2);
  });
});

describe('extractPolicy: weights that do not add up', () => {
  const extraction = extractPolicy(
    doc(
      '商户服务规定',
      `- 第一条 为规范商户服务,制定本规定。
- 第二条 本规定适用于全体商户。
- 第三条 考核指标由服务态度、陈列规范两项组成,权重分别为60%、30%。
- 第四条 本规定自发布之日起施行。
`,
    ),
  );

  it('leaves the scheme out and says why; publication-day clauses are flagged', () => {
    expect(extraction.frontmatter).not.toHaveProperty('kpiScheme');
    expect(messages(extraction)).toContainEqual(expect.stringContaining('权重合计为 90'));
    expect(messages(extraction)).toContainEqual(expect.stringContaining('施行日期为发布之日'));
    expect(extraction.frontmatter.effective).toBe(TODAY);
    expectValid(extraction);
  });
});

describe('policy helpers', () => {
  it.each([
    ['运营部绩效考核办法', '办法'],
    ['商场管理办法实施细则', '细则'],
    ['总值班管理制度', '制度'],
    ['招商提成方案', '方案'],
    ['樓面管理規定', '规定'],
    ['员工守则', undefined],
  ])('type of %s is %s', (title, type) => {
    expect(policyTypeOf(title)).toBe(type);
  });

  it.each([
    ['考核周期为季度', '季度'],
    ['每半年进行一次考核', '半年度'],
    ['实行年度考核', '年度'],
    ['考核按月进行', '月度'],
    ['奖金按比例发放', undefined],
  ])('cycle of %s is %s', (text, cycle) => {
    expect(schemeCycle(text)).toBe(cycle);
  });
});

describe('extractPolicy: what is and is not a KPI weight', () => {
  it('reads weights from a 权重 column of a table', () => {
    const extraction = extractPolicy(doc('门店督导考核方案', [
      '## 一、考核内容',
      '',
      '| 考核指标 | 权重 | 评分标准 |',
      '| --- | --- | --- |',
      '| 巡店计划完成率 | 50% | 按计划次数计分 |',
      '| 问题整改率 | 30% | 按整改闭环计分 |',
      '| 报告及时性 | 20% | 延误一次扣2分 |',
    ].join('\n')));
    const scheme = extraction.frontmatter.kpiScheme as { metrics: Array<{ name: string; weight: number }> };
    expect(scheme.metrics.map((m) => [m.name, m.weight])).toEqual([['巡店计划完成率', 50], ['问题整改率', 30], ['报告及时性', 20]]);
  });

  it('reads a table whose name column is 考核要素 and whose weight column is 分值占比', () => {
    const extraction = extractPolicy(doc('门店店长考核方案', [
      '## 一、考核内容',
      '',
      '| 考核要素 | 分值占比 | 评分说明 |',
      '| --- | --- | --- |',
      '| 销售达成 | 60% | 按达成率计分 |',
      '| 顾客满意 | 40% | 按回访计分 |',
    ].join('\n')));
    const scheme = extraction.frontmatter.kpiScheme as { metrics: Array<{ name: string; weight: number }> };
    expect(scheme.metrics.map((m) => [m.name, m.weight])).toEqual([['销售达成', 60], ['顾客满意', 40]]);
  });

  it('reads "<indicator> <n>%" items of a 考核指标及权重 section, in either script', () => {
    for (const [title, body] of [
      ['营运主管绩效考核方案', '## 一、考核指标及权重\n\n1. 销售目标达成率 40%\n2. 商户满意度 30%\n3. 现场管理 30%\n\n## 二、考核周期\n\n每季度考核一次。'],
      ['營運主管績效考核方案', '## 一、考核指標及權重\n\n1. 銷售目標達成率 40%\n2. 商戶滿意度 30%\n3. 現場管理 30%\n\n## 二、考核週期\n\n每季度考核一次。'],
    ] as const) {
      const scheme = extractPolicy(doc(title, body, title.includes('營') ? 'zh-HK' : 'zh-CN')).frontmatter.kpiScheme as { metrics: Array<{ weight: number }> };
      expect(scheme.metrics.map((m) => m.weight), title).toEqual([40, 30, 30]);
    }
  });

  it('reads one line listing the metrics under a 考核要素 heading, but not figures listed on a line elsewhere', () => {
    const scheme = extractPolicy(doc('客服主管季度考核方案', '## 二、考核要素\n\n投訴處理及時率50%;會員發展30%;服務台秩序20%。')).frontmatter.kpiScheme as { metrics: Array<{ weight: number }> };
    expect(scheme.metrics.map((m) => m.weight)).toEqual([50, 30, 20]);
    const figures = extractPolicy(doc('客服部服务管理制度', '## 一、服务情况\n\n上季度情况:投诉同比下降10%;会员增长15%。'));
    expect(figures.frontmatter).not.toHaveProperty('kpiScheme');
    expect(messages(figures).some((m) => m.includes('权重'))).toBe(false);
  });

  it('does not read score thresholds or a plain numbered list as weights', () => {
    const extraction = extractPolicy(doc('客服部考核办法', [
      '## 一、评分等级',
      '',
      '1. 优秀:90分以上',
      '2. 良好:75分',
      '3. 不合格:60分以下',
      '',
      '## 二、考核项目',
      '',
      '1. 服务态度 40',
      '2. 投诉处理 20',
      '3. 现场秩序 15',
      '4. 出勤 10',
      '5. 培训 10',
      '6. 其他 5',
    ].join('\n')));
    expect(extraction.frontmatter).not.toHaveProperty('kpiScheme');
    expect(messages(extraction).some((m) => m.includes('权重'))).toBe(false);
  });

  it('flags weights that do not add up to 100 instead of emitting them', () => {
    const extraction = extractPolicy(doc('销售部提成考核方案', '## 一、考核指标及权重\n\n1. 销售额完成率 50%\n2. 回款率 30%\n3. 客户满意度 30%'));
    expect(extraction.frontmatter).not.toHaveProperty('kpiScheme');
    expect(messages(extraction).find((m) => m.includes('合计为 110'))).toBeDefined();
  });
});
