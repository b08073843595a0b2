import { describe, expect, it } from 'vitest';
import { EXTRACTORS, extractDocument } from '../../../../src/lib/import/extract/extract-document.ts';
import { doc, expectValid } from './fixture.ts';
import { SAMPLES, type Sample } from './samples.ts';

describe('extractDocument', () => {
  it.each([
    ['fullFormRole', 'role'],
    ['departmentStatement', 'department'],
    ['openingClosing', 'procedure'],
    ['scheme', 'policy'],
    ['annualSummary', 'report'],
  ] as const)('classifies %s as %s and extracts a valid draft', (name, kind) => {
    const result = extractDocument(doc(...SAMPLES[name]));
    expect(result.kind).toBe(kind);
    if (result.kind === null) return;
    expectValid(result);
    expect(result.frontmatter.status).toBe('draft');
  });

  it('starts from the classifier confidence and lowers it for missing fields', () => {
    const complete = extractDocument(doc(...SAMPLES.annualSummary));
    const gappy = extractDocument(doc(...SAMPLES.traditionalPlan));
    expect(complete.confidence).toBeGreaterThan(gappy.confidence);
    expect(complete.confidence).toBeLessThan(1);
  });

  it('says when the original title does not match the content', () => {
    const result = extractDocument(doc(...SAMPLES.shortFormRole));
    expect(result.kind).toBe('role');
    if (result.kind === null) return;
    // The flag is about the source title, not the extracted `title` field, so it names no field.
    expect(result.flags[0]).toEqual({ message: '原标题“运营主管工作计划篇一”像是工作计划/总结,但内容是岗位职责,已按内容导入,请核对标题' });
    const matching = extractDocument(doc(...SAMPLES.fullFormRole));
    expect(matching.kind === null ? [] : matching.flags.map((f) => f.message)).not.toContainEqual(expect.stringContaining('原标题'));
  });

  it('returns the reason for off-topic documents', () => {
    expect(extractDocument(doc(...SAMPLES.resume))).toEqual({ kind: null, reason: '个人简历,与运营管理手册无关', confidence: expect.any(Number) });
  });
});

describe('every extractor on every document', () => {
  // Whatever the classifier decides, an extractor must not throw and must produce a valid draft.
  const inputs = [
    ...Object.entries(SAMPLES).map(([name, sample]) => [name, doc(...(sample as Sample))] as const),
    ['empty', doc('', '')] as const,
    ['headings only', doc('标题', '## 一、\n\n## 二、职责\n')] as const,
    ['table only', doc('表', '| 指标 | 权重 |\n|---|---|\n| 甲 | 40% |\n')] as const,
  ];
  for (const [kind, extract] of Object.entries(EXTRACTORS)) {
    it.each(inputs)(`${kind} extractor on %s`, (_name, input) => {
      const extraction = extract(input, { confidence: 0.5 });
      expect(extraction.kind).toBe(kind);
      expectValid(extraction);
      expect(extraction.confidence).toBeGreaterThan(0);
      expect(extraction.confidence).toBeLessThanOrEqual(0.5);
    });
  }
});
