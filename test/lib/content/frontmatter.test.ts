import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../../src/lib/content/frontmatter.ts';

const source = `---
title: 运营经理
kpis:
  - name: 销售
    weight: 60
  - { name: 服务, weight: 40 }
updated: 2026-09-31
---

正文第一行
`;

describe('readFrontmatter', () => {
  const fm = readFrontmatter(source)!;

  it('keeps dates as written, so impossible dates reach the schema', () => {
    expect(fm.data).toMatchObject({ title: '运营经理', updated: '2026-09-31' });
  });

  it('finds the line of nested fields, counting the opening ---', () => {
    expect(fm.lineOf(['title'])).toBe(2);
    expect(fm.lineOf(['kpis', 0, 'weight'])).toBe(5);
    expect(fm.lineOf(['kpis', 1, 'weight'])).toBe(6);
    expect(fm.lineOf(['updated'])).toBe(7);
  });

  it('falls back to the nearest existing ancestor for missing fields', () => {
    expect(fm.lineOf(['kpis', 1, 'cycle'])).toBe(6);
    expect(fm.lineOf(['summary'])).toBe(2);
  });

  it('returns the body and where it starts', () => {
    expect(fm.body.trim()).toBe('正文第一行');
    expect(fm.bodyStartLine).toBe(9);
  });

  it('returns null without frontmatter', () => {
    expect(readFrontmatter('# 标题\n')).toBeNull();
    expect(readFrontmatter('---\ntitle: 没有结尾\n')).toBeNull();
  });

  it('explains syntax errors in Chinese with their line', () => {
    const broken = readFrontmatter('---\ntitle: a\n\tlevel: b\n---\n')!;
    expect(broken.syntaxErrors[0]!.line).toBe(3);
    expect(broken.syntaxErrors[0]!.message).toMatch(/Tab|缩进|格式/);
  });
});
