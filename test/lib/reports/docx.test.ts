import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { reportDocument } from '../../../src/lib/reports/document.ts';
import { fullWidthPunctuation, reportToDocx } from '../../../src/lib/reports/docx.ts';
import { hintsByDefault } from '../../../src/lib/reports/placeholders.ts';
import { buildDraft } from '../../../src/lib/reports/draft.ts';
import { loadHandbook } from '../../../src/lib/reports/files.ts';
import { loadAllTemplates } from '../../../src/lib/reports/load-templates.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const handbook = loadHandbook(join(ROOT, 'content')).snapshot;
const templates = loadAllTemplates(join(ROOT, 'templates'));
const plan = buildDraft({ kind: 'plan', period: '2026-12', role: 'yunying-jingli', author: '王敏', date: '2026-11-28' }, { handbook, templates });

/** The parts of a .docx package, and the text of its main document in reading order. */
async function open(source: string, options: { hints?: boolean | undefined } = {}) {
  const bytes = await reportToDocx(source, options);
  expect(strFromU8(bytes.slice(0, 2))).toBe('PK');
  const files = unzipSync(bytes);
  const xml = strFromU8(files['word/document.xml']!);
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]);
  const text = (p: string) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  return { files, xml, paragraphs, text, find: (wanted: string) => paragraphs.find((p) => text(p) === wanted) };
}

describe('Word export', () => {
  it('writes a valid Word package with the draft’s headings, numbering levels and signature block', async () => {
    const { files, xml, paragraphs, text, find } = await open(plan.mdx);
    for (const part of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'word/settings.xml']) {
      expect(files[part], part).toBeDefined();
    }
    const all = paragraphs.map(text);
    expect(all[0]).toBe('运营部2026年12月工作计划');
    expect(all).toEqual(expect.arrayContaining([
      '一、工作目标', '二、主要工作任务', '三、保障措施', '四、其他事项',
      '（一）重点工作', '（二）日常工作（每日）', '（八）例行会议和流程',
    ]));
    expect(all.some((p) => p.startsWith('1.指导运营主管和楼层主管'))).toBe(true);
    expect(all.some((p) => p.startsWith('2.【待填写：重点工作二'))).toBe(true);
    expect(xml).toContain('运营周例会制度（负责组织）：每周一，本期 4 次：12月7日、12月14日、12月21日、12月28日。');
    expect(xml).toContain('本岗第3步（10:00）：宣布开会');

    // Level fonts: 一、 黑体, (一) 楷体, body 仿宋; title centred.
    expect(find('一、工作目标')).toContain('w:eastAsia="黑体"');
    expect(find('（一）重点工作')).toContain('w:eastAsia="楷体"');
    expect(paragraphs[0]).toContain('<w:jc w:val="center"/>');
    expect(strFromU8(files['word/styles.xml']!)).toContain('w:eastAsia="仿宋"');

    // Signature and date at the bottom right, date four characters from the edge.
    const signature = find('运营部 王敏')!;
    const date = find('2026年11月28日')!;
    expect(signature).toContain('<w:jc w:val="right"/>');
    expect(date).toContain('<w:jc w:val="right"/>');
    expect(date).toMatch(/<w:ind w:right="1280"\/>/);
    expect(paragraphs.indexOf(date)).toBe(paragraphs.length - 1);

    // Placeholders highlighted; A4 page; page numbers on odd and even pages.
    expect(find('为【待填写：本期工作的目的，例如确保完成第四季度经营目标】，结合2026年11月工作情况，特制定2026年12月工作计划如下。')).toBeDefined();
    expect(xml).toContain('<w:highlight w:val="yellow"/>');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const footers = Object.keys(files).filter((name) => /^word\/footer\d+\.xml$/.test(name));
    expect(footers.length).toBe(2);
    for (const footer of footers) expect(strFromU8(files[footer]!)).toMatch(/PAGE/);
    expect(strFromU8(files['word/settings.xml']!)).toContain('<w:evenAndOddHeaders/>');
  });

  it('keeps writing hints in a draft by default, leaves them out of a submitted report, and obeys an explicit choice', async () => {
    expect(plan.mdx).toContain('status: draft');
    expect((await open(plan.mdx)).xml).toContain('【写作提示】每项目标都要有具体数字和考核口径');
    expect((await open(plan.mdx, { hints: false })).xml).not.toContain('写作提示');
    const submitted = plan.mdx.replace('status: draft', 'status: submitted');
    expect((await open(submitted)).xml).not.toContain('写作提示');
    expect((await open(submitted, { hints: true })).xml).toContain('【写作提示】');
    expect(hintsByDefault('draft')).toBe(true);
    expect(hintsByDefault('approved')).toBe(false);
  });

  it('exports a written report: salutation, run-in (一) headings, tables and signature', async () => {
    const source = readFileSync(join(ROOT, 'content/reports/2026/yunying-jingli-2026-q3-zongjie.mdx'), 'utf8');
    const doc = reportDocument(source);
    const roles = doc.blocks.filter((b) => b.type === 'paragraph').map((b) => (b.type === 'paragraph' ? b.role : ''));
    expect(roles[0]).toBe('salutation');
    expect(roles.slice(-2)).toEqual(['signature', 'date']);
    const { find, paragraphs, text } = await open(source);
    expect(find('尊敬的领导：')).not.toContain('w:firstLine');
    const runIn = paragraphs.find((p) => text(p).startsWith('（一）销售与客流。'))!;
    expect(runIn).toMatch(/w:eastAsia="楷体"[^]*?<w:t[^>]*>（一）销售与客流。<\/w:t>/);
  });

  it('numbers nested lists 1. then (1) then ①', async () => {
    const source = '---\ntitle: 测试\n---\n\n## 一、任务\n\n### (一)本月\n\n1. 第一项\n   1. 细项\n      1. 小项\n2. 第二项\n';
    const { paragraphs, text } = await open(source);
    expect(paragraphs.map(text)).toEqual(['测试', '一、任务', '（一）本月', '1.第一项', '（1）细项', '①小项', '2.第二项']);
  });

  it('sets punctuation full-width in Chinese text but not in times and numbers', () => {
    expect(fullWidthPunctuation('延长至22:00,员工(运营主管)到场;金额1,000元')).toBe('延长至22:00，员工（运营主管）到场；金额1,000元');
    expect(fullWidthPunctuation('KPI (key): a, b')).toBe('KPI (key): a, b');
  });
});
