import type { Element, Properties } from 'hast';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { cellLabels, headerLabels, tableLabels } from '../../../src/lib/html/table-labels.ts';

/** Markdown → HTML through the plugin, with the processor Astro uses for entry bodies. */
const render = (markdown: string) => markdownToHtml(markdown, { hastPlugins: [tableLabels], features: { gfm: true } }).html;

const cell = (tag: string, text: string, props: Properties = {}): Element => ({ type: 'element', tagName: tag, properties: props, children: [{ type: 'text', value: text }] });
const row = (...cells: Element[]): Element => ({ type: 'element', tagName: 'tr', properties: {}, children: cells });
const table = (...rows: Element[]): Element => ({ type: 'element', tagName: 'table', properties: {}, children: rows });

describe('tableLabels', () => {
  it('labels every body cell with its column header and marks the table stackable', () => {
    const html = render('| 指标 | 权重 | 目标 |\n| --- | --: | --- |\n| 销售额达成率 | 30% | **≥100%** |\n| 顾客满意度 | 20% | 90 分 |\n');
    expect(html).toContain('<table class="stack">');
    expect(html.match(/data-label="指标"/g)).toHaveLength(2);
    expect(html.match(/data-label="权重"/g)).toHaveLength(2);
    expect(html).toContain('<td data-label="目标"><strong>≥100%</strong></td>');
    expect(html).not.toMatch(/<th[^>]*data-label/);
  });

  it('uses the header text without markup, spaces collapsed', () => {
    expect(render('| **负责**  岗位 | 时限 |\n| --- | --- |\n| 运营主管 | 当日 |\n')).toContain('data-label="负责 岗位"');
  });

  it('works in MDX bodies too', () => {
    const { code } = mdxToJs('# 标题\n\n| 岗位 | 人数 |\n| --- | --- |\n| 客服员 | 6 |\n', { hastPlugins: [tableLabels] });
    expect(code).toMatch(/"data-label": "岗位"/);
  });
});

describe('cellLabels', () => {
  it('gives nothing for a table whose first row is not a header row', () => {
    const plain = table(row(cell('td', 'a'), cell('td', 'b')), row(cell('td', 'c'), cell('td', 'd')));
    expect(headerLabels(plain)).toEqual([]);
    expect(cellLabels(plain)).toEqual([]);
  });

  it('counts a spanning header once per column it covers, and skips cells under an empty header', () => {
    const spanned = table(row(cell('th', '时段', { colSpan: 2 }), cell('th', '岗位'), cell('th', ' ')), row(cell('td', '09:00'), cell('td', '10:00'), cell('td', '客服员'), cell('td', '备注')));
    expect(cellLabels(spanned).map(({ cell: c, label }) => `${label}=${(c.children[0] as { value: string }).value}`)).toEqual(['时段=09:00', '时段=10:00', '岗位=客服员']);
  });
});
