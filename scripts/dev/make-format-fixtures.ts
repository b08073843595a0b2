/**
 * Regenerates the small binary fixtures under test/fixtures/import/formats/:
 *
 * - closing.docx  — a procedure written in Word (title, numbered paragraphs, a 时间/事项/负责人 table),
 *                   made with the `docx` package;
 * - closing.doc   — the same, converted by LibreOffice to legacy Word 97–2003;
 * - closing.pdf   — the same, converted by LibreOffice to PDF (with a text layer);
 * - scanned.pdf   — a one-page PDF with a drawing and no text layer (what a scanner produces);
 * - report-resaved.docx — the Word export of content/reports/2026/yunying-jingli-2026-q4-jihua.mdx,
 *                   opened and saved again by LibreOffice (runs merged, properties rewritten), for the
 *                   report round trip.
 *
 * Needs LibreOffice (`soffice`) on the PATH; the tests only read the files:
 *   node scripts/dev/make-format-fixtures.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { reportToDocx } from '../../src/lib/reports/docx.ts';
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';

const OUT = resolve(import.meta.dirname, '../../test/fixtures/import/formats');

const cell = (text: string) => new TableCell({ children: [new Paragraph(text)], width: { size: 3000, type: WidthType.DXA } });
const row = (...cells: string[]) => new TableRow({ children: cells.map(cell) });

const document = new Document({
  creator: 'ops-handbook fixtures',
  numbering: {
    config: [{ reference: 'articles', levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT }] }],
  },
  sections: [
    {
      children: [
        new Paragraph({ text: '商场闭店流程', heading: HeadingLevel.TITLE }),
        new Paragraph('所属部门:运营部'),
        new Paragraph({ text: '闭店前十分钟播放闭店预告广播,提醒顾客有序离场。', numbering: { reference: 'articles', level: 0 } }),
        new Paragraph({ text: '各楼层管理员按区域清场,发现异常立即报告值班经理。', numbering: { reference: 'articles', level: 0 } }),
        new Paragraph({ text: '闭店时间安排', heading: HeadingLevel.HEADING_2 }),
        new Table({
          rows: [
            row('时间', '事项', '负责人'),
            row('21:50', '播放闭店预告广播', '客服主管'),
            row('22:00', '商户整理商品并清点', '楼层主管'),
            row('22:30', '全面清场并关闭电源', '值班经理'),
          ],
        }),
      ],
    },
  ],
});

/** A minimal PDF page with a filled rectangle and no text at all. */
function scannedPdf(): string {
  const content = '0.5 g 72 72 451 698 re f';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return out;
}

const work = mkdtempSync(join(tmpdir(), 'format-fixtures-'));
try {
  const docx = join(work, 'closing.docx');
  writeFileSync(docx, await Packer.toBuffer(document));
  copyFileSync(docx, join(OUT, 'closing.docx'));
  for (const format of ['doc', 'pdf']) {
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${work}/profile`, '--convert-to', format, '--outdir', work, docx], { stdio: 'inherit' });
    copyFileSync(join(work, `closing.${format}`), join(OUT, `closing.${format}`));
  }
  writeFileSync(join(OUT, 'scanned.pdf'), scannedPdf());
  const reportId = '2026/yunying-jingli-2026-q4-jihua';
  const exported = join(work, 'report-resaved.docx');
  writeFileSync(exported, await reportToDocx(readFileSync(resolve(import.meta.dirname, `../../content/reports/${reportId}.mdx`), 'utf8'), { id: reportId }));
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${work}/profile`, '--convert-to', 'docx:MS Word 2007 XML', '--outdir', join(work, 'resaved'), exported], { stdio: 'inherit' });
  copyFileSync(join(work, 'resaved', 'report-resaved.docx'), join(OUT, 'report-resaved.docx'));
  console.log(`written to ${OUT}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
