import { describe, expect, it } from 'vitest';
import { DUPLICATE_THRESHOLD, groupDuplicates, similarity } from '../../../../src/lib/import/normalise/dedupe.ts';

/** The all-pairs grouping the indexed one replaced: the reference it must agree with. */
function allPairs(texts: string[]): string[][] {
  const group = texts.map((_, i) => i);
  const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i]!)));
  for (let i = 0; i < texts.length; i += 1) {
    for (let j = i + 1; j < texts.length; j += 1) {
      if (similarity(texts[i]!, texts[j]!) >= DUPLICATE_THRESHOLD && sizeOk(texts[i]!, texts[j]!)) group[find(j)] = find(i);
    }
  }
  const byRoot = new Map<number, string[]>();
  texts.forEach((text, i) => byRoot.set(find(i), [...(byRoot.get(find(i)) ?? []), text]));
  return [...byRoot.values()];
}

// Same substance rules as groupDuplicates: at least 20 shingles, the smaller at least 30 % of the larger.
function sizeOk(a: string, b: string): boolean {
  const count = (t: string) => new Set([...Array(Math.max(0, t.length - 3))].map((_, k) => t.slice(k, k + 4))).size;
  const [x, y] = [count(a), count(b)].sort((m, n) => m - n);
  return x! >= 20 && x! >= y! * 0.3;
}

describe('groupDuplicates (indexed)', () => {
  it('finds exactly the groups an all-pairs comparison finds', () => {
    const words = '岗位职责负责门店运营管理制定计划执行检查考核培训员工安全卫生客户服务销售目标库存盘点报表分析'.split('');
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const originals = Array.from({ length: 12 }, () => Array.from({ length: 60 + Math.floor(random() * 80) }, () => words[Math.floor(random() * words.length)]).join(''));
    const texts: string[] = [];
    for (const original of originals) {
      texts.push(original);
      // Copies damaged to varying degrees: some stay above the threshold, some fall below.
      for (let copy = 0; copy < 3; copy += 1) {
        const cut = Math.floor(original.length * (0.5 + random() * 0.5));
        texts.push(`${'上一篇'.repeat(copy)}${original.slice(0, cut)}${random() < 0.5 ? '附加内容说明' : ''}`);
      }
    }
    const groups = groupDuplicates(texts, (t) => t, () => 0).map((g) => [g.keep, ...g.copies].sort());
    expect(groups.map((g) => g.length).reduce((a, b) => a + b)).toBe(texts.length);
    expect(groups.some((g) => g.length > 1)).toBe(true);
    expect(groups.map((g) => g.join('|')).sort()).toEqual(allPairs(texts).map((g) => g.sort().join('|')).sort());
  });
});
