import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHandbook } from '../../../src/lib/content/check.ts';
import { myStepsOf, stepLabel, stepWhen, type ProcedureLike } from '../../../src/lib/handbook/my-steps.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

const meeting: ProcedureLike = {
  title: '周例会', kind: '会议制度',
  schedule: { frequency: '每周', times: ['10:00'], weekdays: ['周一'] },
  steps: [
    { actors: ['zhuli'], action: '整理会议材料。', deadline: '会前一日18:00前', forms: ['《会议决议跟踪表》'] },
    { actors: ['jingli'], action: '宣布开会。', time: '10:00' },
    { actors: ['zhuli', 'jingli'], action: '记录决议。', time: '10:50', endTime: '11:00', holidayTime: '10:30' },
  ],
  branches: [{ condition: '有人缺席', afterStep: 1, steps: [{ actors: ['zhuli'], action: '在签到表上注明。' }] }],
};
const complaint: ProcedureLike = {
  title: '投诉处理', trigger: '接到顾客投诉时',
  steps: [{ actors: ['kefu'], action: '登记投诉。', time: '09:00' }],
};

describe('myStepsOf', () => {
  it('collects every step a role carries out, with number, times, deadline, forms and co-actors, grouped by procedure', () => {
    const steps = myStepsOf('zhuli', [{ id: 'zhoulihui', data: meeting }, { id: 'kesu', data: complaint }]);
    expect(steps).toHaveLength(1);
    const [group] = steps;
    expect(group).toMatchObject({ id: 'zhoulihui', title: '周例会', cadence: '每周一 10:00', frequency: '每周' });
    expect(group!.steps.map((s) => [stepLabel(s), stepWhen(s), s.action])).toEqual([
      ['第1步', '会前一日18:00前', '整理会议材料。'],
      ['第3步', '10:50–11:00(节假日 10:30)', '记录决议。'],
      ['分支“有人缺席”第1步', '', '在签到表上注明。'],
    ]);
    expect(group!.steps[0]!.forms).toEqual(['《会议决议跟踪表》']);
    expect(group!.steps[1]!.withRoles).toEqual(['jingli']);
    expect(group!.steps[1]!.startTime).toBe('10:50');
    expect(group!.steps[2]!.afterStep).toBe(1);
  });

  it('gives the trigger of an unscheduled procedure and leaves out procedures without the role', () => {
    expect(myStepsOf('kefu', [{ id: 'zhoulihui', data: meeting }, { id: 'kesu', data: complaint }])).toEqual([
      expect.objectContaining({ id: 'kesu', cadence: undefined, trigger: '接到顾客投诉时', frequency: undefined }),
    ]);
    expect(myStepsOf('nobody', [{ id: 'zhoulihui', data: meeting }])).toEqual([]);
  });

  it('finds the demo 运营助理 steps in the weekly meeting, with its 09:50 set-up time', () => {
    const { entries } = checkHandbook(join(ROOT, 'content'));
    const procedures = entries.filter((e) => e.collection === 'procedures') as unknown as { id: string; data: ProcedureLike }[];
    const meetingSteps = myStepsOf('yunying-zhuli', procedures).find((g) => g.id === 'zhoulihui')!;
    expect(meetingSteps.cadence).toBe('每周一 10:00');
    expect(meetingSteps.steps.map((s) => s.number).slice(0, 2)).toEqual([1, 2]);
    expect(meetingSteps.steps[1]!.time).toBe('09:50');
    // The role's steps in the meeting are not those of the 运营经理.
    const manager = myStepsOf('yunying-jingli', procedures).find((g) => g.id === 'zhoulihui')!;
    expect(manager.steps.map((s) => s.time)).toContain('10:00');
    expect(manager.steps.map((s) => s.time)).not.toContain('09:50');
  });
});
