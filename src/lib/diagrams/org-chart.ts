/**
 * Layout of the organisation chart: the top role above a row of department
 * columns, each column holding the department's roles as an indented tree.
 * Pure geometry; `src/components/OrgChart.astro` draws it as SVG.
 */
import { wrapText } from './text-wrap.ts';

export interface OrgRole {
  id: string;
  title: string;
  department: string;
  reportsTo?: string | undefined;
}

export interface OrgDepartment {
  id: string;
  name: string;
}

export interface OrgBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
  /** Manager in another department, shown under the title. */
  note?: string;
  /** `more`: the roles of a department left out of the chart, counted. */
  kind: 'top' | 'department' | 'role' | 'more';
  department?: string;
}

export interface OrgChartLayout {
  width: number;
  height: number;
  boxes: OrgBox[];
  lines: string[];
}

export const ORG = { columnWidth: 148, boxWidth: 132, indent: 12, roleHeight: 40, rowGap: 10, top: 12, fontSize: 12, columnsPerRow: 6, trunkX: 4 };

/**
 * Lays out the chart. Roles with no manager go on top; every other role sits
 * in its department's column under its nearest manager in the same department
 * (at most `maxPerDepartment` of them, so the chart stays readable and its
 * size bounded however many roles a department has).
 * Department columns wrap into rows of `columnsPerRow`, joined by a trunk line
 * on the left, so the chart fits a page.
 */
export function layoutOrgChart(
  departments: readonly OrgDepartment[],
  roles: readonly OrgRole[],
  columnsPerRow: number = ORG.columnsPerRow,
  /** Roles drawn per department column, the top of its tree first; the rest are counted in a `more` box. */
  maxPerDepartment: number = Infinity,
): OrgChartLayout {
  const { columnWidth, boxWidth, indent, roleHeight, rowGap, top, fontSize, trunkX } = ORG;
  const byId = new Map(roles.map((r) => [r.id, r]));
  const topRoles = roles.filter((r) => !r.reportsTo || !byId.has(r.reportsTo));
  const columns = departments.filter((d) => roles.some((r) => r.department === d.id && !topRoles.includes(r)));
  const perRow = Math.max(1, Math.min(columnsPerRow, columns.length));
  const left = columns.length > perRow ? 12 : 0;
  const width = left + perRow * columnWidth;
  const boxes: OrgBox[] = [];
  const lines: string[] = [];

  // Top row, centred over the first row of columns.
  const topWidth = boxWidth + 20;
  topRoles.forEach((role, i) => {
    const x = width / 2 - (topRoles.length * (topWidth + 16)) / 2 + i * (topWidth + 16) + 8;
    boxes.push({ id: role.id, x, y: top, width: topWidth, height: 44, lines: [role.title], kind: 'top' });
  });
  if (topRoles.length && columns.length) lines.push(`M${width / 2},${top + 44} V${top + 44 + 22}`);

  let rowTop = top + 44 + 22;
  let previousBusY: number | undefined;
  for (let rowStart = 0; rowStart < columns.length; rowStart += perRow) {
    const row = columns.slice(rowStart, rowStart + perRow);
    const busY = rowTop;
    const headerY = busY + 18;
    const firstCenter = left + columnWidth / 2;
    const lastCenter = left + (row.length - 1) * columnWidth + columnWidth / 2;
    lines.push(`M${left ? trunkX : firstCenter},${busY} H${Math.max(lastCenter, width / 2)}`);
    if (previousBusY !== undefined) lines.push(`M${trunkX},${previousBusY} V${busY}`);
    previousBusY = busY;
    let rowBottom = headerY;

    row.forEach((department, col) => {
      const columnLeft = left + col * columnWidth;
      const cx = columnLeft + (columnWidth - boxWidth) / 2;
      lines.push(`M${columnLeft + columnWidth / 2},${busY} V${headerY}`);
      boxes.push({ id: `dept:${department.id}`, x: cx, y: headerY, width: boxWidth, height: 34, lines: wrapText(department.name, (boxWidth - 12) / 13, 1), kind: 'department', department: department.id });

      // Depth-first order within the department, so children follow their manager.
      const members = roles.filter((r) => r.department === department.id && !topRoles.includes(r));
      const memberIds = new Set(members.map((m) => m.id));
      const roots = members.filter((m) => !m.reportsTo || !memberIds.has(m.reportsTo));
      const ordered: { role: OrgRole; depth: number }[] = [];
      const visit = (role: OrgRole, depth: number) => {
        ordered.push({ role, depth });
        members.filter((m) => m.reportsTo === role.id).forEach((child) => visit(child, depth + 1));
      };
      roots.forEach((root) => visit(root, 0));
      const hidden = Math.max(0, ordered.length - maxPerDepartment);
      ordered.length -= hidden;

      let y = headerY + 34 + rowGap + 6;
      const positions = new Map<string, { x: number; y: number }>();
      for (const { role, depth } of ordered) {
        const x = cx + depth * indent;
        const manager = role.reportsTo ? byId.get(role.reportsTo) : undefined;
        const crossDepartment = manager && manager.department !== department.id && !topRoles.includes(manager);
        const h = roleHeight + (crossDepartment ? 14 : 0);
        boxes.push({
          id: role.id, x, y, width: boxWidth - depth * indent, height: h,
          lines: wrapText(role.title, (boxWidth - depth * indent - 12) / fontSize, 1), kind: 'role', department: department.id,
          ...(crossDepartment ? { note: `向${manager.title}汇报` } : {}),
        });
        const parent = role.reportsTo ? positions.get(role.reportsTo) : undefined;
        const anchor = parent ?? { x: cx, y: headerY + 34 - 10 - roleHeight / 2 };
        lines.push(`M${anchor.x + 6},${anchor.y + roleHeight / 2} V${y + h / 2} H${x}`);
        positions.set(role.id, { x, y });
        y += h + rowGap;
      }
      if (hidden > 0) {
        boxes.push({ id: `more:${department.id}`, x: cx, y, width: boxWidth, height: roleHeight, lines: [`另有 ${hidden} 个岗位…`], kind: 'more', department: department.id });
        y += roleHeight + rowGap;
      }
      rowBottom = Math.max(rowBottom, y);
    });
    rowTop = rowBottom + 24;
  }

  return { width, height: rowTop - 16, boxes, lines };
}
