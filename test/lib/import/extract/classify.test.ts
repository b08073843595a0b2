import { describe, expect, it } from 'vitest';
import { classifyDocument, MIN_SCORE, OFF_TOPIC_REASONS } from '../../../../src/lib/import/extract/classify.ts';
import { doc } from './fixture.ts';
import { SAMPLES, type Sample } from './samples.ts';

const classify = (sample: Sample) => classifyDocument(doc(...sample));

describe('classifyDocument: handbook documents', () => {
  it.each([
    ['fullFormRole', 'role'],
    ['shortFormRole', 'role'],
    ['traditionalRole', 'role'],
    ['departmentStatement', 'department'],
    ['scrapedDepartment', 'department'],
    ['openingClosing', 'procedure'],
    ['moveOut', 'procedure'],
    ['dutyManager', 'procedure'],
    ['morningBriefing', 'procedure'],
    ['returns', 'procedure'],
    ['weeklyMeeting', 'procedure'],
    ['regulation', 'policy'],
    ['scheme', 'policy'],
    ['monthlyPlan', 'report'],
    ['annualSummary', 'report'],
    ['dutyReport', 'report'],
    ['traditionalPlan', 'report'],
  ] as const)('%s is a %s', (name, kind) => {
    const result = classify(SAMPLES[name]);
    expect(result.kind, result.evidence.join('\n')).toBe(kind);
    expect(result.confidence).toBeGreaterThan(0.4);
    expect(result.confidence).toBeLessThanOrEqual(0.99);
  });

  it('judges by content, not by the title: a job description titled 工作计划 is a role', () => {
    const result = classify(SAMPLES.shortFormRole);
    expect(result.kind).toBe('role');
    expect(result.scores.role).toBeGreaterThan(result.scores.report);
    expect(result.evidence).toContainEqual(expect.stringContaining('任职条件'));
  });

  it('gives a title without supporting content only half its weight', () => {
    const result = classifyDocument(doc('运营部绩效考核办法', '今天天气很好,大家心情愉快,商场客流不少。\n'));
    expect(result.kind).toBeNull();
    expect(result.evidence).toContain('policy+1.5:标题为办法/规定/制度/方案');
  });
});

describe('classifyDocument: off-topic material', () => {
  it.each([
    ['resume', OFF_TOPIC_REASONS.resume],
    ['governmentSpeech', OFF_TOPIC_REASONS.government],
    ['telecomArticle', OFF_TOPIC_REASONS.article],
    ['examNotice', OFF_TOPIC_REASONS.exam],
    ['essay', OFF_TOPIC_REASONS.essay],
    ['writingGuide', OFF_TOPIC_REASONS.guide],
  ] as const)('%s is dropped: %s', (name, reason) => {
    const result = classify(SAMPLES[name]);
    expect(result.kind, result.evidence.join('\n')).toBeNull();
    expect(result).toMatchObject({ reason });
  });

  it('rejects material with no operations words as unrelated', () => {
    expect(classifyDocument(doc('', '你好。\n'))).toMatchObject({ kind: null, reason: OFF_TOPIC_REASONS.unrelated });
  });

  it('rejects a document with no features at all, with a reason', () => {
    const result = classifyDocument(doc('', '商场今天客流不少,员工很忙。\n'));
    expect(result).toMatchObject({ kind: null, reason: expect.stringContaining('未能判断文档类型') });
    expect(MIN_SCORE).toBeGreaterThan(0);
  });
});

describe('classifyDocument: chrome the cleaner removed', () => {
  it('counts removed 关键词 / 参考文献 / 摘要 as evidence of an article', () => {
    const text = '## 一、欠费管理的现状\n\n笔者所在单位的欠费管理存在不足。\n\n## 二、对策\n\n1. 加强客户资料管理;\n2. 完善考核机制。';
    const without = classifyDocument(doc('运营管理部工作职能说明书', text));
    const withChrome = classifyDocument({ ...doc('运营管理部工作职能说明书', text), removed: ['关键词', '参考文献', '摘要'] });
    expect(withChrome.kind).toBeNull();
    expect((withChrome as { reason?: string }).reason).toBeTruthy();
    expect(withChrome.scores.article).toBeGreaterThan(without.scores.article);
  });
});
