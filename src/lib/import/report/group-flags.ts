/**
 * Many flags of one sort (a placeholder on 40 lines, a repair on 300) make a
 * report nobody reads. Flags are grouped by their `kind` (or, without one, by
 * message) into one line each: the message, how many, and the first lines.
 */
import type { Flag } from '../model.ts';

/** One line of the report standing for one or more flags of the same sort. */
export interface FlagGroup {
  kind?: string;
  /** The first flag's message. */
  message: string;
  count: number;
  /** Source lines of the flags, ascending, without repeats. */
  lines: number[];
}

/** Lines listed before “…” in a grouped flag. */
export const SHOWN_LINES = 5;

/** Groups flags by kind (or message), in order of first appearance. */
export function groupFlags(flags: readonly Flag[]): FlagGroup[] {
  const groups = new Map<string, FlagGroup>();
  for (const flag of flags) {
    const key = flag.kind ? `kind:${flag.kind}` : `message:${flag.message}`;
    let group = groups.get(key);
    if (!group) {
      group = { kind: flag.kind, message: flag.message, count: 0, lines: [] };
      groups.set(key, group);
    }
    group.count += 1;
    if (flag.line !== undefined && !group.lines.includes(flag.line)) group.lines.push(flag.line);
  }
  for (const group of groups.values()) group.lines.sort((a, b) => a - b);
  return [...groups.values()];
}

/** A group as one Chinese line: `第 3、8、12 行:占位符“xx”需要填写实际内容(待填写)(共 14 处,其余见 JSON 报告)`. */
export function formatFlagGroup(group: FlagGroup): string {
  const shown = group.lines.slice(0, SHOWN_LINES).join('、');
  const where = group.lines.length === 0 ? '' : `第 ${shown}${group.lines.length > SHOWN_LINES ? ' 等' : ''} 行:`;
  const count = group.count > 1 ? `(同类共 ${group.count} 处${group.kind ? ',以上为第一处的说明' : ''})` : '';
  return `${where}${group.message}${count}`;
}

/** Repairs are strings `第 N 行:说明`; the same grouping, by the text after the line. */
export function repairsAsFlags(repairs: readonly string[]): Flag[] {
  return repairs.map((repair) => {
    const match = /^第 (\d+) 行:([\s\S]*)$/.exec(repair);
    return match ? { line: Number(match[1]), message: match[2]!, kind: `repair:${repairKind(match[2]!)}` } : { message: repair };
  });
}

/** What a repair message is about, without the text it quotes (quotes differ from line to line). */
function repairKind(message: string): string {
  return message.replace(/“[^”]*”|"[^"]*"|\d+/g, '…');
}
