/**
 * Phone layouts and print (issue #14.3, #14.5, print artefacts), in Chromium:
 * tables as cards at 390 px, the swimlane's sticky lane labels and tappable
 * steps, checklists that tick and remember, and the printed book (landscape
 * diagram pages or none, unclipped TOC numbers, footer with edition and date,
 * no instructions on the cover, a fill-in form per checklist).
 */
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterEach, describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/site-in-browser.ts';

const site = siteInBrowser();
const SHOTS = 'test-results/phone';
mkdirSync(SHOTS, { recursive: true });

let context: BrowserContext | undefined;
let errors: string[] = [];
afterEach(async () => {
  await context?.close();
  context = undefined;
  expect(errors, 'script errors on the page').toEqual([]);
});

/** A page in a fresh context: a phone (touch, 390 px) or a desktop (1280 px). */
async function open(path: string, width: 390 | 1280): Promise<Page> {
  context = await site.browser.newContext({ viewport: { width, height: 844 }, hasTouch: width < 600, isMobile: width < 600 });
  const page = await context.newPage();
  errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(site.server.url + path);
  expect(response?.status()).toBe(200);
  return page;
}

/** Geometry of every body cell of the tables matching `selector`. */
function cellBoxes(page: Page, selector: string) {
  return page.$$eval(`${selector} > tbody > tr > td`, (cells) =>
    cells.map((td) => {
      const style = getComputedStyle(td);
      const before = getComputedStyle(td, '::before').content;
      const contentWidth = td.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { width: td.getBoundingClientRect().width, contentWidth, fontSize: parseFloat(style.fontSize), display: style.display, label: before, text: td.textContent?.trim() ?? '' };
    }),
  );
}

describe('tables on a phone', () => {
  it('show the KPI table as cards: cells nearly as wide as the screen, each under its header', async () => {
    const page = await open('roles/yunying-zongjian/', 390);
    await page.locator('#kpis').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/kpi-cards-390.png` });
    const cells = await cellBoxes(page, '#kpis + .table-wrap table');
    expect(cells.length).toBeGreaterThanOrEqual(10);
    for (const cell of cells) {
      expect(cell.display).toBe('flow-root');
      // Card width: the screen less the page's side padding (2 × 16 px) and the card border.
      expect(cell.width).toBeGreaterThan(390 - 2 * 16 - 4);
      // Room for the value beside its label: at least 10 characters per line.
      expect(cell.contentWidth).toBeGreaterThanOrEqual(10 * cell.fontSize);
    }
    expect(new Set(cells.map((c) => c.label))).toEqual(new Set(['"指标"', '"权重"', '"周期"', '"标准"', '"目标值"']));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it('stack the tables of MDX bodies the same way, and leave wide screens a real table', async () => {
    const phone = await open('procedures/kaibidian/', 390);
    const cells = await cellBoxes(phone, '.prose table');
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.every((c) => c.width > 390 - 2 * 16 - 4 && c.label !== 'none')).toBe(true);
    expect(cells.map((c) => c.label)).toContain('"节假日"');
    await context!.close();
    expect(errors).toEqual([]);
    const desk = await open('procedures/kaibidian/', 1280);
    const wide = await cellBoxes(desk, '.prose table');
    expect(wide.every((c) => c.display === 'table-cell' && c.label === 'none')).toBe(true);
  });
});

describe('swimlane diagram on a phone', () => {
  it('keeps the lane labels in view when scrolled sideways, and a tap shows a step’s full text', async () => {
    const page = await open('procedures/kaibidian/', 390);
    await page.locator('#flow').evaluate((h) => h.scrollIntoView());
    const scroller = page.locator('.diagram-scroll').first();
    const label = page.locator('.lane-labels li').first();
    const before = await label.boundingBox();
    await scroller.evaluate((el) => { el.scrollLeft = 900; });
    expect(await scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(800);
    const after = await label.boundingBox();
    expect(after!.x).toBeCloseTo(before!.x, 0);
    // The label is on top: what the reader sees at its centre is the label itself.
    const onTop = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('.lane-labels li')?.textContent, { x: after!.x + after!.width / 2, y: after!.y + after!.height / 2 });
    expect(onTop).toBe(await label.textContent());
    await page.screenshot({ path: `${SHOTS}/swimlane-scrolled-390.png` });
    // Every box ends its text on a whole line inside its border (no line cut in half), with or without a time.
    const cut = await page.$$eval('.flow-node', (nodes) =>
      nodes
        .filter((n) => n.querySelector('.flow-text')!.getBoundingClientRect().bottom > n.getBoundingClientRect().bottom - parseFloat(getComputedStyle(n).borderBottomWidth) + 0.5)
        .map((n) => n.querySelector('.flow-no')!.textContent),
    );
    expect(cut).toEqual([]);

    // Tap a box whose text is clamped in the box; its full text appears.
    const fullText = (await page.locator('ol.steps').first().locator('.step-action').nth(3).textContent())!.trim();
    const node = page.locator('.flow-node').nth(3);
    await node.scrollIntoViewIfNeeded();
    expect(await node.locator('.flow-text').evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    await node.tap();
    const pop = page.locator('.flow-pop:popover-open');
    await expect(pop.count()).resolves.toBe(1);
    expect(await pop.isVisible()).toBe(true);
    expect((await pop.locator('.flow-pop-text').textContent())!.trim()).toBe(fullText);
    const box = await pop.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${SHOTS}/swimlane-tap-390.png` });
    await pop.locator('.flow-pop-close').tap();
    await expect(page.locator('.flow-pop:popover-open').count()).resolves.toBe(0);
  });
});

describe('checklists', () => {
  it('tick by tap, survive a reload, and clear with 清除勾选', async () => {
    const page = await open('procedures/kaibidian/', 390);
    const block = page.locator('[data-checklist]').first();
    const boxes = block.locator('input[type="checkbox"]');
    await expect(boxes.count()).resolves.toBeGreaterThan(2);
    await block.locator('label').nth(1).tap();
    await block.locator('label').nth(2).tap();
    expect(await boxes.nth(1).isChecked()).toBe(true);
    expect(await boxes.nth(0).isChecked()).toBe(false);
    expect(await block.locator('[data-checklist-count]').textContent()).toMatch(/2 \/ \d+/);
    await page.screenshot({ path: `${SHOTS}/checklist-ticked-390.png` });

    await page.reload();
    expect(await boxes.nth(1).isChecked()).toBe(true);
    expect(await boxes.nth(2).isChecked()).toBe(true);
    expect(await boxes.nth(0).isChecked()).toBe(false);
    // Another page's list is not affected by this one's ticks.
    const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('handbook-checklist:')));
    expect(stored).toHaveLength(2);
    expect(stored.every((k) => k.includes('/procedures/kaibidian/'))).toBe(true);

    await block.locator('[data-checklist-reset]').tap();
    expect(await boxes.evaluateAll((all) => all.filter((b) => (b as HTMLInputElement).checked).length)).toBe(0);
    await page.reload();
    expect(await boxes.evaluateAll((all) => all.filter((b) => (b as HTMLInputElement).checked).length)).toBe(0);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('handbook-checklist:')).length)).toBe(0);
  });
});

describe('the printed book', () => {
  it('prints each diagram on a landscape page or not at all, numbers the TOC unclipped, keeps the cover clean, and gives a form per checklist', async () => {
    const page = await open('print/yunying/', 1280);
    await page.emulateMedia({ media: 'print' });
    const diagrams = await page.$$eval('.diagram', (all) => all.map((d) => ({ display: getComputedStyle(d).display, page: getComputedStyle(d).page })));
    expect(diagrams.length).toBeGreaterThan(3);
    for (const d of diagrams) expect(d.display === 'none' || d.page === 'diagram-landscape').toBe(true);
    expect(diagrams.some((d) => d.display === 'none')).toBe(true);
    expect(diagrams.some((d) => d.page === 'diagram-landscape')).toBe(true);
    // Printed boxes end their text on a whole line too.
    const cut = await page.$$eval('.diagram.print-landscape .flow-node', (nodes) =>
      nodes.filter((n) => n.querySelector('.flow-text')!.getBoundingClientRect().bottom > n.getBoundingClientRect().bottom - parseFloat(getComputedStyle(n).borderBottomWidth) + 0.5).length,
    );
    expect(cut).toBe(0);

    const numbers = await page.$$eval('.print-toc .toc-no', (all) => all.map((n) => ({ text: n.textContent, fits: n.scrollWidth <= n.clientWidth, left: n.getBoundingClientRect().left })));
    expect(numbers.some((n) => /^\d+\.\d{2}$/.test(n.text ?? ''))).toBe(true);
    for (const n of numbers) {
      expect(n.fits).toBe(true);
      expect(n.left).toBeGreaterThanOrEqual(0);
    }
    const cover = await page.locator('.print-cover').innerText();
    expect(cover).not.toMatch(/另存为|选择“打印”/);
    expect(cover).toContain('第 2.1 版');

    const forms = page.locator('table.checklist-form');
    // One form per checklist of the book.
    await expect(forms.count()).resolves.toBe(await page.locator('[data-checklist]').count());
    const form = page.locator('table.checklist-form', { has: page.locator('caption', { hasText: '开闭店管理流程 · 开店前检查' }) });
    expect(await form.isVisible()).toBe(true);
    expect(await form.locator('thead th').allTextContents()).toEqual(['序号', '检查项', '负责岗位', '日期', '班次', '检查人', '签字']);
    // Each item names the role of the step it restates (opening the staff entrance: 安全员; lifts and lights: 设备维修员).
    const rows = await form.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')));
    expect(rows[0]!.slice(1, 3)).toEqual(['员工通道开启,消防通道和安全出口畅通', '安全员']);
    expect(rows[1]![2]).toBe('设备维修员');
    expect(rows.every((cells) => cells.length === 7 && cells.slice(3).every((c) => c === ''))).toBe(true);
    expect(await page.locator('.checklist-ticks').first().isVisible()).toBe(false);
  });

  it('as a PDF: landscape diagram pages, the footer with edition and date on every page, no instructions on the cover', async () => {
    const page = await open('print/yunying/', 1280);
    const bytes = await page.pdf({ path: `${SHOTS}/print-yunying.pdf`, preferCSSPageSize: true, printBackground: true });
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    // PDF fonts map some ideographs to radical code points (⼿ for 手): NFKC folds most back.
    const text = (await extractText(pdf, { mergePages: false })).text.map((t) => t.normalize('NFKC'));
    const sizes = await Promise.all(Array.from({ length: pdf.numPages }, async (_, i) => (await pdf.getPage(i + 1)).getViewport({ scale: 1 })));
    const landscape = sizes.flatMap((v, i) => (v.width > v.height ? [i] : []));
    expect(landscape.length).toBeGreaterThan(0);
    for (const i of landscape) expect(text[i]).toContain('流程图');
    // Each landscape page shows its diagram whole, up to the rightmost box (a clipped box's text is not in the PDF).
    const lastBoxes = await page.$$eval('.diagram.print-landscape', (all) => all.map((d) => [...d.querySelectorAll('.flow-text')].at(-1)!.textContent!.trim().slice(0, 4)));
    expect(lastBoxes).toHaveLength(landscape.length);
    landscape.forEach((i, k) => expect(text[i]!.replace(/\s+/g, ''), `page ${i + 1}`).toContain(lastBoxes[k]));
    text.forEach((pageText, i) => {
      expect(pageText, `page ${i + 1}`).toContain('第 2.1 版');
      expect(pageText, `page ${i + 1}`).toContain('2026年10月1日起施行');
      expect(pageText, `page ${i + 1}`).toContain('2026年11月22日生成');
      // 页 comes out as the radical ⻚, which NFKC leaves alone.
      expect(pageText, `page ${i + 1}`).toMatch(new RegExp(`第 ${i + 1} [页⻚] / 共 ${pdf.numPages} [页⻚]`));
    });
    expect(text[0]).not.toMatch(/另存为|选择“打印”/);
    // A diagram too wide for a page is left out, with a note pointing to the steps.
    expect(text.join('\n')).toMatch(/纸面放不下,打印版从略/);
  });
});
