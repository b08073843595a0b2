/**
 * The shipped gold-labelled fixture set is consistent: the gold file is valid,
 * labels exactly the files in the folder, and every labelled value is written
 * in its document's lines (so a line-number slip shows up here).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELD_SPECS, parseGold, type Gold } from '../../../../src/lib/import/bench/gold.ts';
import { loadBenchInput } from '../../../../src/lib/import/bench/load.ts';
import { normalizeValue } from '../../../../src/lib/import/bench/normalize.ts';
import { scoreImport } from '../../../../src/lib/import/bench/score.ts';
import { toSimplified } from '../../../../src/lib/text/script.ts';
import { oracleResult } from './helpers.ts';

const folder = 'test/fixtures/import/gold-set';
const goldPath = 'test/fixtures/import/gold-set.gold.json';
const parsed = parseGold(JSON.parse(readFileSync(goldPath, 'utf8')));
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const gold: Gold = parsed.gold;

/** Values that are classifications or dates rather than text copied from the document. */
const DERIVED = new Set(['kind', 'docType', 'effective', 'period.unit', 'period.start', 'period.end']);

/** Text of lines start..end, tags (and ruby annotations) removed, folded like field values. */
function foldedText(file: string, start: number, end: number): string {
  const lines = readFileSync(join(folder, file), 'utf8').split('\n').slice(start - 1, end);
  const text = lines.join('').replace(/<rt>.*?<\/rt>/g, '').replace(/<[^>]+>/g, '');
  return toSimplified(text.normalize('NFKC')).toLowerCase().replace(/[\p{P}\p{Z}\s]/gu, '');
}

describe('gold-labelled fixture set', () => {
  it('labels every source file in the folder, and only those', () => {
    const loaded = loadBenchInput(folder, goldPath);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.input.unlabelled).toEqual([]);
    const sources = readdirSync(folder).filter((f) => /\.(txt|html)$/.test(f)).sort();
    expect(Object.keys(gold.files).sort()).toEqual(sources);
    expect(sources.length).toBeGreaterThanOrEqual(6);
    expect(sources.length).toBeLessThanOrEqual(10);
  });

  it('covers all five kinds, dropped documents and each report kind', () => {
    const docs = Object.values(gold.files).flatMap((f) => f.documents);
    for (const type of ['role', 'department', 'procedure', 'policy', 'report', 'drop']) {
      expect(docs.some((d) => d.type === type), type).toBe(true);
    }
    const reportKinds = new Set(docs.filter((d) => d.type === 'report').map((d) => d.fields?.kind));
    expect([...reportKinds].sort()).toEqual(['工作总结', '工作计划', '总结与计划', '述职报告'].sort());
  });

  for (const [file, labels] of Object.entries(gold.files)) {
    it(`${file}: every labelled value is in its document's lines`, () => {
      const lineCount = readFileSync(join(folder, file), 'utf8').split('\n').length;
      for (const doc of labels.documents) {
        expect(doc.end, `${file} ${doc.title}`).toBeLessThanOrEqual(lineCount);
        const text = foldedText(file, doc.start, doc.end);
        // the start line holds the title (or is a bare marker such as 范文3 just before it)
        const first = foldedText(file, doc.start, doc.start);
        const head = first.length <= 4 ? foldedText(file, doc.start, doc.start + 1) : first;
        expect(head.includes(normalizeValue(doc.title).slice(0, 4)), `${file}:${doc.start} starts with “${doc.title}”`).toBe(true);
        if (doc.type === 'drop') continue;
        for (const [field, value] of Object.entries(doc.fields ?? {})) {
          if (DERIVED.has(field)) continue;
          for (const item of Array.isArray(value) ? value : [value]) {
            expect(text.includes(normalizeValue(item)), `${file}:${doc.start} ${field} “${item}”`).toBe(true);
          }
        }
        for (const field of Object.keys(doc.fields ?? {})) expect(Object.keys(FIELD_SPECS[doc.type])).toContain(field);
      }
    });
  }

  it('is described in the folder README', () => {
    const readme = readFileSync(join(folder, 'README.md'), 'utf8');
    for (const file of Object.keys(gold.files)) expect(readme).toContain(file);
  });

  it('scores a perfect import as perfect', () => {
    const score = scoreImport(oracleResult(gold, folder), gold, { folder });
    expect(score.boundaries.f1).toBe(1);
    expect(score.types.overall.f1).toBe(1);
    expect(score.fields.overall.f1).toBe(1);
    expect(score.mismatches).toEqual([]);
  });
});
