import { describe, expect, it } from 'vitest';
import { extractProcedure, procedureKindOf } from '../../../../src/lib/import/extract/extract-procedure.ts';
import { SAMPLES } from './samples.ts';
import { doc, expectValid } from './fixture.ts';

type Step = { actors: string[]; action: string; time?: string; endTime?: string; holidayTime?: string; deadline?: string; forms: string[]; approval?: string; note?: string };


describe('extractProcedure: 开闭店 with a closing timeline and holiday times', () => {
  const extraction = extractProcedure(doc(...SAMPLES.openingClosing));
  const fm = extraction.frontmatter;
  const steps = fm.steps as Step[];

  it('passes the procedures schema', () => {
    const data = expectValid(extraction);
    expect(data.status).toBe('draft');
  });

  it('reads title, kind, department and summary', () => {
    expect(fm).toMatchObject({ title: '运营部开闭店管理制度', kind: '流程', department: '运营部' });
    expect(fm.summary).toBe('为规范商场每日开店、闭店工作,统一各岗位的时间节点,特制定本制度');
    expect(extraction.names.department).toBe('运营部');
  });

  it('keeps times out of the action text', () => {
    expect(steps[3]!.action).toBe('客服员播放闭店预告广播');
    expect(steps[7]!.action).toBe('楼层主管带领商管员逐层清场,填写《闭店检查登记表》');
  });

  it('reads the closing timeline with ranges and holiday variants', () => {
    expect(steps.map((s) => [s.time, s.endTime, s.holidayTime])).toEqual([
      ['09:20', undefined, undefined],
      ['09:25', undefined, undefined],
      ['09:30', undefined, undefined],
      ['17:50', undefined, '21:20'],
      ['17:55', undefined, '21:25'],
      ['18:00', undefined, '21:30'],
      ['18:02', undefined, '21:32'],
      ['18:02', '18:30', '21:32'],
      ['18:40', undefined, '22:10'],
    ]);
    expect(fm.schedule).toEqual({
      frequency: '每日',
      times: ['09:20', '09:25', '09:30', '17:50', '17:55', '18:00', '18:02', '18:30', '18:40'],
      holidays: '法定节假日营业至22:00,闭店时间相应顺延',
    });
  });

  it('names the actors of each step, including companions, and leaves unknown ones empty with a flag', () => {
    expect(steps.map((s) => s.actors)).toEqual([
      ['营业员', '商管员'],
      ['楼层主管'],
      ['安全员'],
      ['客服员'],
      ['客服员'],
      [''],
      ['客服员'],
      ['楼层主管', '商管员'],
      ['安全员'],
    ]);
    expect(extraction.flags).toContainEqual({ field: 'steps', message: '第6步未写明执行岗位,请填写', line: 17 });
    expect(extraction.refs).toContainEqual({ path: ['steps', 7, 'actors', 1], collection: 'roles', name: '商管员' });
    expect(extraction.refs).toContainEqual({ path: ['steps', 5, 'actors', 0], collection: 'roles', name: '' });
    expect(fm.participants).toEqual(['营业员', '商管员', '楼层主管', '安全员', '客服员']);
  });

  it('collects forms, the branch, the escalation and the do-not rule', () => {
    expect(steps[7]!.forms).toEqual(['《闭店检查登记表》']);
    expect(fm.records).toEqual(['《商户开店检查表》', '《闭店检查登记表》', '《商户违规记录表》']);
    expect(fm.branches).toEqual([
      {
        condition: '店铺未按时开门',
        afterStep: 9,
        steps: [{ actors: ['商管员'], action: '商管员应立即电话联系店长并在《商户违规记录表》中登记', forms: ['《商户违规记录表》'] }],
      },
    ]);
    expect(fm.escalation).toEqual([{ condition: '清场时发现可疑人员或火灾隐患', to: '保安部经理', within: '立即' }]);
    expect(extraction.refs).toContainEqual({ path: ['escalation', 0, 'to'], collection: 'roles', name: '保安部经理' });
    expect(fm.donts).toEqual(['严禁在闭店广播前收货、关灯']);
  });

  it('keeps the opening paragraph and the schedule section in the body', () => {
    const body = JSON.stringify(extraction.body);
    expect(body).toContain('营业时间');
    expect(body).toContain('特制定本制度');
    expect(body).not.toContain('播放送宾曲');
  });
});

describe('extractProcedure: 商户撤场 with forms, deadlines and the arrears branch', () => {
  const extraction = extractProcedure(
    doc(...SAMPLES.moveOut),
  );
  const fm = extraction.frontmatter;
  const steps = fm.steps as Step[];

  it('passes the schema', () => {
    expectValid(extraction);
  });

  it('reads deadlines, approvals and forms of the steps', () => {
    expect(steps.map((s) => s.actors)).toEqual([[''], ['招商部'], ['财务部'], ['运营部', '物业部']]);
    expect(steps[0]).toMatchObject({ deadline: '撤场前一周', forms: ['《撤场审批表》'] });
    expect(steps[1]).toMatchObject({ deadline: '7个工作日内', approval: '运营经理' });
    expect(extraction.refs).toContainEqual({ path: ['steps', 1, 'actors', 0], collection: 'departments', name: '招商部' });
    expect(extraction.refs).toContainEqual({ path: ['steps', 1, 'approval'], collection: 'roles', name: '运营经理' });
  });

  it('turns the arrears section into a branch after the main steps', () => {
    const branches = fm.branches as Array<{ condition: string; afterStep: number; steps: Step[] }>;
    expect(branches).toHaveLength(1);
    expect(branches[0]!.condition).toBe('欠费商户');
    expect(branches[0]!.afterStep).toBe(4);
    expect(branches[0]!.steps.map((s) => s.actors)).toEqual([['财务部'], ['运营部'], ['法务部']]);
    expect(fm.records).toEqual(['《撤场审批表》', '《费用结算单》', '《催款通知单》']);
  });

  it('keeps the responsibilities section in the body and flags the missing department', () => {
    expect(JSON.stringify(extraction.body)).toContain('职责分工');
    expect(fm.kind).toBe('流程');
    expect(extraction.flags).toContainEqual(expect.objectContaining({ field: 'department' }));
    expect(extraction.refs[0]).toEqual({ path: ['department'], collection: 'departments', name: '' });
  });
});

describe('extractProcedure: 总值班 with a checklist grouped by category', () => {
  const extraction = extractProcedure(
    doc(...SAMPLES.dutyManager),
  );
  const fm = extraction.frontmatter;

  it('passes the schema in Traditional script', () => {
    expectValid(extraction);
    expect(fm.kind).toBe('值班制度');
    expect(fm.lang).toBe('zh-HK');
  });

  it('reads checklists per category, the escalation and the do-not rule', () => {
    expect(fm.checklists).toEqual([
      { category: '設備', items: ['扶梯、直梯運行正常', '照明、空調開啟正常'] },
      { category: '環境', items: ['公共區域清潔'] },
    ]);
    expect(fm.escalation).toEqual([{ condition: '發生重大事件', to: '項目總經理', within: '立即' }]);
    expect(fm.donts).toEqual(['不得私自調班,確需調班須經總經理批准']);
    expect(fm.records).toEqual(['《總值班記錄本》']);
    // 總值班由…擔任 defines the role: it stays in the body, not among the steps.
    expect((fm.steps as Step[]).map((s) => s.actors)).toEqual([['總值班人員']]);
    expect(JSON.stringify(extraction.body)).toContain('總值班由運營主管或以上人員擔任');
  });
});

describe('extractProcedure: a rule filed under a work-plan title', () => {
  const extraction = extractProcedure(doc(...SAMPLES.morningBriefing));

  it('takes the rule’s own name from the text and the kind from what the text is about', () => {
    expectValid(extraction);
    expect(extraction.frontmatter).toMatchObject({ title: '晨会管理制度', kind: '会议制度' });
    expect(extraction.flags).toContainEqual({ message: '原标题“运营主管工作计划”不是流程名称,已改用正文中的“晨会管理制度”,请核对', line: 3 });
    expect((extraction.frontmatter.steps as Step[]).map((s) => s.deadline)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('extractProcedure: rules written as prose', () => {
  it('makes one step per sentence of a long item; later sentences keep the actor unless they name another', () => {
    const extraction = extractProcedure(
      doc(
        '开店检查流程',
        '## 一、检查\n\n- 1、楼层主管巡视本楼层开店准备,检查商户到岗和卫生情况,发现问题当场督促整改。未到岗、未开灯或卫生不达标的店铺在《商户开店检查表》上登记。商管员协助核对到岗人数并报楼层主管汇总。\n',
      ),
    );
    expectValid(extraction);
    const steps = extraction.frontmatter.steps as Step[];
    expect(steps.map((s) => [s.actors, s.forms])).toEqual([
      [['楼层主管'], []],
      [['楼层主管'], ['《商户开店检查表》']],
      [['商管员'], []],
    ]);
  });
});

describe('extractProcedure: what is not a step', () => {
  it('leaves introductions, notes after numbered steps and penalties in the body', () => {
    const extraction = extractProcedure(
      doc(
        '运营部信息汇报制度',
        `为保证信息传递及时、准确,运营部各岗位按以下规定汇报工作:

- 1、日报:楼层主管于每日下班前将当日工作日报提交运营主管
- 2、周报:运营主管于每周六18:00前向运营经理提交周报

周报须附本周客流数据。

未按时提交报告的,每次扣除当月绩效分2分。
`,
      ),
    );
    expectValid(extraction);
    const steps = extraction.frontmatter.steps as Step[];
    expect(steps.map((s) => [s.actors, s.action, s.time])).toEqual([
      [['楼层主管'], '日报:楼层主管于每日下班前将当日工作日报提交运营主管', undefined],
      [['运营主管'], '周报:运营主管于每周六18:00前向运营经理提交周报', '18:00'],
    ]);
    const body = JSON.stringify(extraction.body);
    expect(body).toContain('按以下规定汇报工作');
    expect(body).toContain('周报须附本周客流数据');
    expect(body).toContain('扣除当月绩效分2分');
  });

  it('reads a schedule line, an annexed checklist and a rule with 不得', () => {
    const extraction = extractProcedure(
      doc(
        '商场总值班管理制度',
        `- 一、值班时间:每日营业时间9:30—18:30。
- 二、总值班职责:
  - 1、检查各岗位人员在岗情况
  - 2、遇重大事件立即报告项目总经理
- 三、总值班人员周日须全天在岗,不得私自调班。

附:总值班检查表

设备类:电梯、扶梯运行正常;照明开启正常。

环境类:公共区域地面清洁。
`,
      ),
    );
    expectValid(extraction);
    const fm = extraction.frontmatter;
    expect(fm.schedule).toMatchObject({ frequency: '每日', times: ['09:30', '18:30'], note: '值班时间:每日营业时间9:30—18:30' });
    expect((fm.steps as Step[]).map((s) => s.action)).toEqual(['检查各岗位人员在岗情况', '遇重大事件立即报告项目总经理']);
    expect(fm.escalation).toEqual([{ condition: '遇重大事件', to: '项目总经理', within: '立即' }]);
    expect(fm.donts).toEqual(['总值班人员周日须全天在岗,不得私自调班']);
    expect(fm.checklists).toEqual([
      { category: '设备类', items: ['电梯、扶梯运行正常', '照明开启正常'] },
      { category: '环境类', items: ['公共区域地面清洁'] },
    ]);
  });

  it('keeps the conditional steps of an emergency plan as steps', () => {
    const extraction = extractProcedure(
      doc(
        '商场停电应急预案',
        `- 一、发生停电后,工程部值班电工须在2分钟内查明停电原因,并报告总值班。
- 二、客服部立即播放安抚广播,提醒顾客注意安全。
- 三、恢复供电后,工程部逐层检查设备,确认安全后方可恢复营业。
`,
      ),
    );
    expectValid(extraction);
    expect(extraction.frontmatter.kind).toBe('应急预案');
    expect((extraction.frontmatter.steps as Step[]).map((s) => s.actors)).toEqual([['工程部值班电工'], ['客服部'], ['工程部']]);
    expect(extraction.frontmatter.branches).toEqual([]);
  });
});

describe('extractProcedure: meetings and service steps', () => {
  it('reads a weekly meeting: schedule from the convening rule, participants, the agenda as steps', () => {
    const extraction = extractProcedure(doc(...SAMPLES.weeklyMeeting));
    expectValid(extraction);
    const fm = extraction.frontmatter;
    expect(fm.kind).toBe('会议制度');
    expect(fm.schedule).toMatchObject({ frequency: '每周', times: ['09:00'] });
    expect(fm.participants).toEqual(['各部门负责人', '各楼层主管']);
    expect((fm.steps as Step[]).map((s) => s.action)).toEqual([
      '各部门汇报上周工作完成情况及本周工作计划',
      '通报上周现场检查中发现的问题及整改情况',
      '例会记录由运营部专人负责,会后一个工作日内上传',
    ]);
  });

  it('keeps a numbered step that escalates among the steps, and records the escalation', () => {
    const extraction = extractProcedure(doc(...SAMPLES.returns));
    expectValid(extraction);
    const fm = extraction.frontmatter;
    expect((fm.steps as Step[]).map((s) => s.action)).toHaveLength(4);
    expect((fm.steps as Step[])[3]!.action).toBe('不能当场解决的,上报客服主管协调处理');
    expect(fm.escalation).toEqual([{ condition: '不能当场解决的', to: '客服主管' }]);
    expect((fm.steps as Step[])[0]!.actors).toEqual(['服务台人员']);
  });
});

describe('extractProcedure: defaults', () => {
  it('falls back to kind 流程 with a flag and a 待填写 step when nothing is found', () => {
    const extraction = extractProcedure(doc('商户服务指引', '## 说明\n\n本指引说明服务要求。\n'), { confidence: 0.7 });
    expect(extraction.frontmatter.kind).toBe('流程');
    expect(extraction.frontmatter.steps).toEqual([{ actors: [''], action: '待填写', forms: [] }]);
    expect(extraction.flags.map((f) => f.field)).toEqual(expect.arrayContaining(['kind', 'steps', 'department']));
    expect(extraction.confidence).toBeLessThan(0.7);
    expectValid(extraction);
  });

  it.each([
    ['突发事件应急预案', '应急预案'],
    ['周例会制度', '会议制度'],
    ['信息汇报管理制度', '汇报制度'],
    ['楼层巡场检查表', '检查表'],
    ['收银操作规程', 'SOP'],
    ['退换货流程', '流程'],
    ['商户服务指引', undefined],
  ])('kind of %s is %s', (title, kind) => {
    expect(procedureKindOf(title)).toBe(kind);
  });
});
