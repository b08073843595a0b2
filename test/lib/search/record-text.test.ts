import { describe, expect, it } from 'vitest';
import { fullFoldTable } from '../../../src/lib/search/fold-table.ts';
import { alignText, ngrams, escapeHtml, excerptHtml, indexContent, matchPositions } from '../../../src/lib/search/record-text.ts';

const table = fullFoldTable();

describe('alignText', () => {
  it('gives one folded token per letter or digit and keeps the rest aside', () => {
    const aligned = alignText('《營運》KPI 考核', table);
    expect(aligned.tokens).toEqual(['营', '运', 'k', 'p', 'i', '考', '核']);
    expect(aligned.display.join('')).toBe('營運KPI考核');
    expect([...aligned.after]).toEqual([[-1, '《'], [1, '》'], [4, ' ']]);
    expect(indexContent('《營運》KPI 考核', table)).toBe('营运k 运kp kpi pi考 i考核 考核 核');
  });
  it('indexes one trigram per character, never across a line break, shorter at the end of each run', () => {
    expect(ngrams(['运', '营', '经', '理'])).toEqual(['运营经', '营经理', '经理', '理']);
    expect(indexContent('参与\n顾客,投诉\n指标\n权重', table)).toBe('参与 与 顾客投 客投诉 投诉 诉 指标 标 权重 重');
  });
  it('keeps line breaks apart from spaces', () => {
    expect([...alignText('流程图\n  步骤 说明', table).after]).toEqual([[2, '\n'], [4, ' ']]);
  });
});

describe('excerptHtml', () => {
  const aligned = alignText('第一条 为规范商户经营行为,维护顾客合法权益,制定本规定。', table);

  it('shows the original text around the match with the match marked', () => {
    const { first, marked } = matchPositions(aligned, [['顾', '客']]);
    expect(excerptHtml(aligned, first, marked, { size: 8, context: 2 })).toBe('…维护<mark>顾客</mark>合法权益…');
  });
  it('marks every term and restores punctuation between tokens', () => {
    const { marked } = matchPositions(aligned, [['规', '范'], ['本']]);
    expect(excerptHtml(aligned, 0, marked, { size: 100 })).toBe('第一条 为<mark>规范</mark>商户经营行为,维护顾客合法权益,制定<mark>本</mark>规定。');
  });
  it('shows the page script even when the match was folded', () => {
    const hk = alignText('樓面主管負責巡場', table);
    const { first, marked } = matchPositions(hk, [['主', '管']]);
    expect(excerptHtml(hk, first, marked)).toBe('樓面<mark>主管</mark>負責巡場');
  });
  it('limits heading excerpts to the line that matched', () => {
    const headings = alignText('流程图\n步骤\n若闭店后夜间停电\n检查表', table);
    const { first, marked } = matchPositions(headings, [['闭', '店']]);
    expect(excerptHtml(headings, first, marked, { size: 120, context: 60, line: true })).toBe('若<mark>闭店</mark>后夜间停电');
  });
  it('marks a term only where it lies within one run', () => {
    const cells = alignText('参与\n顾客投诉处理 与顾客沟通', table);
    const { first, marked } = matchPositions(cells, [['与', '顾', '客']]);
    expect(first).toBe(8);
    expect([...marked]).toEqual([8, 9, 10]);
  });
  it('escapes HTML in the text', () => {
    expect(escapeHtml('<b>"x" & y</b>')).toBe('&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;');
    const html = alignText('a<script>b', table);
    expect(excerptHtml(html, 0, new Set([0]))).toBe('<mark>a</mark>&lt;script&gt;b');
  });
});
