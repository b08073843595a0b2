import { describe, expect, it } from 'vitest';
import { fullFoldTable } from '../../../src/lib/search/fold-table.ts';
import { decodeText, encodeText, escapeHtml, excerptHtml, matchPositions } from '../../../src/lib/search/record-text.ts';

const table = fullFoldTable();

describe('encodeText / decodeText', () => {
  it('indexes one folded token per letter or digit and keeps the rest aside', () => {
    const encoded = encodeText('《營運》KPI 考核', table);
    expect(encoded.content).toBe('营 运 k p i 考 核');
    expect(encoded.gaps).toEqual([[-1, '《'], [1, '》'], [4, ' ']]);
    expect(encoded.originals).toBe('營運KPI考核');
  });
  it('stores only the changed characters when few differ', () => {
    const encoded = encodeText('运营部负责全场的营业秩序和KPI', table);
    expect(encoded.originals).toEqual([[13, 'K'], [14, 'P'], [15, 'I']]);
  });
  it('keeps line breaks apart from spaces', () => {
    expect(encodeText('流程图\n  步骤 说明', table).gaps).toEqual([[2, '\n'], [4, ' ']]);
  });
});

describe('excerptHtml', () => {
  const text = '第一条 为规范商户经营行为,维护顾客合法权益,制定本规定。';
  const decoded = (() => {
    const e = encodeText(text, table);
    return decodeText(e.content, e.originals, e.gaps);
  })();

  it('shows the original text around the match with the match marked', () => {
    const { first, marked } = matchPositions(decoded.tokens, [['顾', '客']]);
    expect(excerptHtml(decoded, first, marked, { size: 8, context: 2 })).toBe('…维护<mark>顾客</mark>合法权益…');
  });
  it('marks every term and restores punctuation between tokens', () => {
    const { marked } = matchPositions(decoded.tokens, [['规', '范'], ['本']]);
    expect(excerptHtml(decoded, 0, marked, { size: 100 })).toBe('第一条 为<mark>规范</mark>商户经营行为,维护顾客合法权益,制定<mark>本</mark>规定。');
  });
  it('shows the page script even when the match was folded', () => {
    const e = encodeText('樓面主管負責巡場', table);
    const d = decodeText(e.content, e.originals, e.gaps);
    const { first, marked } = matchPositions(d.tokens, [['主', '管']]);
    expect(excerptHtml(d, first, marked)).toBe('樓面<mark>主管</mark>負責巡場');
  });
  it('limits heading excerpts to the line that matched', () => {
    const e = encodeText('流程图\n步骤\n若闭店后夜间停电\n检查表', table);
    const d = decodeText(e.content, e.originals, e.gaps);
    const { first, marked } = matchPositions(d.tokens, [['闭', '店']]);
    expect(excerptHtml(d, first, marked, { size: 120, context: 60, line: true })).toBe('若<mark>闭店</mark>后夜间停电');
  });
  it('escapes HTML in the text', () => {
    expect(escapeHtml('<b>"x" & y</b>')).toBe('&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;');
    const e = encodeText('a<script>b', table);
    const d = decodeText(e.content, e.originals, e.gaps);
    expect(excerptHtml(d, 0, new Set([0]))).toBe('<mark>a</mark>&lt;script&gt;b');
  });
});
