import { describe, expect, it } from 'vitest';
import { extractRole, readDuty, roleTitleFrom, splitPreferred } from '../../../../src/lib/import/extract/extract-role.ts';
import { TO_FILL } from '../../../../src/lib/import/model.ts';
import { SAMPLES } from './samples.ts';
import { doc, expectValid, TODAY } from './fixture.ts';


describe('extractRole: full-form 岗位说明书', () => {
  const extraction = extractRole(doc(...SAMPLES.fullFormRole));
  const fm = extraction.frontmatter;

  it('passes the roles schema once refs are resolved', () => {
    const data = expectValid(extraction);
    expect(data.status).toBe('draft');
    expect(fm.updated).toBe(TODAY);
    expect(fm.lang).toBe('zh-CN');
    expect(fm).not.toHaveProperty('owner');
  });

  it('reads the form fields', () => {
    expect(fm).toMatchObject({ title: '运营主管', code: 'YY-S-01', level: '主管', headcount: 2, department: '运营部', reportsTo: '运营经理' });
    expect(extraction.refs).toEqual([
      { path: ['department'], collection: 'departments', name: '运营部' },
      { path: ['reportsTo'], collection: 'roles', name: '运营经理' },
    ]);
    expect(extraction.names).toEqual({ department: '运营部', reportsTo: '运营经理' });
    expect(fm.summary).toBe('在运营经理领导下分管若干楼层的日常营运,负责开闭店执行和营运数据的汇总上报');
  });

  it('keeps duties in order with cadence and standard, labels and ;。 stripped', () => {
    expect(fm.responsibilities).toEqual([
      { text: '组织分管楼层的开店、闭店工作,检查商户到岗情况', cadence: '每日', standard: '开门营业率不低于99%' },
      { text: '汇总楼层主管提交的营业日报', cadence: '每日', standard: '报送及时率100%' },
      { text: '根据销售目标组织分管楼层的促销计划', cadence: '每月', standard: '月度销售目标达成率' },
      { text: '负责分管楼层员工的面试、培训和排班', cadence: '随时' },
    ]);
    expect(extraction.flags).toContainEqual({ field: 'responsibilities', message: '第4项职责未写明频次(每日/每周/每月…),已暂填“随时”,请核对', line: 18 });
  });

  it('splits qualifications into basic and preferred; personal form fields stay in the body', () => {
    expect(fm.qualifications).toEqual({
      basic: ['大专及以上学历', '3年以上商场运营管理经验'],
      preferred: ['有服装、餐饮业态管理经验者优先'],
    });
    expect(JSON.stringify(extraction.body)).toContain('年龄:25—40');
  });

  it('reads relations, authority, KPIs and designations', () => {
    expect(fm.relations).toEqual({ internal: ['运营经理', '楼层主管', '客服部'], external: ['商户店长', '顾客'] });
    expect(fm.authority).toEqual([
      { area: '人事', matter: '楼层主管、商管员的排班和月度考核初评', level: '审核' },
      { area: '财务', matter: '商户违规罚款的开具', level: '建议' },
      { area: '其他', matter: '对分管楼层临时促销位的审批权', level: '审批' },
      { area: '其他', matter: '对楼层员工录用的建议权', level: '建议' },
    ]);
    expect(fm.kpis).toEqual([
      { name: '分管楼层销售目标达成率', weight: 40, cycle: '月度', standard: '商户销售额除以月度目标', target: '不低于100%' },
      { name: '商户满意度', weight: 30, cycle: '月度', standard: '商户回访满意度得分', target: '不低于90分' },
      { name: '现场管理', weight: 30, cycle: '季度', standard: '巡场检查平均得分', target: '不低于92分' },
    ]);
    expect(fm.designations).toEqual(['二级消防责任人']);
  });

  it('leaves only sections without fields in the body', () => {
    const headings = extraction.body.children.filter((n) => n.type === 'heading');
    expect(headings).toHaveLength(1);
    expect(JSON.stringify(extraction.body)).toContain('工作环境');
    expect(JSON.stringify(extraction.body)).not.toContain('职位名称');
    expect(extraction.confidence).toBe(1);
  });
});

describe('extractRole: short form 职责 + 任职条件', () => {
  // Shape of seed 000 篇一: a job description filed under a work-plan title.
  const extraction = extractRole(
    doc(...SAMPLES.shortFormRole),
    { confidence: 0.8 },
  );
  const fm = extraction.frontmatter;

  it('passes the schema', () => {
    expectValid(extraction);
  });

  it('takes the role title from the document title and the level from the role title', () => {
    expect(fm.title).toBe('运营主管');
    expect(fm.level).toBe('主管');
  });

  it('keeps every duty, with 日常 read as 每日', () => {
    expect((fm.responsibilities as Array<{ text: string }>).map((r) => r.text)).toEqual([
      '主要负责公司中标后项目实施过程中的日常管理工作',
      '负责项目进度、质量、成本等管理和控制',
      '负责项目现场各岗位的人员面试、培训',
      '项目交付后收款进度跟进',
    ]);
    expect((fm.responsibilities as Array<{ cadence: string }>)[0]!.cadence).toBe('每日');
  });

  it('sorts …优先 into preferred', () => {
    expect(fm.qualifications).toEqual({
      basic: ['大专及以上学历,熟悉项目管理流程', '能熟练使用office软件'],
      preferred: ['有生产精艺管理、档案数字化行业工作经验优先'],
    });
  });

  it('flags what it could not find instead of guessing', () => {
    expect(fm.department).toBe('');
    expect(extraction.refs).toEqual([{ path: ['department'], collection: 'departments', name: '' }]);
    expect(fm.summary).toBe(TO_FILL);
    expect(extraction.flags).toContainEqual(expect.objectContaining({ field: 'department', message: expect.stringContaining('未写明所属部门') }));
    expect(extraction.flags).toContainEqual(expect.objectContaining({ field: 'summary' }));
    expect(extraction.confidence).toBeLessThan(0.8);
    expect(extraction.body.children).toHaveLength(0);
  });
});

describe('extractRole: a form whose lines were joined', () => {
  const extraction = extractRole(doc(...SAMPLES.joinedForm));
  const fm = extraction.frontmatter;

  it('reads fields run together without separators', () => {
    expectValid(extraction);
    expect(fm).toMatchObject({ title: '运营督导', code: 'YY-006', department: '运营部', level: '专员', reportsTo: '运营经理', headcount: 2 });
    expect(fm.summary).toBe('按照公司运营标准,对各门店的营运管理进行检查、指导和考核');
  });

  it('skips the text table header and takes the glued sections out of the last duty', () => {
    expect(fm.responsibilities).toEqual([
      { text: '按督导计划巡查各门店的陈列、卫生和服务', cadence: '每日', standard: '巡查计划完成率100%' },
      { text: '编写月度督导报告,提交运营经理', cadence: '每月', standard: '报告及时率100%' },
      { text: '参与制定门店运营标准和考核细则', cadence: '按计划', standard: '按时完成' },
    ]);
    expect(fm.qualifications).toEqual({
      basic: ['大专及以上学历', '两年以上连锁门店管理经验'],
      preferred: ['有连锁零售督导工作经验者优先', '持有内审员证书者优先'],
    });
    expect((fm.kpis as Array<{ name: string; standard: string }>).map((k) => [k.name, k.standard])).toEqual([
      ['巡查计划完成率', TO_FILL],
      ['门店考核达标率', TO_FILL],
    ]);
    expect(extraction.flags).toContainEqual(expect.objectContaining({ field: 'kpis.standard' }));
  });
});

describe('extractRole: Traditional script', () => {
  const extraction = extractRole(
    doc(...SAMPLES.traditionalRole),
  );
  const fm = extraction.frontmatter;

  it('passes the schema and keeps the Traditional script', () => {
    expectValid(extraction);
    expect(fm.lang).toBe('zh-HK');
    expect(fm.title).toBe('市場營銷部經理');
    expect(fm.level).toBe('經理');
  });

  it('reads the department named in the title', () => {
    expect(fm.department).toBe('市場營銷部');
    expect(extraction.names.department).toBe('市場營銷部');
  });

  it('reads cadences in either script and writes them in the document script', () => {
    expect((fm.responsibilities as Array<{ cadence: string }>).map((r) => r.cadence)).toEqual(['隨時', '每年', '每週']);
    expect(fm.qualifications).toEqual({ basic: ['大專以上學歷', '三年以上酒店銷售管理經驗'], preferred: ['有星級酒店經驗者優先'] });
  });
});

describe('readDuty: flattened duty tables', () => {
  it.each([
    [
      '根据市场及运营需要,制定本部门各阶段营销活随时 执行性、达标率、创新力 动方案,并按公司要求组织实施',
      { text: '根据市场及运营需要,制定本部门各阶段营销活动方案,并按公司要求组织实施', cadence: '随时', standard: '执行性、达标率、创新力' },
    ],
    [
      '拟定公司每年、月的预算方案和营业指标,按月组织开好经及时、准确、创新 日 营分析会,制定和调整经营决策。',
      { text: '拟定公司每年、月的预算方案和营业指标,按月组织开好经营分析会,制定和调整经营决策', cadence: '每日', standard: '及时、准确、创新' },
    ],
    [
      '贯彻执行总经理的工作指令,对公司的经营和管理负有重要责每日 执行性,服从性及达成率\n任。',
      { text: '贯彻执行总经理的工作指令,对公司的经营和管理负有重要责任', cadence: '每日', standard: '执行性,服从性及达成率' },
    ],
    ['完成公司领导交给的临时性工作 随时 准时、达成率', { text: '完成公司领导交给的临时性工作', cadence: '随时', standard: '准时、达成率' }],
    [
      '贯彻执行总经理的工作指令,完成公司下达的各 项任务和工作指标,对公司的经营和管理负有重要责每日 执行性,服从性及达成率任。',
      { text: '贯彻执行总经理的工作指令,完成公司下达的各项任务和工作指标,对公司的经营和管理负有重要责任', cadence: '每日', standard: '执行性,服从性及达成率' },
    ],
    [
      '审阅和批示权限内各部门和个人呈交的报告及各每年、标准的执行性 项申请。月、日',
      { text: '审阅和批示权限内各部门和个人呈交的报告及各项申请', cadence: '每年', standard: '标准的执行性' },
    ],
  ])('untangles %s', (raw, expected) => {
    expect(readDuty(raw)).toMatchObject({ ...expected, untangled: true });
  });

  it('cuts off a labelled passage glued after the last cell', () => {
    expect(readDuty('完成公司领导交给的临时性工作 随时 准时、达成率 责任认识: 岗位工作责任基本界定清楚')).toMatchObject({
      text: '完成公司领导交给的临时性工作',
      rest: '责任认识: 岗位工作责任基本界定清楚',
    });
  });

  it('leaves an ordinary duty alone', () => {
    expect(readDuty('负责店铺的推广,包括站内及站外的推广及流量转化。')).toEqual({
      text: '负责店铺的推广,包括站内及站外的推广及流量转化',
      cadenceFromCell: false,
      untangled: false,
    });
  });
});

describe('splitPreferred', () => {
  it.each([
    ['全日制大学本科及以上学历,市场营销相关专业优先', { base: '全日制大学本科及以上学历', bonus: '市场营销相关专业优先' }],
    ['有服装业态管理经验者优先', { bonus: '有服装业态管理经验者优先' }],
    ['大专及以上学历', { base: '大专及以上学历' }],
  ])('%s', (text, expected) => {
    expect(splitPreferred(text)).toEqual(expected);
  });
});

describe('roleTitleFrom', () => {
  it.each([
    ['4.宾馆运营总监岗位说明书 篇四', '宾馆运营总监'],
    ['3.电商运营总监工作职责说明 篇三', '电商运营总监'],
    ['12.区域运营经理的职责说明 篇十二', '区域运营经理'],
    ['营运部主管岗位职责', '营运部主管'],
    ['运营主管工作计划篇一', '运营主管'],
    ['行政辦公室下半年工作計劃', '行政辦公室'],
  ])('%s → %s', (title, expected) => {
    expect(roleTitleFrom(title)).toBe(expected);
  });
});
