import { describe, expect, it } from 'vitest';
import { resolveAnchors } from '../../../../src/lib/import/bench/anchors.ts';
import type { Gold } from '../../../../src/lib/import/bench/gold.ts';

const reading = [
  { line: 1, text: '运营部制度汇编' },
  { line: 2, text: '一、 开店流程' },
  { line: 3, text: '8:30 开灯' },
  { line: 5, text: '二、闭店流程' },
  { line: 6, text: '22:00 清场' },
  { line: 7, text: '第三篇 附录' },
];

const gold = (file: string, anchors: (string | undefined)[]): Gold => ({
  version: 1,
  files: { [file]: { documents: anchors.map((anchor, i) => ({ start: i * 10 + 1, end: i * 10 + 5, type: 'procedure' as const, title: `t${i}`, ...(anchor ? { anchor } : {}) })) } },
});

describe('resolveAnchors', () => {
  it('places anchored documents of a Word file on the reader’s lines, ignoring spaces and full-width forms', async () => {
    const { gold: placed, unresolved } = await resolveAnchors(gold('a.docx', ['一、开店流程', '二、 闭店流程']), '/x', async () => reading);
    expect(placed.files['a.docx']!.documents.map((d) => [d.start, d.end])).toEqual([
      [2, 4],
      [5, 7],
    ]);
    expect(unresolved).toEqual([]);
  });

  it('looks for each anchor after the previous one, so a repeated heading goes to the right document', async () => {
    const lines = [...reading, { line: 8, text: '一、开店流程' }];
    const { gold: placed } = await resolveAnchors(gold('a.pdf', ['二、闭店流程', '一、开店流程']), '/x', async () => lines);
    expect(placed.files['a.pdf']!.documents.map((d) => d.start)).toEqual([5, 8]);
  });

  it('keeps the labelled lines and reports an anchor it cannot find or a file it cannot read', async () => {
    const missing = await resolveAnchors(gold('a.doc', ['不存在的标题']), '/x', async () => reading);
    expect(missing.gold.files['a.doc']!.documents[0]!.start).toBe(1);
    expect(missing.unresolved[0]).toContain('不存在的标题');
    const unreadable = await resolveAnchors(gold('b.docx', ['一、开店流程']), '/x', async () => undefined);
    expect(unreadable.gold.files['b.docx']!.documents[0]!.start).toBe(1);
    expect(unreadable.unresolved[0]).toContain('b.docx');
  });

  it('leaves text files alone: their labels name the file’s own lines', async () => {
    let reads = 0;
    const { gold: placed } = await resolveAnchors(gold('a.txt', ['二、闭店流程']), '/x', async () => (reads++, reading));
    expect(placed.files['a.txt']!.documents[0]!.start).toBe(1);
    expect(reads).toBe(0);
  });
});
