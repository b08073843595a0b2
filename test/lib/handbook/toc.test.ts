import { describe, expect, it } from 'vitest';
import { tocFromHeadings } from '../../../src/lib/handbook/toc.ts';

describe('tocFromHeadings', () => {
  it('keeps ## and ### headings with their slugs', () => {
    expect(tocFromHeadings([
      { depth: 1, slug: 'a', text: '标题' },
      { depth: 2, slug: '第一章-总则', text: '第一章 总则' },
      { depth: 3, slug: 'x', text: '小节' },
      { depth: 4, slug: 'y', text: '更小' },
    ])).toEqual([{ id: '第一章-总则', text: '第一章 总则', depth: 2 }, { id: 'x', text: '小节', depth: 3 }]);
  });
});
