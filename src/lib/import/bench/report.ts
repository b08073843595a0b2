/** Text output of the import benchmark: the score table, the confusion matrix and the mismatch list. */
import type { ImportKind } from '../model.ts';
import { FIELD_SPECS, GOLD_TYPES } from './gold.ts';
import type { BenchScore, DocRef, Mismatch, PRF } from './score.ts';

/** Columns a terminal gives a string: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x20000 && code <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

const padEnd = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** Lays out rows as aligned columns (two spaces apart), the first row being the header. */
export function formatColumns(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : padEnd(cell, widths[i]! + 2))).join('').trimEnd()).join('\n');
}

const rate = (value: number | null) => (value === null ? '—' : value.toFixed(3));
const prfCells = (m: PRF) => [String(m.predicted), String(m.gold), String(m.tp), rate(m.precision), rate(m.recall), rate(m.f1)];

/** Chinese label of each gold type, for the table. */
export const TYPE_LABELS: Record<string, string> = {
  role: '岗位 role',
  department: '部门 department',
  procedure: '流程 procedure',
  policy: '制度 policy',
  report: '报告 report',
  drop: '舍弃 drop',
};

/** The score table: boundaries, types per type, fields per field and type. */
export function formatScoreTable(score: BenchScore): string {
  const rows: string[][] = [['指标 Metric', '预测 Pred', '金标 Gold', '正确 Hit', 'P', 'R', 'F1']];
  rows.push([`文档边界 boundaries (±${score.boundaries.tolerance})`, ...prfCells(score.boundaries)]);
  rows.push(['']);
  for (const type of GOLD_TYPES) rows.push([`类型 type · ${TYPE_LABELS[type]}`, ...prfCells(score.types.byType[type])]);
  rows.push(['类型合计 types overall', ...prfCells(score.types.overall)]);
  for (const kind of Object.keys(FIELD_SPECS) as ImportKind[]) {
    rows.push(['']);
    const fields = score.fields.byType[kind];
    for (const [field, metrics] of Object.entries(fields.byField)) rows.push([`  ${kind}.${field}`, ...prfCells(metrics)]);
    rows.push([`字段 fields · ${TYPE_LABELS[kind]}`, ...prfCells(fields.overall)]);
  }
  rows.push(['']);
  rows.push(['字段合计 fields overall', ...prfCells(score.fields.overall)]);
  const c = score.fields.coverage;
  return `${formatColumns(rows)}\n字段覆盖 coverage(类型正确的文档 type-correct documents):${c.documents}/${c.goldDocuments} 个文档,${c.values}/${c.goldValues} 个金标值`;
}

/** Gold type (rows) × predicted type (columns), with missed and spurious documents. */
export function formatConfusion(score: BenchScore): string {
  const columns = [...GOLD_TYPES, '(missed)'];
  const rows: string[][] = [['金标\\预测 gold\\pred', ...columns]];
  for (const g of [...GOLD_TYPES, '(spurious)']) {
    rows.push([g, ...columns.map((p) => String(score.types.confusion[g]?.[p] ?? (g === '(spurious)' && p === '(missed)' ? '' : 0)))]);
  }
  return formatColumns(rows);
}

const clip = (text: string, max = 40) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const docLabel = (d: DocRef) => `${d.start}–${d.end} ${d.type} “${clip(d.title, 30)}”`;
const list = (values: string[]) => values.map((v) => `“${clip(v)}”`).join(' ');

/** One line describing a mismatch (without its file). */
export function describeMismatch(m: Mismatch): string {
  switch (m.kind) {
    case 'file-error':
      return `读取失败 file error: ${m.message}`;
    case 'unknown-source':
      return `来源不在金标中 source not in gold: ${m.source} (${m.documents} 个文档)`;
    case 'missed':
      return `漏检 missed: 金标 ${docLabel(m.gold)}`;
    case 'spurious':
      return `多检 spurious: 预测 ${docLabel(m.predicted)}`;
    case 'type':
      return `类型错 type: 第 ${m.gold.start} 行 金标 ${m.gold.type} ≠ 预测 ${m.predicted.type} “${clip(m.gold.title, 30)}”`;
    case 'field': {
      const parts = [m.missing.length ? `缺 missing ${list(m.missing)}` : '', m.extra.length ? `多 extra ${list(m.extra)}` : ''].filter(Boolean);
      return `字段 field: 第 ${m.gold.start} 行 ${m.gold.type}.${m.field} — ${parts.join(';')}`;
    }
  }
}

/** All mismatches grouped by file. */
export function formatMismatches(mismatches: readonly Mismatch[]): string {
  const byFile = new Map<string, string[]>();
  for (const m of mismatches) {
    const file = 'file' in m ? m.file : '(其他 other)';
    const lines = byFile.get(file) ?? [];
    lines.push(`  ${describeMismatch(m)}`);
    byFile.set(file, lines);
  }
  if (!byFile.size) return '没有不一致之处 no mismatches';
  return [...byFile].map(([file, lines]) => `【${file}】\n${lines.join('\n')}`).join('\n');
}
