/**
 * Duplicate pairs as collections produce them: a Traditional copy of a
 * Simplified document (converted by OpenCC, wrapped differently, with a
 * stray Simplified character left), an exact copy in another file, a copy
 * that lost its tail — and two different documents cut from one template,
 * which are not copies.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { fingerprint, groupDuplicates, similarity } from '../../../../src/lib/import/normalise/dedupe.ts';
import { runImport } from '../../../../src/lib/import/pipeline.ts';

const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });

const ROLE = [
  '楼层主管岗位职责',
  '1、每日开店前检查楼层卫生、照明及商户到岗情况,发现问题立即整改;',
  '2、巡视楼层,纠正商户违规经营行为,做好巡场记录;',
  '3、受理本楼层顾客投诉,无法处理的上报运营经理;',
  '4、每周汇总楼层销售数据,分析经营情况后提出调整建议;',
  '5、负责闭店后与保安部一起逐层清场,检查水电及消防设施。',
].join('\n');

const PROCEDURE = [
  '商户撤场管理流程',
  '一、商户须在撤场前一周向招商部提交《撤场审批表》,经运营部、财务部会签后报总经理审批。',
  '二、财务部在7个工作日内完成租金、水电费等费用的结算,有欠款的由财务部发出《催款通知单》。',
  '三、运营部监督商户撤场,工程部和物业部检查场地设施,损坏的按合同由商户赔偿。',
  '四、撤场当天由保安部核对放行条,货品出场须经运营部签字确认。',
].join('\n');

/** Re-wraps text the way another scrape of the same page would: other line breaks, other punctuation widths. */
function rewrap(text: string): string {
  return text.replace(/\n/g, '').replace(/,/g, ',\n').replace(/;/g, ';').replace(/:/g, ':');
}

describe('duplicates in either script', () => {
  for (const [name, text] of [['a job description', ROLE], ['a procedure', PROCEDURE]] as const) {
    for (const [script, convert] of [['Hong Kong', toHongKong], ['Taiwan', toTaiwan]] as const) {
      it(`${name}: the ${script} Traditional copy, wrapped differently, is the same document`, () => {
        const copy = rewrap(convert(text));
        expect(copy).not.toBe(text);
        expect(fingerprint(copy)).toBe(fingerprint(text));
        expect(similarity(text, copy)).toBe(1);
        // A stray Simplified character left by a character-by-character conversion changes nothing.
        expect(similarity(text, copy.replace('後', '后'))).toBe(1);
      });
    }
  }

  it('finds a copy that lost its tail, but not a different document made from the same template', () => {
    const cut = toHongKong(ROLE.split('\n').slice(0, 4).join('\n'));
    const otherRole = [
      '客服主管岗位职责',
      '1、每日开店前检查服务台物品、广播设备及客服员到岗情况,发现问题立即整改;',
      '2、处理顾客投诉和咨询,重大投诉当天上报运营经理;',
      '3、管理会员积分兑换和礼品发放,做好登记;',
      '4、每月汇总投诉数据,分析原因后提出改进建议;',
      '5、负责失物招领和寄存服务的管理。',
    ].join('\n');
    const groups = groupDuplicates([ROLE, cut, otherRole], (t) => t, (t) => t.length);
    expect(groups.map((g) => [g.keep, g.copies])).toEqual([[ROLE, [cut]], [otherRole, []]]);
  });
});

describe('duplicates across files, through the pipeline', () => {
  it('keeps one copy of a document found in two files (exact copy) and in a Traditional file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-dedupe-'));
    writeFileSync(join(dir, 'a.txt'), `${PROCEDURE}\n`);
    writeFileSync(join(dir, 'b.txt'), `${PROCEDURE}\n`);
    writeFileSync(join(dir, 'c.txt'), `${rewrap(toHongKong(PROCEDURE))}\n`);
    const result = await runImport([dir], { outDir: join(dir, 'content'), dryRun: true, today: '2026-12-03' });
    const found = result.documents.filter((d) => !d.derived);
    expect(found).toHaveLength(1);
    const files = [found[0]!.source, ...found[0]!.duplicates.map((d) => d.source)].map((path) => path.split('/').pop());
    expect(files.sort()).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });

  it('keeps one copy of a document that a collection holds twice, once in each script', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-dedupe-'));
    writeFileSync(join(dir, 'collection.txt'), ['篇一', ROLE, '篇二', toTaiwan(ROLE).replace(/;/g, ';\n')].join('\n'));
    const result = await runImport([dir], { outDir: join(dir, 'content'), dryRun: true, today: '2026-12-03' });
    const roles = result.documents.filter((d) => d.kind === 'role');
    expect(roles).toHaveLength(1);
    expect(roles[0]!.duplicates).toHaveLength(1);
  });

  it('recognises a Traditional, re-wrapped copy of a document an earlier run wrote into the handbook', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-dedupe-'));
    const content = join(dir, 'content');
    writeFileSync(join(dir, 'first.txt'), `${ROLE}\n`);
    const first = await runImport([join(dir, 'first.txt')], { outDir: content, dryRun: false, today: '2026-12-03' });
    expect(first.documents.find((d) => d.kind === 'role')?.outcome).toBe('written');
    writeFileSync(join(dir, 'copy.txt'), `${rewrap(toHongKong(ROLE))}\n`);
    const second = await runImport([join(dir, 'copy.txt')], { outDir: content, dryRun: true, today: '2026-12-03' });
    const copy = second.documents.find((d) => d.kind === 'role')!;
    expect(copy.outcome).toBe('unchanged');
    expect(copy.outputPath).toBe(first.documents.find((d) => d.kind === 'role')!.outputPath);
  });
});
