/** Prefill: which plan a summary is measured against, and meeting dates on the branch's calendar. */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDraft, type DraftChoices } from '../../../src/lib/reports/draft.ts';
import { loadHandbook } from '../../../src/lib/reports/files.ts';
import { loadAllTemplates } from '../../../src/lib/reports/load-templates.ts';
import { parsePeriod } from '../../../src/lib/reports/periods.ts';
import { findPlan, occurrencesText } from '../../../src/lib/reports/prefill.ts';
import type { HandbookSnapshot, SnapshotPlan, SnapshotProcedure } from '../../../src/lib/reports/snapshot.ts';
import { toTraditional } from '../../../src/lib/text/script.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const templates = loadAllTemplates(join(ROOT, 'templates'));
const demo = loadHandbook(join(ROOT, 'content')).snapshot;
const draft = (choices: Partial<DraftChoices> & { kind: string; period: string; role: string }, handbook = demo) =>
  buildDraft({ author: '王敏', date: '2026-11-28', ...choices }, { handbook, templates, toTraditional });

function plan(id: string, unit: string, start: string, end: string, extra: Partial<SnapshotPlan> = {}): SnapshotPlan {
  return {
    id, title: id, kind: '工作计划', role: 'yunying-jingli', status: 'approved', covers: { unit, start, end },
    targets: [{ name: `${id}目标`, target: '100%' }], tasks: [`${id}任务`], ...extra,
  };
}

describe('findPlan', () => {
  const plans = [
    plan('q2', 'quarter', '2026-04-01', '2026-06-30'),
    plan('h1', 'half', '2026-01-01', '2026-06-30'),
    plan('year', 'year', '2026-01-01', '2026-12-31'),
    plan('q2-submitted', 'quarter', '2026-04-01', '2026-06-30', { status: 'submitted' }),
    plan('other-role', 'month', '2026-05-01', '2026-05-31', { role: 'louceng-zhuguan' }),
  ];
  const handbook: HandbookSnapshot = { ...demo, plans };

  it('uses the approved quarterly plan covering a month that has no monthly plan', () => {
    expect(findPlan(handbook, 'yunying-jingli', parsePeriod('2026-05'))?.id).toBe('q2');
  });

  it('prefers the plan of the month itself, then quarter, half and year', () => {
    const withMonth = { ...handbook, plans: [...plans, plan('may', 'month', '2026-05-01', '2026-05-31')] };
    expect(findPlan(withMonth, 'yunying-jingli', parsePeriod('2026-05'))?.id).toBe('may');
    expect(findPlan(handbook, 'yunying-jingli', parsePeriod('2026-Q1'))?.id).toBe('h1');
    expect(findPlan(handbook, 'yunying-jingli', parsePeriod('2026-08'))?.id).toBe('year');
    expect(findPlan(handbook, 'yunying-jingli', parsePeriod('2027-01'))).toBeUndefined();
  });

  it('never uses a shorter plan for a longer period', () => {
    const onlyMonth = { ...demo, plans: [plan('may', 'month', '2026-05-01', '2026-05-31')] };
    expect(findPlan(onlyMonth, 'yunying-jingli', parsePeriod('2026-Q2'))).toBeUndefined();
  });
});

describe('summaries fed by longer plans', () => {
  it('fills the November summary of the 运营经理 from the approved 2026-Q4 plan and says which plan it used', () => {
    const result = draft({ kind: 'summary', period: '2026-11', role: 'yunying-jingli', date: '2026-11-30' });
    expect(result.plan?.id).toBe('2026/yunying-jingli-2026-q4-jihua');
    expect(result.mdx).toContain('本月没有单独的工作计划,对照涵盖本期的《运营部2026年第四季度工作计划》,目标和任务的完成情况如下。');
    expect(result.mdx).toContain('| 商户销售额:3.80亿元 |');
    expect(result.notes.join('\n')).toContain('2026年11月没有单独的工作计划,完成情况表按涵盖本期的《运营部2026年第四季度工作计划》(2026/yunying-jingli-2026-q4-jihua)预填');
  });

  it('keeps “no plan found” out of the report text: it is a removable hint and a note for the writer', () => {
    const result = draft({ kind: 'summary', period: '2026-05', role: 'kefu-zhuguan', date: '2026-05-31' });
    expect(result.plan).toBeUndefined();
    const message = '没有找到2026年5月(或涵盖它的季度、半年、年度)已提交的工作计划,完成情况表按岗位考核指标和职责列出。';
    expect(result.notes).toContain(message);
    expect(result.mdx).toContain(`{/* 提示:${message} */}`);
    // Outside hint comments the sentence appears nowhere.
    expect(result.mdx.replace(/\{\/\*[\s\S]*?\*\/\}/g, '')).not.toContain('没有找到');
  });
});

const weekly = (weekdays: string[], extra: Partial<SnapshotProcedure['schedule']> = {}): SnapshotProcedure => ({
  id: 'meeting', title: '例会', owner: 'x', actors: [], participants: [],
  schedule: { frequency: '每周', times: ['10:00'], weekdays, daysOfMonth: [], ...extra },
});

describe('meeting dates on the calendar', () => {
  const cn = demo.calendars!.CN!;
  const hk = demo.calendars!.HK!;

  it('moves the Monday of 10月5日 to 10月8日 in a mainland October plan', () => {
    const text = occurrencesText(weekly(['周一']), parsePeriod('2026-10'), { calendar: cn })!;
    expect(text).toBe('每周一 10:00,本期 4 次:10月8日(周四,10月5日国庆节顺延)、10月12日、10月19日、10月26日');
    expect(text).not.toMatch(/(^|、|:)10月5日/);
    // Without a calendar the scheduled dates stand.
    expect(occurrencesText(weekly(['周一']), parsePeriod('2026-10'))).toContain('本期 4 次:10月5日、10月12日');
  });

  it('counts the make-up Saturday 10月10日 as a working day of a weekday schedule', () => {
    const daily = { ...weekly(['周一', '周二', '周三', '周四', '周五']), schedule: { ...weekly([]).schedule, frequency: '每日', weekdays: ['周一', '周二', '周三', '周四', '周五'] } };
    // October 2026: 22 weekdays, 5 of them (1–2, 5–7 Oct) holidays, plus Saturday 10 Oct worked.
    expect(occurrencesText(daily, parsePeriod('2026-10'), { calendar: cn })).toBe('每周一、周二、周三、周四、周五 10:00,本期共 18 天(已扣除法定节假日、计入调休上班日)');
  });

  it('respects 2026-07-01 for a Hong Kong role, and the weekly meeting of the demo 運營經理 plan', () => {
    expect(occurrencesText(weekly(['周三']), parsePeriod('2026-07'), { calendar: hk })).toContain('7月2日(周四,7月1日香港特別行政區成立紀念日顺延)');
    expect(occurrencesText(weekly(['周三']), parsePeriod('2026-07'), { calendar: cn })).toContain('本期 5 次:7月1日、7月8日');

    // A Hong Kong role in a Wednesday meeting gets the Hong Kong calendar from its zh-HK department.
    const handbook = structuredClone(demo);
    handbook.procedures.push({ ...weekly(['周三']), id: 'hk-weekly', title: '營運週會', owner: 'hk-yingyun-jingli' });
    const hkPlan = draft({ kind: 'plan', period: '2026-07', role: 'hk-yingyun-jingli' }, handbook).mdx;
    expect(hkPlan).toContain('7月2日(週四,7月1日香港特別行政區成立紀念日順延)');
    const cnHandbook = structuredClone(handbook);
    cnHandbook.procedures.at(-1)!.owner = 'yunying-jingli';
    expect(draft({ kind: 'plan', period: '2026-07', role: 'yunying-jingli' }, cnHandbook).mdx).toContain('營運週會(负责组织):每周三 10:00,本期 5 次:7月1日、7月8日');
  });

  it('uses the calendar in a real draft: the 运营经理 October plan has no meeting on 10月5日', () => {
    const mdx = draft({ kind: 'plan', period: '2026-10', role: 'yunying-jingli', date: '2026-09-28' }).mdx;
    expect(mdx).toContain('运营周例会制度(负责组织):每周一,本期 4 次:10月8日(周四,10月5日国庆节顺延)、10月12日、10月19日、10月26日。');
  });

  it('tells the writer, not the reader, when the year is beyond the holiday data', () => {
    const year = cn.lastYear + 1;
    const result = draft({ kind: 'plan', period: `${year}-01`, role: 'yunying-jingli', date: `${year}-01-02` });
    const note = result.notes.find((n) => n.includes('不在节假日数据内'));
    expect(note).toContain(`${year}年的中国内地法定节假日和调休安排`);
    expect(result.mdx).toContain(`{/* 提示:${note} */}`);
    expect(result.mdx.replace(/\{\/\*[\s\S]*?\*\/\}/g, '')).not.toContain('节假日数据');
  });
});

describe('the role’s own steps in prefill', () => {
  it('escapes step text from the handbook that would break MDX', () => {
    const handbook = structuredClone(demo);
    const role = handbook.roles.find((r) => r.id === 'yunying-zhuli')!;
    const meeting = role.steps!.find((group) => group.id === 'zhoulihui')!;
    meeting.steps[0]!.action = '整理 {议程} <b>材料</b>';
    meeting.steps.push({ ...meeting.steps[0]!, number: 1, branch: '缺席 {人}', action: '代理' });
    const mdx = draft({ kind: 'plan', period: '2026-12', role: 'yunying-zhuli' }, handbook).mdx;
    expect(mdx).toContain('   - 本岗第1步(会前一日18:00前):整理 \\{议程\\} \\<b\\>材料\\</b\\>');
    expect(mdx).toContain('   - 本岗分支“缺席 \\{人\\}”第1步');
  });
});
