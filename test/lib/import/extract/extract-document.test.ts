import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../../src/lib/import/extract/extract-document.ts';
import { doc, expectValid } from './fixture.ts';
import { SAMPLES } from './samples.ts';

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

  it('returns the reason for off-topic documents', () => {
    expect(extractDocument(doc(...SAMPLES.resume))).toEqual({ kind: null, reason: '个人简历,与运营管理手册无关', confidence: expect.any(Number) });
  });
});
