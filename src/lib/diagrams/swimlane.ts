/**
 * Layout of a procedure as a swimlane flow diagram: one lane per actor role,
 * one column per step, arrows in step order, branches as dashed detours.
 * Pure geometry; `src/components/SwimlaneDiagram.astro` draws it (SVG lanes and arrows, HTML step boxes).
 */
import { wrapText } from './text-wrap.ts';

export interface FlowStep {
  actors: readonly string[];
  action: string;
  time?: string | undefined;
  endTime?: string | undefined;
}

export interface FlowBranch {
  condition: string;
  afterStep?: number | undefined;
  steps: readonly FlowStep[];
}

export interface SwimlaneNode {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Step number as shown: `3`, or `a1` for the first step of the first branch. */
  label: string;
  time?: string;
  /** Full action text: the box shows its first lines (CSS line clamp), a tap shows it whole. */
  title: string;
  /** Titles of the roles that carry out the step, first one first. */
  actors: string[];
  branch: boolean;
}

export interface SwimlaneLayout {
  width: number;
  height: number;
  lanes: { id: string; label: string; y: number; height: number }[];
  nodes: SwimlaneNode[];
  /** Marks for a step's secondary actors, joined to the step by a dotted line. */
  helpers: { x: number; y: number; fromY: number }[];
  edges: { d: string; dashed: boolean }[];
  /** Condition labels of branches, placed above their first step. */
  notes: { x: number; y: number; text: string }[];
}

export const SWIMLANE = { laneLabelWidth: 92, columnWidth: 148, boxWidth: 124, boxHeight: 60, laneHeight: 72, fontSize: 12 };

/** Lays out steps and branches; `laneLabel` turns a role id into its title. */
export function layoutSwimlane(
  steps: readonly FlowStep[],
  branches: readonly FlowBranch[],
  laneLabel: (id: string) => string,
): SwimlaneLayout {
  const { laneLabelWidth, columnWidth, boxWidth, boxHeight, laneHeight, fontSize } = SWIMLANE;
  const laneIds = [...new Set([...steps, ...branches.flatMap((b) => b.steps)].flatMap((s) => s.actors))];
  const lanes = laneIds.map((id, i) => ({ id, label: laneLabel(id), y: i * laneHeight, height: laneHeight }));
  const laneY = new Map(lanes.map((lane) => [lane.id, lane.y]));

  // Column plan: main steps in order, each branch's steps inserted after the step it follows.
  type Slot = { step: FlowStep; label: string; branch?: { index: number; first: boolean; condition: string } };
  const slots: Slot[] = [];
  steps.forEach((step, i) => {
    slots.push({ step, label: String(i + 1) });
    branches.forEach((branch, b) => {
      if ((branch.afterStep ?? steps.length) !== i + 1) return;
      branch.steps.forEach((bStep, j) =>
        slots.push({ step: bStep, label: `${String.fromCharCode(97 + b)}${j + 1}`, branch: { index: b, first: j === 0, condition: branch.condition } }),
      );
    });
  });

  const nodes: SwimlaneNode[] = [];
  const helpers: SwimlaneLayout['helpers'] = [];
  const notes: SwimlaneLayout['notes'] = [];
  const maxChars = (boxWidth - 12) / fontSize;
  slots.forEach((slot, col) => {
    const [primary, ...others] = slot.step.actors;
    const x = laneLabelWidth + col * columnWidth + (columnWidth - boxWidth) / 2;
    const y = laneY.get(primary!)! + (laneHeight - boxHeight) / 2;
    const time = slot.step.time ? (slot.step.endTime ? `${slot.step.time}–${slot.step.endTime}` : slot.step.time) : undefined;
    nodes.push({
      x, y, width: boxWidth, height: boxHeight, label: slot.label, ...(time ? { time } : {}), title: slot.step.action,
      actors: slot.step.actors.map(laneLabel), branch: Boolean(slot.branch),
    });
    for (const other of others) {
      helpers.push({ x: x + boxWidth / 2, y: laneY.get(other)! + laneHeight / 2, fromY: y + boxHeight / 2 });
    }
    if (slot.branch?.first) notes.push({ x: x + boxWidth / 2, y: y - 6, text: wrapText(`若${slot.branch.condition}`, maxChars + 1, 1)[0]! });
  });

  const edges: SwimlaneLayout['edges'] = [];
  const connect = (from: SwimlaneNode, to: SwimlaneNode, dashed: boolean) => {
    const x1 = from.x + from.width;
    const y1 = from.y + from.height / 2;
    const x2 = to.x;
    const y2 = to.y + to.height / 2;
    const mid = x1 + (x2 - x1) / 2;
    edges.push({ d: y1 === y2 ? `M${x1},${y1} H${x2 - 2}` : `M${x1},${y1} H${mid} V${y2} H${x2 - 2}`, dashed });
  };
  let lastMain: SwimlaneNode | undefined;
  let lastBranch: SwimlaneNode | undefined;
  slots.forEach((slot, i) => {
    const node = nodes[i]!;
    if (!slot.branch) {
      if (lastMain) connect(lastMain, node, false);
      lastMain = node;
      lastBranch = undefined;
    } else {
      const from = slot.branch.first ? lastMain : lastBranch;
      if (from) connect(from, node, true);
      lastBranch = node;
    }
  });

  return {
    width: laneLabelWidth + Math.max(slots.length, 1) * columnWidth,
    height: Math.max(lanes.length, 1) * laneHeight,
    lanes, nodes, helpers, edges, notes,
  };
}

/** A4 landscape less the print margins (265 mm × 180 mm), in CSS px at 96 dpi. */
export const LANDSCAPE_PAGE = { width: 1000, height: 680 };

/** Below this zoom a printed diagram's 12 px text is too small to read. */
const MIN_PRINT_SCALE = 0.7;

/**
 * Zoom at which a diagram prints on its own A4 landscape page, or `undefined`
 * when it would have to shrink below {@link MIN_PRINT_SCALE} — too small to
 * read, so the print leaves it out and the step list stands in for it.
 */
export function landscapePrintScale(layout: { width: number; height: number }): number | undefined {
  const scale = Math.min(1, LANDSCAPE_PAGE.width / layout.width, LANDSCAPE_PAGE.height / layout.height);
  return scale >= MIN_PRINT_SCALE ? Math.floor(scale * 100) / 100 : undefined;
}
