import { describe, expect, it } from 'vitest';
import { layoutSwimlane, SWIMLANE } from '../../../src/lib/diagrams/swimlane.ts';

const steps = [
  { actors: ['a'], action: '第一步', time: '09:00' },
  { actors: ['b', 'a'], action: '第二步', time: '09:30', endTime: '10:00' },
  { actors: ['a'], action: '第三步' },
];

describe('layoutSwimlane', () => {
  const layout = layoutSwimlane(steps, [{ condition: '下雨', afterStep: 1, steps: [{ actors: ['c'], action: '取伞' }] }], (id) => id.toUpperCase());

  it('makes one lane per actor in order of first appearance', () => {
    expect(layout.lanes.map((l) => l.label)).toEqual(['A', 'B', 'C']);
    expect(layout.height).toBe(3 * SWIMLANE.laneHeight);
  });

  it('puts each step in its first actor’s lane and inserts branches after their step', () => {
    expect(layout.nodes.map((n) => n.label)).toEqual(['1', 'a1', '2', '3']);
    const [first, branch, second] = layout.nodes;
    expect(first!.y).toBeLessThan(second!.y);
    expect(branch!.branch).toBe(true);
    expect(branch!.x).toBeGreaterThan(first!.x);
    expect(second!.time).toBe('09:30–10:00');
  });

  it('marks secondary actors and draws main and branch edges', () => {
    expect(layout.helpers).toHaveLength(1);
    expect(layout.edges.filter((e) => !e.dashed)).toHaveLength(2);
    expect(layout.edges.filter((e) => e.dashed)).toHaveLength(1);
    expect(layout.notes[0]!.text).toBe('若下雨');
  });
});
