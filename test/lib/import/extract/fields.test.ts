import { describe, expect, it } from 'vitest';
import {
  approvalChainIn, approverIn, bandsIn, basisPhrase, cadenceCell, cadenceIn, clockTimesIn, cycleIn, dateRangeIn, deadlineIn, effectiveClause, findDates, formsIn, formulaIn,
  isDepartmentName, leadingActors, leadingDepartment, levelOf, metricFromItem, metricsFromCells, metricsFromList, metricsFromSentence, periodIn, purposeClause,
  purposeSentence, reportTarget, scopeClause, scopeSentence, stepTimes, submissionDeadline, weightSum,
} from '../../../../src/lib/import/extract/fields.ts';

describe('cadence', () => {
  it.each([
    ['每日抽查巡场记录', '每日'],
    ['负责日常管理工作', '每日'],
    ['每週召開例會', '每周'],
    ['编制月度经营分析', '每月'],
    ['每季度盘点一次', '每季'],
    ['每半年评估一次', '每半年'],
    ['年度预算', '每年'],
    ['处理突发事件', '随时'],
    ['定期检查', '按计划'],
  ])('%s → %s', (text, cadence) => {
    expect(cadenceIn(text)?.cadence).toBe(cadence);
  });

  it('takes the first cadence mentioned, and none when there is none', () => {
    expect(cadenceIn('每月汇总,每日上报')?.cadence).toBe('每月');
    expect(cadenceIn('负责招聘')).toBeUndefined();
  });

  it.each([
    ['日', '每日'],
    ['随时', '随时'],
    ['按计划', '按计划'],
    ['每年、月、日', '每年'],
    ['及时', undefined],
  ])('cell %s → %s', (cell, cadence) => {
    expect(cadenceCell(cell)).toBe(cadence);
  });
});

describe('levelOf', () => {
  it.each([
    ['运营总监', '总监'],
    ['总监级', '总监'],
    ['副总经理', '高管'],
    ['总经理', '高管'],
    ['总经理助理', '助理'],
    ['运营经理', '经理'],
    ['店长', '经理'],
    ['楼层主管', '主管'],
    ['微博运营专员', '专员'],
    ['商管员', undefined],
    ['樓面主管', '主管'],
    ['运营督导', undefined],
  ])('%s → %s', (title, level) => {
    expect(levelOf(title)).toBe(level);
  });
});

describe('dates', () => {
  it('reads every written form and rejects impossible days', () => {
    expect(findDates('2019年5月1日、2019-05-02、2019/5/3 和 二〇一九年五月四日').map((d) => d.iso)).toEqual(['2019-05-01', '2019-05-02', '2019-05-03', '2019-05-04']);
    expect(findDates('2026年9月31日')[0]).toMatchObject({ problem: '日期“2026年9月31日”不存在' });
    expect(findDates('20xx年5月1日')).toEqual([]);
  });

  it('reads effective clauses', () => {
    expect(effectiveClause('未尽事宜另行通知。本方案自2019年5月1日起执行,未尽事宜另行通知。')).toMatchObject({ date: { iso: '2019-05-01' }, onIssue: false, sentence: '本方案自2019年5月1日起执行,未尽事宜另行通知。' });
    expect(effectiveClause('本办法自发布之日起施行。')).toMatchObject({ onIssue: true });
    expect(effectiveClause('本辦法自二〇二五年十月一日起實施。')?.date?.iso).toBe('2025-10-01');
    expect(effectiveClause('自20xx年1月1日起执行')).toMatchObject({ onIssue: false, date: undefined });
    expect(effectiveClause('员工须按时到岗。')).toBeUndefined();
  });
});

describe('purpose, basis, scope', () => {
  it('finds the purpose sentence wherever it starts', () => {
    expect(purposeSentence('第一条 为规范商户管理,根据《商户经营管理规定》,特制定本细则。第二条 …')).toBe('为规范商户管理,根据《商户经营管理规定》,特制定本细则。');
    expect(purposeSentence('為統一樓層管理標準,特制定本規定。')).toBe('為統一樓層管理標準,特制定本規定。');
    expect(purposeSentence('为了做好工作,我们加班。')).toBeUndefined();
  });

  it('finds the basis and the scope', () => {
    expect(basisPhrase('为规范管理,依据《公司薪酬管理制度》,制定本办法。')).toBe('依据《公司薪酬管理制度》');
    expect(basisPhrase('根据实际情况制定')).toBeUndefined();
    expect(scopeSentence('第二条 本办法适用于运营部全体员工。第三条 …')).toBe('本办法适用于运营部全体员工。');
  });
});

describe('purpose and scope clauses', () => {
  it('keeps the clause after 为 and the object of 适用于', () => {
    expect(purposeClause('第一条为规范运营督导工作,提高门店运营管理水平,依据公司《绩效管理制度》,制定本办法。')).toBe('规范运营督导工作,提高门店运营管理水平');
    expect(purposeClause('为激励门店销售人员的工作积极性,提升门店销售业绩,特制定本方案。')).toBe('激励门店销售人员的工作积极性,提升门店销售业绩');
    expect(scopeClause('第二条本办法适用于公司运营部全体督导人员。')).toBe('公司运营部全体督导人员');
  });

  it('reads written-out date ranges', () => {
    expect(dateRangeIn('本週(2023年10月23日至10月29日)')).toEqual({ start: '2023-10-23', end: '2023-10-29' });
    expect(dateRangeIn('2023年12月25日至2024年1月2日')).toEqual({ start: '2023-12-25', end: '2024-01-02' });
    expect(dateRangeIn('2023年10月31日')).toBeUndefined();
  });
});

describe('KPI weights', () => {
  it('reads metrics listed on one line', () => {
    expect(metricsFromList('第三条考核指标及权重:巡店计划完成率40%;问题整改率20%;门店考核达标率40%。').map((m) => [m.name, m.weight])).toEqual([
      ['巡店计划完成率', 40], ['问题整改率', 20], ['门店考核达标率', 40],
    ]);
    expect(metricsFromList('销售目标达成率(权重60%)、毛利率(权重25%)、客户满意度(权重15%)。').map((m) => m.name)).toEqual(['销售目标达成率', '毛利率', '客户满意度']);
    expect(metricsFromList('负责销售、服务和陈列')).toEqual([]);
  });

  it('reads a metric item with its weight and standard', () => {
    expect(metricFromItem('销售目标达成率(40%):以财务部确认的销售额计分;')).toEqual({ name: '销售目标达成率', weight: 40, standard: '以财务部确认的销售额计分' });
    expect(metricFromItem('商户满意度,权重20%,以回访得分折算')).toEqual({ name: '商户满意度', weight: 20, standard: '以回访得分折算' });
    expect(metricFromItem('团队建设10分', { points: true })).toEqual({ name: '团队建设', weight: 10 });
    expect(metricFromItem('團隊建設,權重10分')).toEqual({ name: '團隊建設', weight: 10 });
    expect(metricFromItem('负责销售工作')).toBeUndefined();
  });

  it('does not take points outside a weight list, or score thresholds, for weights', () => {
    // Points without 权重 context: a score, not a share.
    expect(metricFromItem('团队建设10分')).toBeUndefined();
    // Grades and band edges.
    for (const text of ['优秀:90分以上', '良好:75分', '90分以上为优秀', '考核得分60分以下为不合格', '合格 60分(含)至75分', '客户满意度95%以上', '優秀:90分以上', '差:60分以下']) {
      expect(metricFromItem(text, { points: true }), text).toBeUndefined();
    }
    expect(metricsFromList('评分等级:优秀90分;良好75分;合格60分')).toEqual([]);
    expect(metricsFromList('本月经营情况:销售额同比增长10%;毛利率15%')).toEqual([]);
    expect(metricsFromList('考核指标及分值:销售额40分;毛利率30分;服务30分').map((m) => m.weight)).toEqual([40, 30, 30]);
  });

  it('reads bare numbers in flattened cells as weights only under a weight header', () => {
    expect(metricsFromCells('考核项目 目标值 销售额 40 毛利率 20 客流量 15'.split(' '))).toEqual([]);
    expect(metricsFromCells('考核项目 比重 销售额 40 毛利率 60'.split(' ')).map((m) => [m.name, m.weight])).toEqual([['销售额', 40], ['毛利率', 60]]);
  });

  it('pairs names and weights listed in one sentence', () => {
    const metrics = metricsFromSentence('考核采用百分制,由销售目标达成率、商户满意度、现场管理、安全管理、团队建设、报告及时性六项指标组成,权重分别为40%、20%、15%、10%、10%、5%。');
    expect(metrics.map((m) => [m.name, m.weight])).toEqual([
      ['销售目标达成率', 40], ['商户满意度', 20], ['现场管理', 15], ['安全管理', 10], ['团队建设', 10], ['报告及时性', 5],
    ]);
    expect(weightSum(metrics)).toBe(100);
    expect(metricsFromSentence('由A、B组成,权重分别为40%、30%、30%')).toEqual([]);
  });

  it('reads a flattened table whose cells follow one another', () => {
    const cells = '考核指标 权重 评分标准 销售目标达成率 40% 达成100%得满分 每低1个百分点扣1分 商户满意度 60 90分以上得满分'.split(' ');
    expect(metricsFromCells(cells)).toEqual([
      { name: '销售目标达成率', weight: 40, standard: '达成100%得满分 每低1个百分点扣1分' },
      { name: '商户满意度', weight: 60, standard: '90分以上得满分' },
    ]);
  });
});

describe('bands, formulas, cycles, deadlines, approval chains', () => {
  it('ends each band at the next one when several share a sentence', () => {
    expect(bandsIn('90分以上为优秀,75分至90分为良好,60分以下为不合格。')).toEqual([
      { min: 90, payout: '为优秀' },
      { min: 75, max: 90, payout: '为良好' },
      { min: 0, max: 60, payout: '为不合格' },
    ]);
  });

  it('reads payout bands 75/90', () => {
    expect(bandsIn('绩效得分低于75分的,当月不发放绩效奖金;75分(含)至90分的,按得分比例发放;90分(含)以上的,全额发放奖金基数。')).toEqual([
      { min: 0, max: 75, payout: '当月不发放绩效奖金' },
      { min: 75, max: 90, payout: '按得分比例发放' },
      { min: 90, payout: '全额发放奖金基数' },
    ]);
    expect(bandsIn('达成100%得满分,低于80%本项不得分')).toEqual([]);
  });

  it('reads formulas with × and ÷', () => {
    expect(formulaIn('第十一条 绩效奖金 = 奖金基数 × 绩效得分 ÷ 100。奖金基数按岗位确定')).toBe('绩效奖金 = 奖金基数 × 绩效得分 ÷ 100');
    expect(formulaIn('销售奖金=签单额×提成比例')).toBe('销售奖金=签单额×提成比例');
    expect(formulaIn('奖金=1000元')).toBeUndefined();
  });

  it('reads cycles, deadlines and approval chains', () => {
    expect(cycleIn('考核周期为季度')).toBe('季度');
    expect(submissionDeadline('须在次月10日前提交人力资源部')).toBe('次月10日前');
    expect(approvalChainIn('按“部门经理签批 → 总经理审核 → 人事核算 → 财务发放”的顺序')).toEqual(['部门经理签批', '总经理审核', '人事核算', '财务发放']);
    expect(approvalChainIn('18:02→18:30')).toBeUndefined();
  });
});

describe('periodIn', () => {
  it.each([
    ['客服部2022年4月工作计划', { unit: 'month', year: 2022, index: 4 }],
    ['2022年第一季度工作计划', { unit: 'quarter', year: 2022, index: 1 }],
    ['运营管理部2017年中工作总结', { unit: 'half', year: 2017, index: 1 }],
    ['2021年下半年工作总结', { unit: 'half', year: 2021, index: 2 }],
    ['运营部2021年度工作总结', { unit: 'year', year: 2021 }],
    ['年终总结', { unit: 'year' }],
    ['以上是我十月份工作计划', { unit: 'month', index: 10 }],
    ['20xx年工作计划', { unit: 'year' }],
    ['销售个人月工作计划', { unit: 'month' }],
    ['2026年第48周工作计划', { unit: 'week', year: 2026, index: 48 }],
    ['2017年銀行上半年工作總結', { unit: 'half', year: 2017, index: 1 }],
  ])('%s', (text, expected) => {
    const hint = periodIn(text)!;
    expect({ unit: hint.unit, year: hint.year, index: hint.index }).toEqual({ year: undefined, index: undefined, ...expected });
  });

  it('finds nothing in text without a period', () => {
    expect(periodIn('门店经营情况')).toBeUndefined();
  });
});

describe('times and forms', () => {
  it('reads clock times in several spellings', () => {
    expect(clockTimesIn('9:30开门,17:50广播,晚上9点半闭店,18点整离场').map((t) => t.time)).toEqual(['09:30', '17:50', '21:30', '18:00']);
  });

  it('reads a step’s range and holiday variant', () => {
    expect(stepTimes('18:02–18:30(节假日21:32–22:00)逐层清场')).toEqual({ time: '18:02', endTime: '18:30', holidayTime: '21:32' });
    expect(stepTimes('17:50,公眾假期21:20,播放閉店廣播')).toEqual({ time: '17:50', holidayTime: '21:20' });
    expect(stepTimes('检查卫生')).toEqual({});
  });

  it('collects forms in 《》 but not laws or rules', () => {
    expect(formsIn('填写《撤场审批表》,按《商户经营管理规定》,交《催款通知单》和《撤场审批表》')).toEqual(['《撤场审批表》', '《催款通知单》']);
  });

  it('reads relative deadlines', () => {
    expect(deadlineIn('商户须在撤场前一周提交')).toBe('撤场前一周');
    expect(deadlineIn('7个工作日内完成审批')).toBe('7个工作日内');
    expect(deadlineIn('须在当日16:00前提交')).toBe('当日16:00前');
    expect(deadlineIn('分享前一天的营业额')).toBeUndefined();
  });
});

describe('names of departments and roles', () => {
  it('reads a department at the start of a title', () => {
    expect(leadingDepartment('运营部岗位职责')).toBe('运营部');
    expect(leadingDepartment('營運部主管崗位職責')).toBe('營運部');
    expect(leadingDepartment('宾馆营运部工作职责')).toBe('宾馆营运部');
    expect(leadingDepartment('全部员工守则')).toBeUndefined();
    expect(leadingDepartment('运营主管工作计划')).toBeUndefined();
  });

  it('reads the actors that start a clause', () => {
    expect(leadingActors('楼层主管带领商管员逐层清场')).toEqual(['楼层主管', '商管员']);
    expect(leadingActors('工程部、物业部协助')).toEqual(['工程部', '物业部']);
    expect(leadingActors('由法务部通过法律途径追缴')).toEqual(['法务部']);
    expect(leadingActors('商户须在撤场前一周提交')).toEqual([]);
    expect(isDepartmentName('保安部')).toBe(true);
    expect(isDepartmentName('保安部经理')).toBe(false);
  });

  it('reads report targets and approvers', () => {
    expect(reportTarget('发生重大事件,立即上报项目总经理')).toMatchObject({ to: '项目总经理', within: '立即' });
    expect(reportTarget('发现火灾隐患,10分钟内报告保安部经理')).toMatchObject({ to: '保安部经理', within: '10分钟内' });
    expect(reportTarget('及时报告上级领导')).toBeUndefined();
    expect(approverIn('经运营经理签字确认')).toBe('运营经理');
  });
});

describe('actor names are names, not clauses', () => {
  it.each(['促使该行人员提高效率', '组织各处室负责人开会', '明确了各岗位人员的职责', '每位成员都要参加', '明确党委和监察员的责任', '是否存在用检员'])('%s names no actor', (text) => {
    expect(leadingActors(text)).toEqual([]);
  });

  it('still reads real names, including 负责人', () => {
    expect(leadingActors('各部门负责人参加')).toEqual(['各部门负责人']);
    expect(leadingActors('部门负责人主持')).toEqual(['部门负责人']);
    expect(leadingActors('总值班人员填写记录')).toEqual(['总值班人员']);
  });
});
