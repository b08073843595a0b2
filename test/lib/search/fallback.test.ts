import { describe, expect, it } from 'vitest';
import { combineParts, longestParts } from '../../../src/lib/search/fallback.ts';

/** A tiny corpus: a part "has hits" when some page contains it. */
const pages = ['顾客退换货处理 顾客要求退货或换货', '顾客投诉处理流程', '怎样填写日报'];
const hasHits = async (part: string) => pages.some((p) => p.includes(part));
const hasAll = async (parts: string[]) => pages.some((p) => parts.every((part) => p.includes(part)));

describe('longestParts', () => {
  it('takes the longest run with hits at each point, left to right', async () => {
    expect(await longestParts('顾客退货怎么办', hasHits)).toEqual(['顾客退', '退货']);
    expect(await longestParts('顾客退款怎么办', hasHits)).toEqual(['顾客退']);
    expect(await longestParts('退货流程', hasHits)).toEqual(['退货', '流程']);
    expect(await longestParts('投诉处理流程表', hasHits)).toEqual(['投诉处理流程']);
  });

  it('drops a shorter part that only bridges two kept parts (it adds no character of the query)', async () => {
    const corpus = ['运营总监 监述 述职报告'];
    const found = async (part: string) => corpus.some((p) => p.includes(part));
    expect(await longestParts('运营总监述职报告', found)).toEqual(['运营总监', '述职报告']);
  });

  it('skips single characters and returns nothing when no part occurs', async () => {
    expect(await longestParts('顾甲乙丙', hasHits)).toEqual([]);
    expect(await longestParts('怎样甲日报', hasHits)).toEqual(['怎样', '日报']);
    expect(await longestParts('无关内容', hasHits)).toEqual([]);
  });
});

describe('combineParts', () => {
  it('keeps all parts when one page holds them all', async () => {
    expect(await combineParts(['顾客', '退货'], hasAll)).toEqual(['顾客', '退货']);
  });

  it('drops parts until a page holds the rest, keeping the longer ones', async () => {
    expect(await combineParts(['退货', '流程', '日报'], hasAll)).toEqual(['退货']);
    expect(await combineParts(['顾客投诉', '流程', '日报'], hasAll)).toEqual(['顾客投诉', '流程']);
  });

  it('is empty without parts', async () => {
    expect(await combineParts([], hasAll)).toEqual([]);
  });
});
