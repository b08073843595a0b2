import { describe, expect, it } from 'vitest';
import { landscapePrintScale, LANDSCAPE_PAGE, layoutSwimlane, SWIMLANE } from '../../../src/lib/diagrams/swimlane.ts';

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

describe('layout nodes for tapping', () => {
  it('carries the full action and the actors’ titles of each step', () => {
    const long = '一'.repeat(60);
    const layout = layoutSwimlane([{ actors: ['b', 'a'], action: long }], [], (id) => `岗位${id}`);
    expect(layout.nodes[0]!.title).toBe(long);
    expect(layout.nodes[0]!.actors).toEqual(['岗位b', '岗位a']);
  });
});

describe('landscapePrintScale', () => {
  it('prints a diagram that fits the landscape page at full size', () => {
    expect(landscapePrintScale({ width: 800, height: 400 })).toBe(1);
  });

  it('shrinks a slightly wider diagram to the page width', () => {
    const scale = landscapePrintScale({ width: 1300, height: 300 })!;
    expect(scale).toBeLessThan(1);
    expect(1300 * scale).toBeLessThanOrEqual(LANDSCAPE_PAGE.width);
    expect(scale).toBeGreaterThanOrEqual(0.7);
  });

  it('gives up on diagrams that would print too small to read, wide or tall', () => {
    const wide = layoutSwimlane(Array.from({ length: 19 }, (_, i) => ({ actors: [`r${i % 5}`], action: `步骤${i}` })), [], (id) => id);
    expect(wide.width).toBeGreaterThan(2800);
    expect(landscapePrintScale(wide)).toBeUndefined();
    expect(landscapePrintScale({ width: 600, height: 1200 })).toBeUndefined();
  });
});
