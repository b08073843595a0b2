import { cpSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHandbook } from '../../../src/lib/content/check.ts';
import { readFrontmatter } from '../../../src/lib/content/frontmatter.ts';
import { buildDraft, findRole, type DraftChoices } from '../../../src/lib/reports/draft.ts';
import { loadHandbook } from '../../../src/lib/reports/files.ts';
import { KIND_FLAGS, REPORT_KIND_INFO } from '../../../src/lib/reports/kinds.ts';
import { loadAllTemplates } from '../../../src/lib/reports/load-templates.ts';
import { reportSchema } from '../../../src/lib/schemas/reports.ts';
import { toSimplified, toTraditional } from '../../../src/lib/text/script.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const templates = loadAllTemplates(join(ROOT, 'templates'));
const demo = loadHandbook(join(ROOT, 'content')).snapshot;
const PERIODS = ['2026-W48', '2026-12', '2026-Q4', '2026-H2', '2026'];

const draft = (choices: Partial<DraftChoices> & { kind: string; period: string; role: string }, handbook = demo) =>
  buildDraft({ author: '王敏', date: '2026-11-28', ...choices }, { handbook, templates, toTraditional });

/** A copy of the demo content, for writing reports into. */
function contentCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reports-content-'));
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  return dir;
}

function writeReport(dir: string, relativePath: string, text: string): void {
  const path = join(dir, 'reports', relativePath);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** The section of a draft under a `## ` heading that contains `title`. */
function section(mdx: string, title: string): string {
  const start = mdx.search(new RegExp(`^## [^\\n]*${title}`, 'm'));
  expect(start, `section ${title}`).toBeGreaterThan(-1);
  const rest = mdx.slice(start + 3);
  const end = rest.search(/^## /m);
  return end === -1 ? rest : rest.slice(0, end);
}

describe('report drafts', () => {
  it('writes every kind for every period as a report valid against the schema and the handbook', () => {
    const dir = contentCopy();
    const written: string[] = [];
    for (const kind of KIND_FLAGS) {
      for (const period of PERIODS) {
        const result = draft({ kind, period, role: 'yunying-jingli' });
        const frontmatter = readFrontmatter(result.mdx)!;
        const parsed = reportSchema.safeParse(frontmatter.data);
        expect(parsed.success, `${kind} ${period}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
        expect(parsed.data).toMatchObject({
          kind: REPORT_KIND_INFO[kind].name, role: 'yunying-jingli', department: 'yunying', status: 'draft',
          period: { unit: result.period.unit, start: result.period.start, end: result.period.end },
        });
        expect(result.relativePath).toBe(`${result.period.year}/yunying-jingli-${period.toLowerCase()}-${REPORT_KIND_INFO[kind].slug}.mdx`);
        writeReport(dir, result.relativePath, result.mdx);
        written.push(join(dir, 'reports', result.relativePath));
      }
    }
    expect(new Set(written).size).toBe(20);
    const { entries, problems } = checkHandbook(dir);
    const ours = problems.filter((p) => p.severity === 'error' && written.some((file) => resolve(p.file) === file));
    expect(ours).toEqual([]);
    expect(entries.filter((e) => e.collection === 'reports' && written.includes(resolve(e.file)))).toHaveLength(20);
  });

  it('numbers the template sections 一、二、… in order, with hints and the signature at the end', () => {
    const { mdx } = draft({ kind: 'summary', period: '2026-Q3', role: 'yunying-jingli' });
    const headings = [...mdx.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(headings).toEqual(['一、基本情况', '二、主要工作和成绩', '三、存在的问题和不足', '四、经验和教训', '五、下一步工作打算']);
    expect(mdx).toContain('{/* 提示:实事求是,成绩不夸大,缺点不缩小');
    expect(mdx.trimEnd().endsWith('运营部 王敏\n\n2026年11月28日')).toBe(true);
    expect(mdx).toContain('现将运营部2026年第三季度工作总结如下。');
  });

  it('prefills a plan from the role: KPIs as targets, duties by cadence, meeting dates in the month', () => {
    const { mdx, title } = draft({ kind: 'plan', period: '2026-12', role: 'yunying-jingli' });
    expect(title).toBe('运营部2026年12月工作计划');
    const targets = section(mdx, '工作目标');
    expect(targets).toContain('| 指标 | 目标值 | 考核标准 | 考核周期 | 权重 |');
    expect(targets).toContain('| 销售目标达成率 | <Fill hint="目标值(岗位标准:不低于 100%)" /> | 全场商户月度销售额除以目标值 | 月度 | 40% |');
    for (const kpi of ['商户满意度', '现场管理', '安全管理', '团队建设', '报告及时性']) expect(targets).toContain(`| ${kpi} |`);

    const tasks = section(mdx, '主要工作任务');
    const groups = [...tasks.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    expect(groups).toEqual([
      '(一)重点工作', '(二)日常工作(每日)', '(三)每周工作', '(四)每月工作', '(五)季度工作',
      '(六)按计划开展的工作', '(七)随时处理的工作', '(八)例行会议和流程',
    ]);
    expect(tasks).toContain('### (二)日常工作(每日)\n\n1. 指导运营主管和楼层主管贯彻执行公司营业管理政策');
    expect(tasks).toContain('### (三)每周工作\n\n1. 召集并主持运营周例会');
    expect(tasks).toContain('月报于次月 3 日前提交,数据准确率 100%。本期安排:<Fill hint="具体安排和完成时限" />');
    // The organiser's own steps and their times follow the dates, not the procedure's start time.
    expect(tasks).toContain('运营周例会制度(负责组织):每周一,本期 4 次:12月7日、12月14日、12月21日、12月28日。');
    expect(tasks).toContain('   - 本岗第3步(10:00):宣布开会');
    expect(tasks).toContain('   - 本岗第6步(10:50–11:00):');
  });

  it('lists each Monday of the weekly meeting inside the month, for organisers and attendees alike', () => {
    expect(draft({ kind: 'plan', period: '2026-11', role: 'yunying-jingli' }).mdx).toContain(
      '运营周例会制度(负责组织):每周一,本期 5 次:11月2日、11月9日、11月16日、11月23日、11月30日。',
    );
    expect(draft({ kind: 'plan', period: '2026-11', role: 'louceng-zhuguan' }).mdx).toContain(
      '运营周例会制度(执行):每周一,本期 5 次:11月2日、11月9日',
    );
    // The 楼层主管 reports at 10:10 (step 4), not at the meeting's 10:00 start.
    expect(draft({ kind: 'plan', period: '2026-11', role: 'louceng-zhuguan' }).mdx).toMatch(/本岗第4步\(10:10\):各部门负责人和楼层主管依次汇报/);
    // A role that only attends keeps the procedure's time.
    expect(draft({ kind: 'plan', period: '2026-11', role: 'caiwu-jingli' }).mdx).toMatch(/运营周例会制度\((?:执行|参加)\):每周一/);
    const week = draft({ kind: 'plan', period: '2026-W48', role: 'yunying-jingli' }).mdx;
    expect(week).toContain('本期 1 次:11月23日');
    expect(week).not.toContain('### (四)每月工作');
  });

  it('carries the demo quarter plan into the summary of the same role and quarter', () => {
    const result = draft({ kind: 'summary', period: '2026-Q4', role: 'yunying-jingli', date: '2026-12-31' });
    expect(result.plan?.id).toBe('2026/yunying-jingli-2026-q4-jihua');
    const done = section(result.mdx, '主要工作和成绩');
    expect(done).toContain('对照《运营部2026年第四季度工作计划》,目标和任务的完成情况如下。');
    expect(done).toContain('| 目标 | 实际 | 完成情况 |');
    expect(done).toContain('| 商户销售额:3.80亿元 | <Fill hint="实际完成" /> | <Fill hint="完成情况:已完成/未完成及原因" /> |');
    expect(done).toContain('| 安全责任事故:0起 |');
    expect(done).toContain('| 工作任务 | 实际 | 完成情况 |');
    expect(done).toContain('| 楼层主管10月7日前完成节日促销陈列和消防通道专项检查。 |');
  });

  it('carries a generated and filled-in plan into the summary, and ignores plans still in draft', () => {
    const dir = contentCopy();
    const plan = draft({ kind: 'plan', period: '2026-12', role: 'louceng-zhuguan', author: '李婷', date: '2026-11-30' });
    const filled = plan.mdx
      .replace('<Fill hint="目标值(岗位标准:不低于 100%)" />', '不低于 105%')
      .replace('<Fill hint="重点工作一:内容、责任人和完成时限" />', '12月15日前完成二层圣诞布置');
    writeReport(dir, plan.relativePath, filled);
    const asDraft = loadHandbook(dir).snapshot;
    expect(draft({ kind: 'summary', period: '2026-12', role: 'louceng-zhuguan' }, asDraft).plan).toBeUndefined();

    writeReport(dir, plan.relativePath, filled.replace('status: draft', 'status: submitted'));
    const handbook = loadHandbook(dir).snapshot;
    const summary = draft({ kind: 'summary', period: '2026-12', role: 'louceng-zhuguan', date: '2026-12-31' }, handbook);
    expect(summary.plan?.id).toBe(plan.id);
    const done = section(summary.mdx, '主要工作和成绩');
    expect(done).toContain('对照《楼层主管2026年12月工作计划》');
    expect(done).toContain('| 销售目标达成率:不低于 105% |');
    expect(done).toContain('| 商户满意度:(计划中未填写) |');
    expect(done).toContain('| 12月15日前完成二层圣诞布置 |');
    expect(done).toContain('| 主持本楼层晨会,检查出勤和仪容仪表');
    expect(done).toContain('运营周例会制度(执行):每周一,本期 4 次');
    expect(done).not.toContain('重点工作二');
  });

  it('uses the plan part of last month’s 总结与计划 for this month’s, and plans the next month', () => {
    const result = draft({ kind: 'combined', period: '2026-11', role: 'kefu-zhuguan' });
    expect(result.title).toBe('客服部2026年11月工作总结与2026年12月工作计划');
    const done = section(result.mdx, '工作总结');
    expect(done).toContain('对照《客服部2026年10月工作总结与11月计划》');
    expect(done).toContain('| 双十一保障:11月8日至11日在一层中庭增设临时服务点');
    const next = section(result.mdx, '下阶段工作计划');
    expect(next).toContain('2026年12月工作安排如下。');
    expect(next).toContain('12月7日、12月14日、12月21日、12月28日');
  });

  it('writes a draft for a Traditional-script role in Traditional, with its lang', () => {
    const result = draft({ kind: 'summary', period: '2026-11', role: 'hk-yingyun-jingli' });
    expect(result.mdx).toContain('lang: zh-HK');
    expect(result.title).toBe('香港分店營運部2026年11月工作總結');
    expect(result.mdx).toContain('## 一、基本情況');
    expect(() => buildDraft({ kind: 'plan', period: '2026-11', role: 'hk-yingyun-jingli', author: '梁嘉欣', date: '2026-11-28' }, { handbook: demo, templates }))
      .toThrow('繁体');
  });

  it.each([
    [{ role: 'yunying-jinli' }, '找不到岗位“yunying-jinli”', '是不是“运营经理(运营部,yunying-jingli)”?'],
    [{ period: '2026-13' }, '周期“2026-13”不存在', '没有第 13 个月'],
    [{ period: '2026-W54' }, '周期“2026-W54”不存在', '只有 53 周'],
    [{ kind: 'weekly' }, '不认识的报告类型“weekly”', 'plan(工作计划)'],
    [{ author: '  ' }, '请填写撰写人姓名', ''],
    [{ author: '王\u0008敏' }, '撰写人姓名里有看不见的控制字符 U+0008(退格)', '请删掉后重新输入'],
    [{ author: '王敏\u2028' }, '撰写人姓名里有看不见的控制字符 U+2028(行分隔符)', ''],
    [{ date: '2026-02-30' }, '日期“2026-02-30”无效', ''],
    [{ id: '../../roles/x' }, '会写到 content/reports 文件夹之外', ''],
    [{ id: 'Bad Name' }, '编号“Bad Name”不合法', ''],
  ])('refuses %o', (change, message, more) => {
    expect(() => draft({ kind: 'plan', period: '2026-12', role: 'yunying-jingli', ...change })).toThrow(message);
    if (more) expect(() => draft({ kind: 'plan', period: '2026-12', role: 'yunying-jingli', ...change })).toThrow(more);
  });

  it('accepts Chinese kind names and a custom id in the year folder', () => {
    expect(draft({ kind: '工作总结', period: '2026-12', role: 'yunying-jingli' }).kind.flag).toBe('summary');
    expect(draft({ kind: '述職報告', period: '2026', role: 'yunying-jingli' }).kind.flag).toBe('review');
    expect(draft({ kind: 'plan', period: '2026-12', role: 'yunying-jingli', id: 'yy-12' }).relativePath).toBe('2026/yy-12.mdx');
  });

  it('escapes handbook text that would break MDX', () => {
    const handbook = structuredClone(demo);
    handbook.roles.find((r) => r.id === 'yunying-jingli')!.kpis[0]!.name = '达成率 {月度} <主> a|b';
    const { mdx } = draft({ kind: 'plan', period: '2026-12', role: 'yunying-jingli' }, handbook);
    expect(mdx).toContain('| 达成率 \\{月度\\} \\<主\\> a\\|b |');
    expect(readFileSync(join(ROOT, 'templates/plan.yaml'), 'utf8')).toContain('[[');
  });
});

describe('roles named by title', () => {
  const twoFloors = () => {
    const handbook = structuredClone(demo);
    const floor = handbook.roles.find((r) => r.id === 'louceng-zhuguan')!;
    handbook.roles.push({ ...floor, id: 'louceng-zhuguan-b', department: 'kefu' });
    return handbook;
  };

  it('finds a role by its title, in either script, as by its id', () => {
    expect(findRole(demo, '运营经理').id).toBe('yunying-jingli');
    expect(findRole(demo, ' 运营经理 ').id).toBe('yunying-jingli');
    expect(findRole(demo, 'yunying-jingli').id).toBe('yunying-jingli');
    expect(findRole(demo, '營運經理').id).toBe('hk-yingyun-jingli');
    expect(findRole(demo, '楼面主管', toSimplified).id).toBe('hk-louceng-zhuguan');
    expect(draft({ kind: 'plan', period: '2026-12', role: '运营经理' }).mdx).toBe(draft({ kind: 'plan', period: '2026-12', role: 'yunying-jingli' }).mdx);
  });

  it('lists the candidates when a title is shared or only part of several titles', () => {
    expect(() => findRole(twoFloors(), '楼层主管')).toThrow(
      '有 2 个岗位叫“楼层主管”:楼层主管(运营部,louceng-zhuguan)、楼层主管(客服部,louceng-zhuguan-b)。请用岗位编号指定,例如 --role louceng-zhuguan',
    );
    expect(() => findRole(demo, '客服')).toThrow('“客服”对应多个岗位:客服主管(客服部,kefu-zhuguan)、客服员(客服部,kefuyuan)。请写出完整的岗位名称或岗位编号');
  });

  it('suggests the closest role for an unknown title', () => {
    expect(() => findRole(demo, '运营经里')).toThrow('找不到岗位“运营经里”');
    expect(() => findRole(demo, '运营经里')).toThrow('是不是“运营经理(运营部,yunying-jingli)”?');
    expect(() => findRole(demo, '督导')).toThrow('是不是“运营督导(运营部,yunying-dudao)”?');
    expect(() => findRole(demo, '财务总监')).toThrow(/找不到岗位“财务总监”.*是不是“财务经理\(财务部,caiwu-jingli\)”?/);
    expect(() => findRole(demo, 'abc')).toThrow('可以写岗位名称(例如 运营经理)或岗位编号');
  });
});
