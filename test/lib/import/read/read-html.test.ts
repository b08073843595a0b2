import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { isDecodeFailure } from '../../../../src/lib/import/read/decode-text.ts';
import { declaredCharset, decodeHtml, htmlToLines } from '../../../../src/lib/import/read/read-html.ts';

/** A page as copied from an intranet: chrome around the document, tag soup inside it. */
const PAGE = `<!DOCTYPE html>
<html><head><meta charset="gb2312"><title>客服主管岗位职责 - 某某人力资源网</title>
<style>body { font: 14px SimSun }</style>
<script>var _hmt = _hmt || []; document.write('广告');</script></head>
<body>
<header><a href="/">首页</a> | <a href="/jd/">岗位职责</a></header>
<nav><ul><li>上一篇</li><li>下一篇</li></ul></nav>
<div class="content">
  <h1>客服主管岗位职责</h1>
  <p>所属部门:客服部&nbsp;&nbsp;直接上级:运营经理</p>
  <h2>一、岗位职责</h2>
  <ol>
    <li>负责客服团队的<b>日常管理</b>与排班;</li>
    <li>处理重大客户投诉<li>每月统计客户满意度
      <ul><li>电话回访</li><li>问卷调查</li></ul>
    </li>
  </ol>
  <p>第一行<br>第二行<br/>第三行
  <div>岗位<ruby>编<rt>biān</rt>制</ruby>:1 人</div>
  <table>
    <tr><th>考核指标</th><th>权重</th></tr>
    <tr><td>投诉处理及时率</td><td>30%</td></tr>
    <tr><td><p>客户满意度</p></td><td>  </td></tr>
  </table>
  <p style="display:none">隐藏的统计代码</p>
  <p>&lt;注&gt; 本制度自&#x53D1;布之日起执行。</p>
  <noscript>请启用 JavaScript</noscript>
</div>
<footer>Copyright 2024 某某网 版权所有</footer>
</body></html>`;

describe('htmlToLines', () => {
  const lines = htmlToLines(PAGE);
  const texts = lines.map((line) => line.text);

  it('keeps the document and drops scripts, styles, navigation, header, footer, noscript and hidden elements', () => {
    expect(texts).toEqual([
      '客服主管岗位职责',
      '所属部门:客服部\u00A0\u00A0直接上级:运营经理',
      '一、岗位职责',
      '1. 负责客服团队的日常管理与排班;',
      '2. 处理重大客户投诉',
      '3. 每月统计客户满意度',
      '电话回访',
      '问卷调查',
      '第一行',
      '第二行',
      '第三行',
      '岗位编制:1 人',
      '考核指标\t权重',
      '投诉处理及时率\t30%',
      '客户满意度',
      '<注> 本制度自发布之日起执行。',
    ]);
  });

  it('numbers lines by the source line their text starts on, and hints headings and list items with their depth', () => {
    expect(lines.map((line) => line.line)).toEqual([9, 10, 11, 13, 14, 14, 15, 15, 18, 18, 18, 19, 21, 22, 23, 26]);
    expect(htmlToLines(PAGE, { lineNumbers: 'block' }).map((line) => line.line)).toEqual(lines.map((_, i) => i + 1));
    expect(lines[0]!.hint).toEqual({ heading: 1 });
    expect(lines[2]!.hint).toEqual({ heading: 2 });
    expect(lines[3]!.hint).toEqual({ listItem: { ordered: true, depth: 1 } });
    expect(lines[6]!.hint).toEqual({ listItem: { ordered: false, depth: 2 } });
    expect(lines[1]!.hint).toBeUndefined();
    expect(lines[12]!.hint).toBeUndefined();
  });

  it('does not number items that carry their own numbering, and follows start and type', () => {
    const items = htmlToLines('<ol start="3" type="a"><li>甲</li><li>乙</li></ol><ol><li>一、总则</li><li>(2)范围</li></ol>');
    expect(items.map((line) => line.text)).toEqual(['c. 甲', 'd. 乙', '一、总则', '(2)范围']);
    expect(htmlToLines('<ol><li>甲</li></ol>', { numberOrderedLists: false })[0]!.text).toBe('甲');
  });

  it('reads <pre> line by line and survives unclosed tag soup', () => {
    expect(htmlToLines('<pre>一、目的\n  二、范围\n</pre>').map((line) => line.text)).toEqual(['一、目的', '  二、范围']);
    expect(htmlToLines('<div><p>段落一<p>段落二</span></div><noframes id=x>框架</noframes>尾').map((line) => line.text)).toEqual([
      '段落一',
      '段落二',
      '尾',
    ]);
  });
});

describe('decodeHtml', () => {
  it('reads the charset a page declares', () => {
    expect(declaredCharset(new TextEncoder().encode('<meta charset="gb2312">'))).toBe('GB18030');
    expect(declaredCharset(new TextEncoder().encode('<meta http-equiv="Content-Type" content="text/html; charset=big5">'))).toBe('Big5');
    expect(declaredCharset(new TextEncoder().encode('<p>无声明</p>'))).toBeUndefined();
  });

  it('decodes a GBK page that declares gb2312', () => {
    const result = decodeHtml(new Uint8Array(iconv.encode(PAGE, 'gbk')));
    if (isDecodeFailure(result)) throw new Error(result.error);
    expect(result).toMatchObject({ encoding: 'GB18030', declared: 'GB18030' });
    expect(result.text).toBe(PAGE);
  });

  it('trusts UTF-8 bytes over a stale gb2312 declaration (pages re-saved by a browser)', () => {
    const result = decodeHtml(new TextEncoder().encode(PAGE));
    if (isDecodeFailure(result)) throw new Error(result.error);
    expect(result.encoding).toBe('UTF-8');
    expect(result.text).toBe(PAGE);
  });

  it('detects a Big5 page that declares nothing', () => {
    const page = '<html><body><h1>營業部崗位職責</h1><p>負責門市日常營運與客戶服務。</p></body></html>';
    const result = decodeHtml(new Uint8Array(iconv.encode(page, 'big5')));
    if (isDecodeFailure(result)) throw new Error(result.error);
    expect(result).toMatchObject({ encoding: 'Big5', text: page });
  });
});
