import { describe, expect, it } from 'vitest';
import { fullFoldTable } from '../../../src/lib/search/fold-table.ts';
import { extractPageText } from '../../../src/lib/search/page-text.ts';
import { BODY_START, FILLER, headingsPath, headsContent, pageRecords, pieceFor, PIECE_LENGTH, PIECE_STEP, textPiecePath, TITLE_SLOTS } from '../../../src/lib/search/records.ts';

const html = `<!doctype html><html lang="zh-HK"><body><nav>导航</nav>
<main data-search-type="岗位" data-search-department="香港分店營運部">
  <nav class="breadcrumbs" data-search-ignore>首页 › 营运</nav>
  <p><span class="badge">岗位</span><span class="badge">经理</span></p>
  <h1>營運經理</h1><p class="lede">全面負責樓面營運。</p>
  <details class="toc" data-search-ignore><summary>目录</summary></details>
  <h2 id="duties">崗位職責</h2><ol><li>每日巡查<strong>樓面</strong>&amp;租戶</li></ol>
  <figure data-search-ignore><svg><text>泳道</text></svg></figure>
  <span class="visually-hidden">隐藏</span>
  <h3>小節</h3><p>內容<br>第二行</p>
</main><footer>页脚</footer></body></html>`;

describe('extractPageText', () => {
  const page = extractPageText(html)!;
  it('reads title, headings, type, department and language', () => {
    expect(page).toMatchObject({ title: '營運經理', headings: ['崗位職責', '小節'], type: '岗位', department: '香港分店營運部', lang: 'zh-HK' });
  });
  it('keeps the main text and leaves out ignored parts, navigation and footer', () => {
    expect(page.text).toContain('每日巡查樓面&租戶');
    for (const hidden of ['导航', '首页', '目录', '泳道', '隐藏', '页脚']) expect(page.text).not.toContain(hidden);
    expect(page.text.slice(page.afterTitle).trim().startsWith('全面負責')).toBe(true);
  });
  it('separates element runs with line breaks: cells, badges, list items, a badge and a link, an ignored label', () => {
    const text = (body: string) => extractPageText(`<main data-search-type="流程">${body}</main>`)!.text;
    expect(text('<table><tr><th>指标</th><th>权重</th></tr><tr><td>店长</td><td>执行运营检查</td></tr></table>')).toBe('指标\n权重\n店长\n执行运营检查');
    expect(text('<p><span class="badge">参与</span><a href="/x/">顾客投诉处理</a></p>')).toBe('参与\n顾客投诉处理');
    expect(text('<p><span class="badge">负责</span> <a href="/x/">顾客投诉处理</a> <a href="/y/">盘点</a></p>')).toBe('负责\n顾客投诉处理\n盘点');
    expect(text('<ul><li>与</li><li>顾客</li></ul>')).toBe('与\n顾客');
    expect(text('<dl><dt data-search-ignore>撰写人</dt><dd>王小明</dd></dl><p><span><span data-search-ignore>维护岗位:</span><a>运营经理</a></span></p>')).toBe('王小明\n运营经理');
    expect(text('<p><strong data-search-ignore>时限</strong> 3 天内</p>')).toBe('3 天内');
  });
  it('keeps one run where inline elements touch the text, and whitespace and line breaks inside a text node', () => {
    const text = (body: string) => extractPageText(`<main data-search-type="流程">${body}</main>`)!.text;
    expect(text('<p>由<a href="/r/">运营经理</a>负责,\n  每月<strong>复核</strong>一次。</p>')).toBe('由运营经理负责, 每月复核一次。');
    expect(text('<p>详见 <a href="/p/">采购流程</a> 第三条</p>')).toBe('详见\n采购流程\n第三条');
  });
  it('skips pages that did not opt in', () => {
    expect(extractPageText('<html><body><main><h1>首页</h1></main></body></html>')).toBeNull();
  });
});

describe('pageRecords', () => {
  const records = pageRecords('/roles/hk/', extractPageText(html)!, fullFoldTable());
  const tokens = records[0]!.content.split(' ');
  it('gives one language-neutral record per page, whose only meta is the page (filters and titles are in the page table)', () => {
    expect(records.map((r) => r.url)).toEqual(['/roles/hk/']);
    expect(records[0]!.language).toBe('und');
    expect(records[0]!.meta).toEqual({ page: '/roles/hk/' });
    expect(records[0]).not.toHaveProperty('filters');
  });
  it('reads the lifecycle state the page writes on <main data-search-status>', () => {
    expect(extractPageText(html.replace('data-search-type="岗位"', 'data-search-type="制度" data-search-status="replaced"'))!.status).toBe('replaced');
    expect(extractPageText(html)!.status).toBe('');
  });
  it('puts the title, padded, then the headings, padded, before the text, so a match position tells title from heading from text', () => {
    expect(tokens.slice(0, 4)).toEqual(['营运经', '运经理', '经理', '理']);
    expect(tokens.slice(4, TITLE_SLOTS).every((t) => t === FILLER)).toBe(true);
    expect(tokens.slice(TITLE_SLOTS, TITLE_SLOTS + 7).join(' ')).toBe('岗位职 位职责 职责 责 - 小节 节');
    expect(tokens.slice(TITLE_SLOTS + 7, BODY_START).every((t) => t === FILLER)).toBe(true);
  });
  it('indexes folded trigram tokens of the whole text from BODY_START, never across element runs', () => {
    expect(tokens.slice(BODY_START, BODY_START + 11).join(' ')).toBe('岗位 位 经理 理 营运经 运经理 经理 理 全面负 面负责 负责楼');
  });
  it('keeps the headings zone within its slots, dropping headings that do not fit', () => {
    const many = Array.from({ length: 200 }, (_, i) => `第${i}节`);
    const content = headsContent('标题', many, fullFoldTable()).split(' ');
    expect(content.length).toBe(BODY_START);
    expect(content.at(-1)).toBe(FILLER);
  });
  it('names the files that show a body hit', () => {
    expect(textPiecePath('/hb/roles/x/', '/hb/', 2)).toBe('text/roles/x.2.txt');
    expect(textPiecePath('/', '/', 0)).toBe('text/index.0.txt');
    expect(headingsPath('/hb/roles/x/', '/hb/')).toBe('text/roles/x.h.txt');
  });
  it('picks the text piece that holds an excerpt window', () => {
    expect(pieceFor(10, 16)).toBe(0);
    for (const start of [0, 399, 400, 415, 416, 900, 1234]) {
      const piece = pieceFor(start, 16);
      expect(piece * PIECE_STEP).toBeLessThanOrEqual(Math.max(0, start - 16));
      expect(start + 48).toBeLessThanOrEqual(piece * PIECE_STEP + PIECE_LENGTH);
    }
  });
});
