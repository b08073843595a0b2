/**
 * The whole pipeline on generated inputs in every supported format: a GBK
 * text file, a Big5 one (Traditional, with a stray Simplified character and a
 * Simplified duplicate elsewhere), a Word file and an HTML page.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../../src/lib/import/model.ts';
import { runImport } from '../../../src/lib/import/pipeline.ts';

const ROLE_GBK = ['运营主管岗位职责篇一', '所属部门:运营部', '直接上级:运营经理', '岗位职责:', '1、负责每日巡场,督促商户按时开门营业;2、负责组织每日晨会;', '3、每月汇总楼层经营数据,报运营经理。', '任职要求:', '1、大专及以上学历;', '2、有商场管理经验者优先。'].join('\n');
const RETURNS_BIG5 = ['退換貨服務流程', '一、顧客提出退換貨時,客服員應熱情接待,問清原因并填寫《退換貨登記表》;', '二、屬於質量問題的,由樓層主管核實后辦理退換,退換貨做到不出廠家、不出區域、不出部門;', '三、無法解決的問題,客服員須在24小時內報告客服部經理,由客服部經理處理;', '四、每月5日前由客服部匯總上月退換貨記錄,報運營經理。'].join('\n');
/** The GBK role again, in Traditional script and wrapped differently. */
const ROLE_TRADITIONAL_COPY = ['運營主管崗位職責篇一', '所屬部門:運營部', '直接上級:運營經理', '崗位職責:', '1、負責每日巡場,督促商戶按時開門營業;', '2、負責組織每日晨會;', '3、每月匯總樓層經營數據,報運營經理。', '任職要求:', '1、大專及以上學歷;', '2、有商場管理經驗者優先。'].join('\n');

let result: ImportResult;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'import-pipeline-'));
  writeFileSync(join(dir, 'role-gbk.txt'), iconv.encode(ROLE_GBK, 'gbk'));
  writeFileSync(join(dir, 'returns-big5.txt'), iconv.encode(RETURNS_BIG5, 'big5'));
  writeFileSync(join(dir, 'role-copy.txt'), `${ROLE_TRADITIONAL_COPY}\n`);
  const word = new Document({
    sections: [{
      children: [
        new Paragraph({ text: '客服部职能说明书', heading: HeadingLevel.HEADING_1 }),
        new Paragraph({ text: '部门职能', heading: HeadingLevel.HEADING_2 }),
        new Paragraph('1、负责顾客投诉的受理、处理和回访;'),
        new Paragraph('2、负责会员服务和积分兑换;'),
        new Paragraph('3、负责服务台广播和失物招领。'),
      ],
    }],
  });
  writeFileSync(join(dir, 'kefu.docx'), new Uint8Array(await Packer.toBuffer(word)));
  writeFileSync(join(dir, 'page.html'), '<html><body><nav>首页 &gt; 制度</nav><h1>商场晨会制度</h1><p>一、晨会每天9:20开始,由值班主管主持,时间控制在5至20分钟。</p><p>二、检查员工出勤和仪容仪表,通报前一天的销售情况。</p><p>三、布置当天的工作任务。</p><div class="footer">版权所有</div></body></html>');
  result = await runImport([dir], { outDir: join(dir, 'content'), dryRun: true, today: '2026-11-22' });
});

describe('runImport', () => {
  it('reads every format with its detected encoding', () => {
    const encodings = Object.fromEntries(result.files.map((f) => [f.path.split(/[\\/]/).pop(), f.encoding]));
    expect(encodings).toMatchObject({ 'role-gbk.txt': 'GB18030', 'returns-big5.txt': 'Big5', 'role-copy.txt': 'UTF-8', 'kefu.docx': 'docx', 'page.html': 'html' });
  });

  it('classifies and extracts each document', () => {
    // Either copy of the role may be the one kept.
    const kinds = result.documents.filter((d) => !d.derived).map((d) => `${d.kind}:${d.source.split(/[\\/]/).pop()!.replace(/^role-(gbk|copy)/, 'role')}`).sort();
    expect(kinds).toEqual(['department:kefu.docx', 'procedure:page.html', 'procedure:returns-big5.txt', 'role:role.txt']);
    const role = result.documents.find((d) => d.kind === 'role')!;
    expect(role.frontmatter).toMatchObject({ level: '主管' });
    expect(role.names.department).toMatch(/^(运营部|運營部)$/);
    expect((role.frontmatter.responsibilities as unknown[]).length).toBe(3);
  });

  it('keeps one copy of a document found in both scripts and wrapped differently', () => {
    const roles = result.documents.filter((d) => d.kind === 'role');
    expect(roles).toHaveLength(1);
    expect(roles[0]!.duplicates.map((d) => d.source.split(/[\\/]/).pop())).toHaveLength(1);
  });

  it('fixes stray Simplified characters in Traditional text and reports each', () => {
    const returns = result.documents.find((d) => d.source.endsWith('returns-big5.txt'))!;
    expect(returns.lang).toBe('zh-HK');
    expect(JSON.stringify(returns.frontmatter)).toContain('並填寫');
    expect(JSON.stringify(returns.frontmatter)).toContain('核實後辦理');
    expect(returns.repairs.join()).toMatch(/并→並.*后→後|后→後.*并→並/);
  });

  it('writes nothing in a dry run, and says what it would write', () => {
    expect(result.documents.every((d) => d.outcome === 'would-write')).toBe(true);
  });
});
