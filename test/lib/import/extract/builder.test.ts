import { describe, expect, it } from 'vitest';
import { draftCore, ExtractionDraft, MISSING_FIELD_PENALTY } from '../../../../src/lib/import/extract/builder.ts';
import { sectionsOf } from '../../../../src/lib/import/extract/tree.ts';
import { doc, TODAY } from './fixture.ts';

describe('ExtractionDraft', () => {
  const input = doc('标题', '## 一、甲\n\n甲的内容\n\n## 二、乙\n\n乙的内容\n\n### (一)丙\n\n丙的内容\n');

  it('drops consumed sections and headings left empty from the body', () => {
    const draft = new ExtractionDraft('role', input, 0.9);
    const top = sectionsOf(input.root);
    draft.consumeSection(top.children[0]!);
    draft.consume(top.children[1]!.children[0]!.content[0]);
    const body = draft.body();
    expect(body.children.map((n) => n.type)).toEqual(['heading', 'paragraph']);
    expect(JSON.stringify(body)).toContain('乙的内容');
    expect(JSON.stringify(body)).not.toContain('丙');
  });

  it('lowers confidence per missing field and keeps flags unique', () => {
    const draft = new ExtractionDraft('policy', input, 0.8);
    draft.missingField('issuer', '未找到发文单位');
    draft.missingField('scope', '未找到适用范围', 3);
    draft.flag('未找到适用范围', 'scope', 3);
    draft.ref(['department'], 'departments', '');
    const extraction = draft.finish({ title: '标题' });
    expect(extraction.confidence).toBeCloseTo(0.8 * (1 - MISSING_FIELD_PENALTY) ** 2, 2);
    expect(extraction.flags).toEqual([
      { field: 'issuer', message: '未找到发文单位' },
      { field: 'scope', message: '未找到适用范围', line: 3 },
    ]);
    expect(extraction).toMatchObject({ kind: 'policy', refs: [{ path: ['department'], collection: 'departments', name: '' }], names: {} });
  });

  it('gives every draft status, script and date', () => {
    expect(draftCore(doc('x', 'y', 'zh-HK'))).toEqual({ status: 'draft', lang: 'zh-HK', updated: TODAY });
  });
});
