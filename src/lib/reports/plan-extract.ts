/**
 * Reads the targets and tasks out of a written plan, so the summary of the
 * same period can list them in its completion table (目标 / 实际 / 完成情况).
 *
 * Works on plans written by the scaffolder and by hand: targets are the rows
 * of the first table whose header names an indicator (指标) and a target
 * (目标); tasks are the list items under a heading about tasks (任务) or,
 * failing that, every top-level list item of the plan part.
 */
import type { List, Root, RootContent, Table } from 'mdast';
import { toSimplified } from '../text/script.ts';
import { headingKey, parseBody, plainText } from './markdown.ts';

export interface PlanTarget {
  name: string;
  target: string;
}

export interface PlanContent {
  targets: PlanTarget[];
  tasks: string[];
}

/** What an unfilled placeholder reads as once carried into a summary. */
const UNFILLED = '(计划中未填写)';

const cellText = (node: RootContent) =>
  plainText(node, () => UNFILLED)
    .replace(/\s+/g, ' ')
    .trim();

function tableTargets(table: Table): PlanTarget[] {
  const [header, ...rows] = table.children;
  if (!header) return [];
  const headers = header.children.map((cell) => toSimplified(cellText(cell)));
  const nameColumn = headers.findIndex((h) => /指标|项目|目标名称|考核内容/.test(h));
  const targetColumn = headers.findIndex((h, i) => i !== nameColumn && /目标|计划值|指标值/.test(h));
  if (nameColumn === -1 || targetColumn === -1) return [];
  return rows
    .map((row) => ({
      name: cellText(row.children[nameColumn] ?? { type: 'text', value: '' }),
      target: cellText(row.children[targetColumn] ?? { type: 'text', value: '' }),
    }))
    .filter((row) => row.name && row.name !== UNFILLED);
}

function listTasks(list: List): string[] {
  return list.children
    .map((item) => {
      const first = item.children[0];
      return first ? cellText(first) : '';
    })
    .filter((text) => text && text !== UNFILLED);
}

/** The part of a combined report (总结与计划) that plans the next period: its section about 计划. */
function planPart(root: Root, combined: boolean): RootContent[] {
  if (!combined) return root.children;
  const nodes = root.children;
  const start = nodes.findIndex(
    (node) => node.type === 'heading' && node.depth <= 2 && /计划|打算|安排/.test(toSimplified(headingKey(cellText(node)))),
  );
  if (start === -1) return [];
  const depth = (nodes[start] as { depth: number }).depth;
  const end = nodes.findIndex((node, i) => i > start && node.type === 'heading' && node.depth <= depth);
  return nodes.slice(start + 1, end === -1 ? undefined : end);
}

/**
 * Targets and tasks of a plan body. With `combined`, only the section that
 * plans the next period (二、下阶段工作计划) is read.
 */
export function extractPlan(body: string, { combined = false }: { combined?: boolean } = {}): PlanContent {
  const nodes = planPart(parseBody(body), combined);
  const targets: PlanTarget[] = [];
  for (const node of nodes) {
    if (node.type === 'table' && targets.length === 0) targets.push(...tableTargets(node));
  }

  // Tasks: lists under headings about tasks; otherwise every list outside target sections.
  const underTaskHeading: string[] = [];
  const everyList: string[] = [];
  let topHeading = '';
  for (const node of nodes) {
    if (node.type === 'heading' && node.depth <= (combined ? 3 : 2)) topHeading = toSimplified(headingKey(cellText(node)));
    if (node.type !== 'list') continue;
    const tasks = listTasks(node);
    if (/任务|工作安排|重点工作/.test(topHeading)) underTaskHeading.push(...tasks);
    if (!/目标|措施|保障|其他/.test(topHeading)) everyList.push(...tasks);
  }
  return { targets, tasks: underTaskHeading.length && !combined ? underTaskHeading : everyList };
}
