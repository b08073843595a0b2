import { describe, expect, it } from 'vitest';
import { checkGoals, growthTable, median, medianFigures, sizeTable, type BuildFigures, type SizeResult } from '../../../src/lib/bench/build-report.ts';

const GB = 2 ** 30;
const figures = (over: Partial<BuildFigures>): BuildFigures => ({
  wallSeconds: 50, cpuSeconds: 60, peakRssBytes: 1.5 * GB, pages: 2100, pagesPerSecond: 42, distBytes: 100 * 2 ** 20,
  htmlGzipPerPage: 8 * 1024, contentPageJsGzip: 600, ...over,
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('applies to every figure of several runs', () => {
    const m = medianFigures([figures({ wallSeconds: 40 }), figures({ wallSeconds: 70 }), figures({ wallSeconds: 50 })]);
    expect(m?.wallSeconds).toBe(50);
    expect(medianFigures([])).toBeUndefined();
  });
});

describe('tables', () => {
  const results: SizeResult[] = [
    { generated: 2000, entries: 2064, runs: { ours: [figures({})], starlight: [figures({ wallSeconds: 120, pagesPerSecond: 17, htmlGzipPerPage: 60 * 1024 })] } },
    { generated: 10000, entries: 10064, runs: { ours: [figures({ wallSeconds: 250, pages: 10500, pagesPerSecond: 42, htmlGzipPerPage: 8.4 * 1024, peakRssBytes: 5 * GB })] } },
  ];

  it('prints each figure for both sites with the ratio', () => {
    const text = sizeTable(results[0]!);
    expect(text).toContain('N = 2,000 个生成条目(语料共 2,064 个条目');
    expect(text).toMatch(/构建时间 wall \(s\)\s+50\.0\s+120\.0\s+0\.42/);
    expect(text).toMatch(/每页 HTML gzip \(KB\)\s+8\.00\s+60\.00\s+0\.13/);
    expect(sizeTable(results[1]!)).toMatch(/构建时间 wall \(s\)\s+250\.0\s+—\s+—/);
  });

  it('prints growth from one size to the next', () => {
    const text = growthTable(results);
    expect(text).toMatch(/条目数\s+4\.88/);
    expect(text).toMatch(/构建时间 wall \(s\)\s+5\.00\s+—/);
    expect(growthTable(results.slice(0, 1))).toBe('');
  });

  it('checks the goals against the measured figures', () => {
    const goals = Object.fromEntries(checkGoals(results).map((g) => [g.goal, g]));
    expect(goals['2,000:每秒页数 ≥ 2 × Starlight(含搜索索引)']).toMatchObject({ met: true, measured: '42.0 / 17.0 = 2.47×' });
    expect(goals['构建时间 10,000 / 2,000 ≤ 5.5']).toMatchObject({ met: true, measured: '250.0 s / 50.0 s = 5.00' });
    expect(goals['每页 HTML 不随 N 增长(10,000 / 2,000 在 ±10% 内)']).toMatchObject({ met: true, measured: '1.050' });
    expect(goals['10,000:峰值内存 ≤ 8 GB']?.met).toBe(true);
    expect(goals['2,000:峰值内存 ≤ 2 GB']?.met).toBe(true);
    const slow = checkGoals([{ ...results[0]!, runs: { ...results[0]!.runs, ours: [figures({ pagesPerSecond: 30, peakRssBytes: 2.5 * GB })] } }]);
    expect(slow.filter((g) => !g.met).map((g) => g.goal)).toEqual(['2,000:每秒页数 ≥ 2 × Starlight(含搜索索引)', '2,000:峰值内存 ≤ 2 GB']);
  });
});
