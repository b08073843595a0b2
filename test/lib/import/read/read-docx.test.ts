import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { zipSync } from 'fflate';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { formatNumber, NOT_DOCX_MESSAGE, readDocx } from '../../../../src/lib/import/read/read-docx.ts';

/** A job description as HR writes it in Word: heading styles, Word numbering, bullets, a table. */
async function jobDescriptionDocx(): Promise<Uint8Array> {
  const left = AlignmentType.LEFT;
  const document = new Document({
    numbering: {
      config: [
        {
          reference: 'chapters',
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: left },
            { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '(%2)', alignment: left },
          ],
        },
        {
          reference: 'parts',
          levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: '第%1部分', alignment: left }],
        },
        {
          reference: 'steps',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: left },
            { level: 1, format: LevelFormat.DECIMAL_ENCLOSED_CIRCLE, text: '%2', alignment: left },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: '客服主管岗位说明书', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: '岗位职责', heading: HeadingLevel.HEADING_1, numbering: { reference: 'parts', level: 0 } }),
          new Paragraph({ text: '负责客服团队的日常管理', numbering: { reference: 'chapters', level: 0 } }),
          new Paragraph({ text: '制定月度排班表', numbering: { reference: 'chapters', level: 1 } }),
          new Paragraph({ text: '检查服务质量', numbering: { reference: 'chapters', level: 1 } }),
          new Paragraph({ text: '处理重大客户投诉', numbering: { reference: 'chapters', level: 0 } }),
          new Paragraph({ text: '投诉处理流程', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: '登记投诉内容', numbering: { reference: 'steps', level: 0 } }),
          new Paragraph({ text: '电话回访', numbering: { reference: 'steps', level: 1 } }),
          new Paragraph({ text: '上门回访', numbering: { reference: 'steps', level: 1 } }),
          new Paragraph({ text: '三日内答复客户', numbering: { reference: 'steps', level: 0 } }),
          new Paragraph({ text: '任职要求', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: '大专及以上学历', bullet: { level: 0 } }),
          new Paragraph({ text: '熟悉办公软件', bullet: { level: 1 } }),
          new Paragraph({ text: '' }),
          new Paragraph({ children: [new TextRun('备注:本说明书'), new TextRun({ text: '每年修订一次。', break: 1 })] }),
          new Table({
            rows: [
              new TableRow({ children: [cell('考核指标'), cell('权重')] }),
              new TableRow({ children: [cell('投诉处理及时率'), cell('30%')] }),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

function cell(text: string): TableCell {
  return new TableCell({ children: [new Paragraph(text)] });
}

describe('readDocx', () => {
  it('keeps headings and lists as hints, and puts back the numbering Word draws', async () => {
    const file = new VFile({ path: 'jd.docx' });
    const result = await readDocx(await jobDescriptionDocx(), file);
    if ('error' in result) throw new Error(result.error);
    const { lines } = result;
    expect(lines.map((line) => line.text)).toEqual([
      '客服主管岗位说明书',
      '第一部分 岗位职责',
      '一、负责客服团队的日常管理',
      '(一)制定月度排班表',
      '(二)检查服务质量',
      '二、处理重大客户投诉',
      '投诉处理流程',
      '1.登记投诉内容',
      '①电话回访',
      '②上门回访',
      '2.三日内答复客户',
      '任职要求',
      '大专及以上学历',
      '熟悉办公软件',
      '备注:本说明书',
      '每年修订一次。',
      '考核指标\t权重',
      '投诉处理及时率\t30%',
    ]);
    expect(lines.map((line) => line.line)).toEqual(lines.map((_, i) => i + 1));
    expect(lines[0]!.hint).toEqual({ heading: 1 });
    expect(lines[1]!.hint).toEqual({ heading: 1 });
    expect(lines[6]!.hint).toEqual({ heading: 2 });
    expect(lines[2]!.hint).toEqual({ listItem: { ordered: true, depth: 1 } });
    expect(lines[3]!.hint).toEqual({ listItem: { ordered: true, depth: 2 } });
    expect(lines[12]!.hint).toEqual({ listItem: { ordered: false, depth: 1 } });
    expect(lines[13]!.hint).toEqual({ listItem: { ordered: false, depth: 2 } });
    expect(lines[14]!.hint).toBeUndefined();
    expect(file.messages.some((message) => message.ruleId === 'docx-numbering')).toBe(true);
  });

  it('returns a message, not an exception, for a zip that is not a Word document', async () => {
    const zip = zipSync({ 'xl/workbook.xml': new TextEncoder().encode('<workbook/>') });
    expect(await readDocx(zip)).toEqual({ error: NOT_DOCX_MESSAGE });
    expect(await readDocx(new TextEncoder().encode('not a zip at all'))).toEqual({ error: NOT_DOCX_MESSAGE });
  });
});

describe('formatNumber', () => {
  it('writes counters in the formats Chinese documents use', () => {
    expect([1, 10, 11, 20, 25, 100, 105].map((n) => formatNumber(n, 'chineseCounting'))).toEqual([
      '一',
      '十',
      '十一',
      '二十',
      '二十五',
      '一百',
      '一百零五',
    ]);
    expect(formatNumber(3, 'chineseLegalSimplified')).toBe('叁');
    expect(formatNumber(2, 'ideographTraditional')).toBe('乙');
    expect(formatNumber(12, 'decimalEnclosedCircle')).toBe('⑫');
    expect(formatNumber(4, 'upperRoman')).toBe('IV');
    expect(formatNumber(28, 'lowerLetter')).toBe('bb');
    expect(formatNumber(7, 'decimalZero')).toBe('07');
  });
});
