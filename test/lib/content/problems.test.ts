import { describe, expect, it } from 'vitest';
import { describeField, formatProblems } from '../../../src/lib/content/problems.ts';

describe('describeField', () => {
  it('names fields in Chinese and counts list items from 1', () => {
    expect(describeField('kpis.2.weight')).toBe('kpis(KPI) › 第3项 › weight(权重)');
    expect(describeField('unknownField')).toBe('unknownField');
  });
});

describe('formatProblems', () => {
  it('groups by file, sorts by line and counts errors and warnings', () => {
    const text = formatProblems([
      { file: 'b.mdx', line: 9, field: 'title', message: '缺少这个必填项', severity: 'error' },
      { file: 'a.mdx', line: 7, message: '第二个', severity: 'warning' },
      { file: 'a.mdx', line: 3, message: '第一个', severity: 'error' },
    ]);
    expect(text.split('\n')[0]).toBe('手册内容检查发现 2 处错误、1 处提醒:');
    expect(text.indexOf('第一个')).toBeLessThan(text.indexOf('第二个'));
    expect(text.indexOf('a.mdx')).toBeLessThan(text.indexOf('b.mdx'));
    expect(text).toContain('✖ 错误 第 9 行  title(标题):缺少这个必填项');
    expect(text).toContain('b.mdx:9');
  });

  it('says so when there is nothing to report', () => {
    expect(formatProblems([])).toContain('没有发现问题');
  });
});
