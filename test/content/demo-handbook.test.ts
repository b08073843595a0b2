/** The demo handbook shipped in content/ is valid and covers what a real handbook holds. */
import { describe, expect, it } from 'vitest';
import { checkHandbook } from '../../src/lib/content/check.ts';
import { formatProblems } from '../../src/lib/content/problems.ts';

const { entries, problems } = checkHandbook('content', { today: '2026-11-22' });
const ids = (collection: string) => entries.filter((e) => e.collection === collection).map((e) => e.id);

describe('demo handbook', () => {
  it('passes the checker; its only reminders are the reviews it seeds for the dashboard', () => {
    expect(problems.filter((p) => p.severity === 'error'), formatProblems(problems)).toEqual([]);
    expect(problems.every((p) => p.field === 'reviewBy'), formatProblems(problems)).toBe(true);
  });

  it('has at least 8 departments, 20 roles, 12 procedures, 6 policies and 4 reports', () => {
    expect(ids('departments').length).toBeGreaterThanOrEqual(8);
    expect(ids('roles').length).toBeGreaterThanOrEqual(20);
    expect(ids('procedures').length).toBeGreaterThanOrEqual(12);
    expect(ids('policies').length).toBeGreaterThanOrEqual(6);
    expect(ids('reports').length).toBeGreaterThanOrEqual(4);
  });

  it('includes the procedures every operations handbook needs', () => {
    expect(ids('procedures')).toEqual(expect.arrayContaining([
      'zongzhiban', 'kaibidian', 'chenhui', 'zhoulihui', 'shanghu-jinchang', 'shanghu-chechang', 'tufa-shijian', 'xinxi-huibao', 'tuihuanhuo',
    ]));
  });

  it('has the closing timeline with holiday times and the arrears branch of move-out', () => {
    const closing = entries.find((e) => e.id === 'kaibidian')!.data as { steps: { time?: string; holidayTime?: string }[] };
    const times = closing.steps.map((s) => s.time);
    expect(times).toEqual(expect.arrayContaining(['17:50', '17:55', '18:00', '18:02', '18:30']));
    expect(closing.steps.filter((s) => s.holidayTime).length).toBeGreaterThanOrEqual(5);
    const moveOut = entries.find((e) => e.id === 'shanghu-chechang')!.data as { branches: { condition: string }[] };
    expect(moveOut.branches.some((b) => /欠/.test(b.condition))).toBe(true);
  });

  it('has a weighted KPI scheme with payout bands, a reporting policy and a regulation in articles', () => {
    const scheme = entries.find((e) => e.id === 'yunying-kaohe-banfa')!.data as { kpiScheme?: { metrics: unknown[]; bands: unknown[] } };
    expect(scheme.kpiScheme?.metrics.length).toBeGreaterThanOrEqual(5);
    expect(scheme.kpiScheme?.bands.length).toBeGreaterThanOrEqual(3);
    expect(entries.find((e) => e.id === 'xinxi-huibao-zhidu')!.body).toMatch(/处罚|罚款|通报批评/);
    const regulation = entries.find((e) => e.id === 'shanghu-jingying-guiding')!.body;
    expect(regulation).toMatch(/## 第一章/);
    expect(regulation).toMatch(/\*\*第一条\*\*/);
  });

  it('has at least 5 entries in Traditional script', () => {
    const traditional = entries.filter((e) => (e.data as { lang: string }).lang !== 'zh-CN');
    expect(traditional.length).toBeGreaterThanOrEqual(5);
  });
});
