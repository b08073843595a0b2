import { describe, expect, it } from 'vitest';
import { cleanSource } from '../../../../src/lib/import/clean/clean-lines.ts';
import { matchMarker } from '../../../../src/lib/import/split/markers.ts';
import { splitDocuments } from '../../../../src/lib/import/split/split-documents.ts';
import { foldText } from '../../../../src/lib/import/text/fold.ts';
import { sourceOf } from '../../../support/import-source.ts';

const split = (text: string) => {
  const source = sourceOf(text);
  const result = splitDocuments(cleanSource(source).source, 'fixture.txt');
  return {
    docs: result.documents.map((d) => `${d.startLine}-${d.endLine} ${d.lang} ${d.title}`),
    dropped: result.dropped.map((d) => `${d.startLine}-${d.endLine} ${d.reason}`),
    raw: result,
    messages: source.file.messages,
  };
};

describe('matchMarker', () => {
  it.each([
    ['运营主管工作计划篇一', 'strong', '运营主管工作计划'],
    ['1.运营管理部工作职能说明书 篇十三', 'strong', '运营管理部工作职能说明书'],
    ['第二篇 运营部岗位职责', 'strong', '运营部岗位职责'],
    ['范文3:商场总值班制度', 'strong', '商场总值班制度'],
    ['運營部工作計劃範文二', 'strong', '運營部工作計劃'],
    ['銷售個人月工作計劃二:', 'strong', '銷售個人月工作計劃'],
    ['房地產部門的工作計劃2', 'strong', '房地產部門的工作計劃'],
    ['商场运营部工作职责。', 'weak', '商场运营部工作职责'],
    ['篇一:商场总值班管理制度', 'strong', '商场总值班管理制度'],
    ['2017年银行上半年工作总结1500字范本【2】', 'strong', '2017年银行上半年工作总结1500字范本'],
    ['个人简历', 'weak', '个人简历'],
    ['物业管理员岗位描述怎么写', 'weak', '物业管理员岗位描述怎么写'],
  ])('%s is a %s marker titled %s', (line, strength, title) => {
    const marker = matchMarker(foldText(line));
    expect(marker?.strength).toBe(strength);
    expect(line.slice(marker!.titleStart, marker!.titleEnd)).toBe(title);
  });

  it.each(['岗位职责', '一、工作计划', '2.1 针对普通欠费客户。', '负责制定部门工作计划,并组织实施。', '(三)考核方案'])('%s starts no document', (line) => {
    expect(matchMarker(foldText(line))).toBeUndefined();
  });
});

describe('splitDocuments', () => {
  it('splits on 篇N markers and drops the collection preface', () => {
    const text = [
      '运营管理部工作职能说明书(3篇)',
      '2024-07-20',
      '运营主管岗位职责篇一',
      '职责:',
      '负责商场日常营运管理。',
      '运营部晨会制度篇二',
      '晨会每天9:20开始。',
      '由值班主管主持。',
    ].join('\n');
    const result = split(text);
    expect(result.docs).toEqual(['3-5 zh-CN 运营主管岗位职责', '6-8 zh-CN 运营部晨会制度']);
    expect(result.raw.documents[0]!.lines.map((l) => l.text)).toEqual(['职责:', '负责商场日常营运管理。']);
  });

  it('keeps text before the first marker as a document when it has substance', () => {
    const text = [
      '崗位職責',
      '1、負責擬定酒店市場營銷計劃及營銷策略。',
      '2、負責擬定市場拓展及推廣工作的行動計劃,並組織實施和檢查落實情況。',
      '3、負責酒店的廣告策劃宣傳工作,定期向總經理匯報工作進度和結果。',
      '4、負責建立合作緊密、高效能的營銷隊伍,充分發揮每位成員的潛能。',
      '銷售個人月工作計劃二:',
      '為了進一步提高自己的工作效率,特制定以下工作計劃:',
    ].join('\n');
    expect(split(text).docs).toEqual(['1-5 zh-HK 崗位職責', '6-7 zh-HK 銷售個人月工作計劃']);
  });

  it('drops a short preface (title and blurb) and says why', () => {
    const result = split('运营部制度汇编\n运营主管岗位职责篇一\n负责营运管理。');
    expect(result.dropped).toEqual([]);
    expect(result.messages.find((m) => m.ruleId === 'preface')?.reason).toBe('第 1–1 行是合集标题或前言,已略过');
    expect(result.docs).toEqual(['2-3 zh-CN 运营主管岗位职责']);
  });

  it('uses bare titles when the file has no numbered markers', () => {
    const text = ['运营部岗位职责', '负责营运管理。', '负责晨会组织。', '商场总值班制度', '总值班由运营主管以上人员担任。'].join('\n');
    expect(split(text).docs).toEqual(['1-3 zh-CN 运营部岗位职责', '4-5 zh-CN 商场总值班制度']);
  });

  it('ignores bare titles inside documents of a file with numbered markers, except after 附送', () => {
    const text = [
      '运营主管工作计划篇一',
      '商场运营部工作职责',
      '负责营运管理。',
      '附送:',
      '营运部主管岗位职责',
      '熟悉公司商品流转程序。',
    ].join('\n');
    expect(split(text).docs).toEqual(['1-4 zh-CN 运营主管工作计划', '5-6 zh-CN 营运部主管岗位职责']);
  });

  it('cuts a title glued to the end of the previous paragraph', () => {
    const text = ['运营部工作计划篇一', '做好交接班工作。运营部工作计划篇二', '晨会每天9:20开始。'].join('\n');
    const result = split(text);
    expect(result.docs).toEqual(['1-2 zh-CN 运营部工作计划', '2-3 zh-CN 运营部工作计划']);
    expect(result.raw.documents[0]!.lines.map((l) => l.text)).toEqual(['做好交接班工作。']);
    expect(result.messages.some((m) => m.ruleId === 'glued-title' && m.line === 2)).toBe(true);
  });

  it('cuts a numbered title from the body glued after it', () => {
    const result = split('银行工作总结范本【1】\n全年完成存款任务。\n银行上半年工作总结范本【2】 上半年,我支行按照总行部署开展工作。');
    expect(result.docs).toEqual(['1-2 zh-CN 银行工作总结范本', '3-3 zh-CN 银行上半年工作总结范本']);
    expect(result.raw.documents[1]!.lines.map((l) => l.text)).toEqual(['上半年,我支行按照总行部署开展工作。']);
  });

  it('starts a new document where the top-level numbering starts again after a title-like line', () => {
    const text = ['第一篇 运营部工作计划', '一、目标', '完成指标。', '二、措施', '加强巡场。', '三、保障', '落实经费。', '客服部信息报送制度', '一、报送内容', '及时报送信息。'].join('\n');
    const result = split(text);
    expect(result.docs).toEqual(['1-7 zh-CN 运营部工作计划', '8-10 zh-CN 客服部信息报送制度']);
    expect(result.messages.some((m) => m.ruleId === 'numbering-restart' && m.line === 8)).toBe(true);
    // 第一条 … 第一条 again, in Traditional.
    const articles = ['第一篇 值班管理規定', '第一條 為規範值班,制定本規定。', '第二條 值班人員須提前十分鐘到崗。', '商場晨會管理辦法', '第一條 晨會每日九點二十分開始。', '第二條 由值班主管主持。'].join('\n');
    expect(split(articles).docs).toEqual(['1-3 zh-HK 值班管理規定', '4-6 zh-HK 商場晨會管理辦法']);
  });

  it('starts a new document where a long 一、二、三、 run starts again, even without a title', () => {
    const text = ['第一篇 运营部工作计划', '一、目标', '完成指标。', '二、措施', '加强巡场。', '三、保障', '落实经费。', '一、加强信息服务', '及时报送信息。'].join('\n');
    expect(split(text).docs).toEqual(['1-7 zh-CN 运营部工作计划', '8-9 zh-CN ']);
  });

  it('does not split at a short restart without a title, nor at 一、 under a new chapter', () => {
    const text = ['第一篇 运营部工作计划', '一、目标', '完成指标。', '二、措施', '加强巡场。', '一、加强信息服务', '及时报送信息。'].join('\n');
    expect(split(text).docs).toEqual(['1-7 zh-CN 运营部工作计划']);
    const chapters = ['商场管理办法', '第一章 总则', '一、目的', '规范管理。', '二、范围', '全体员工。', '三、职责', '运营部负责。', '第二章 值班', '一、安排', '每日一人。'].join('\n');
    expect(split(chapters).docs).toEqual(['1-11 zh-CN 商场管理办法']);
  });

  it('trusts a bare title right after removed page chrome, even among numbered markers', () => {
    const text = ['第一篇 开闭店管理流程', '1.9:20员工到岗。', '本文由会员上传,仅供学习交流,如有侵权请联系删除。', '运营部信息汇报制度', '1、日报每日下班前提交。'].join('\n');
    expect(split(text).docs).toEqual(['1-2 zh-CN 开闭店管理流程', '4-5 zh-CN 运营部信息汇报制度']);
  });

  it('takes the title from the next line after a bare 篇一', () => {
    const text = ['篇一', '商场运营主管岗位职责', '1、负责营运管理;', '篇二', '2、负责晨会组织;'].join('\n');
    expect(split(text).docs).toEqual(['1-3 zh-CN 商场运营主管岗位职责', '4-5 zh-CN ']);
  });

  it('splits at numbered titles that run 1, 2, 3 through the file, not at items', () => {
    const text = ['1、运营部2023年度工作总结', '一、主要工作', '1、完成指标。', '2、运营部2024年上半年工作计划', '1、客服部工作计划', '2、提升满意度。'].join('\n');
    expect(split(text).docs).toEqual(['1-3 zh-CN 运营部2023年度工作总结', '4-6 zh-CN 运营部2024年上半年工作计划']);
  });

  it('cuts a title made of a known role name glued to text without punctuation', () => {
    const text = ['行政部部门职能', '一、负责公文收发;', '应知应会:①熟知组织架构②掌握印章使用审批程序运营督导岗位职责', '职责:①按计划巡店。'].join('\n');
    expect(split(text).docs).toEqual(['1-3 zh-CN 行政部部门职能', '3-4 zh-CN 运营督导岗位职责']);
  });

  it('treats a file with no marker at all as one document', () => {
    const result = split('总值班制度\n总值班由运营主管以上人员担任。\n周日全天在岗。');
    expect(result.docs).toEqual(['1-3 zh-CN 总值班制度']);
  });
});

describe('splitDocuments: what is not a title', () => {
  it.each([
    ['负责商场日常运营管理工作', '1、制定运营部年度工作计划并组织实施;'],
    ['協助運營經理做好商戶管理', '2、監督樓層主管的日常工作;'],
    ['做好每日巡场记录。', '(1)检查商户到岗情况'],
    ['岗位名称|客服员|所属部门|客服部', '直属上级|客服主管'],
    ['職位名稱:物業管理員', '所屬部門:物業部'],
  ])('a first line that is a duty or a sentence (%s) stays in the body', (first, second) => {
    const { raw } = split([first, second, '3、处理重大客诉。'].join('\n'));
    expect(raw.documents[0]!.title).toBe('');
    expect(raw.documents[0]!.lines[0]!.text).toBe(first);
  });
});

describe('splitDocuments: boundaries as collections mark them', () => {
  it.each([
    ['商场运营部岗位职责第二篇', '商场运营部岗位职责'],
    ['運營主管工作計劃(第3篇)', '運營主管工作計劃'],
    ['2.客服部年度工作总结 第十篇', '客服部年度工作总结'],
  ])('“…第N篇” at the end of a line (%s) is a strong marker titled %s', (line, title) => {
    const marker = matchMarker(foldText(line));
    expect(marker?.strength).toBe('strong');
    expect(line.slice(marker!.titleStart, marker!.titleEnd)).toBe(title);
  });

  it('cuts “篇N:” glued to the end of the previous text onto a line of its own', () => {
    const text = ['篇一:商场总值班管理制度', '一、总值班由运营主管以上人员担任。', '二、值班人员须巡查各楼层。请各部门遵照执行。篇二:商场晨会制度', '一、晨会每天9:20开始。', '二、由值班主管主持。'].join('\n');
    expect(split(text).docs).toEqual(['1-3 zh-CN 商场总值班管理制度', '3-5 zh-CN 商场晨会制度']);
    const traditional = ['第一篇 樓層主管崗位職責', '1、負責樓層巡查;', '2、處理顧客投訴。第二篇', '客服員崗位職責', '1、負責服務台接待;'].join('\n');
    expect(split(traditional).docs).toEqual(['1-3 zh-HK 樓層主管崗位職責', '3-5 zh-HK 客服員崗位職責']);
  });

  it('does not take the line after a bare 篇N for a title when it is a duty or a form row', () => {
    const { raw } = split(['篇一', '负责商场日常巡查工作', '2、处理顾客投诉;', '篇二', '岗位名称:客服员', '1、负责服务台接待;'].join('\n'));
    expect(raw.documents.map((d) => d.title)).toEqual(['', '']);
    expect(raw.documents.map((d) => d.lines[0]!.text)).toEqual(['负责商场日常巡查工作', '岗位名称:客服员']);
  });

  it('cuts “篇N:” glued straight after a word', () => {
    const text = ['第一篇 运营专员岗位职责', '1、负责运营数据收集;', '2、做好文件归档工作篇二:客服专员岗位职责', '1、负责服务台接待;'].join('\n');
    expect(split(text).docs).toEqual(['1-3 zh-CN 运营专员岗位职责', '3-4 zh-CN 客服专员岗位职责']);
  });

  it('leaves 本篇 / 上一篇 inside a sentence alone', () => {
    const text = ['运营部工作总结', '本篇总结分为三个部分。本年度各项指标均已完成。', '详见上一篇:运营部工作计划的目标。'].join('\n');
    expect(split(text).docs).toEqual(['1-3 zh-CN 运营部工作总结']);
  });

  it('splits numbered collection titles (1、…工作计划 2、…)', () => {
    const text = ['1、运营部2023年度工作计划', '一、全年销售额同比增长10%。', '二、客流提升5%。', '2、客服部11月份工作总结', '本月共受理投诉32起,均已处理完毕。', '3、楼层主管个人述职报告', '尊敬的领导:现将本人述职如下。'].join('\n');
    expect(split(text).docs).toEqual(['1-3 zh-CN 运营部2023年度工作计划', '4-5 zh-CN 客服部11月份工作总结', '6-7 zh-CN 楼层主管个人述职报告']);
  });

  it('does not take an item inside a document for the next numbered title', () => {
    const text = ['1、运营部2024年工作计划', '一、工作目标', '1、完成年度销售指标;', '2、完成月度工作总结', '二、工作措施', '加强巡场。', '2、客服部2024年工作计划', '一、提升服务质量。', '3、企划部2024年工作计划', '一、策划大型活动四场。'].join('\n');
    expect(split(text).docs).toEqual(['1-6 zh-CN 运营部2024年工作计划', '7-8 zh-CN 客服部2024年工作计划', '9-10 zh-CN 企划部2024年工作计划']);
  });

  it.each([
    ['商场运营督导实施方案一、背景', '商场运营督导实施方案', '一、背景'],
    ['值班管理規定第一條 為規範值班秩序,制定本規定。', '值班管理規定', '第一條 為規範值班秩序,制定本規定。'],
    ['营运部考核办法(一)考核对象', '营运部考核办法', '(一)考核对象'],
    ['篇二:商场晨会制度一、晨会每天9:20开始。', '商场晨会制度', '一、晨会每天9:20开始。'],
  ])('cuts a title glued to its first heading: %s', (line, title, heading) => {
    const { raw } = split([line, '二、目标', '提升服务质量。'].join('\n'));
    expect(raw.documents[0]!.title).toBe(title);
    expect(raw.documents[0]!.lines[0]!.text).toBe(heading);
  });

  it('sets aside a list of related articles instead of taking each title for a document', () => {
    const text = ['运营部岗位职责', '1、负责商场日常运营管理;', '2、负责组织晨会。', '相关文章:', '运营部工作计划', '营运部主管岗位职责', '商场运营管理制度', '猜你喜欢', '· 客服部年终总结', '· 物业管理员岗位职责'].join('\n');
    const result = split(text);
    expect(result.docs).toEqual(['1-3 zh-CN 运营部岗位职责']);
    expect(result.messages.filter((m) => m.ruleId === 'related-list').map((m) => m.line)).toEqual([4]);
  });

  it('ends a related list where a listed title is followed by its text', () => {
    const text = ['相關推薦', '運營部工作計劃', '客服部信息匯報制度', '一、日報每日下班前提交。', '二、週報每週六18:00前提交。'].join('\n');
    expect(split(text).docs).toEqual(['3-5 zh-HK 客服部信息匯報制度']);
  });

  it('treats a Word Heading 2 under a Heading 1 as a section, not a new document', () => {
    const source = sourceOf(['客服部管理制度汇编', '客服部投诉处理流程', '一、受理投诉。', '二、登记回访。', '客服部广播管理规定', '一、广播由服务台负责。'].join('\n'));
    source.lines[0]!.hint = { heading: 1 };
    source.lines[1]!.hint = { heading: 2 };
    source.lines[4]!.hint = { heading: 2 };
    const page = { ...source, lines: source.lines.map((line) => ({ ...line })) };
    source.encoding = 'docx';
    const { documents } = splitDocuments(cleanSource(source).source, 'fixture.docx');
    expect(documents.map((d) => `${d.startLine}-${d.endLine} ${d.title}`)).toEqual(['1-6 客服部管理制度汇编']);
    // A web page's <h2> titles under its <h1> are the documents of a collection page.
    const html = splitDocuments(cleanSource(page).source, 'fixture.html').documents;
    expect(html.map((d) => `${d.startLine}-${d.endLine} ${d.title}`)).toEqual(['2-4 客服部投诉处理流程', '5-6 客服部广播管理规定']);
  });
});

describe('splitDocuments: a real Word file', () => {
  it('keeps Heading 2 sections inside the Heading 1 document they belong to', async () => {
    const { Document, HeadingLevel, Packer, Paragraph } = await import('docx');
    const { readSource } = await import('../../../../src/lib/import/read/read-source.ts');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const word = new Document({
      sections: [{
        children: [
          new Paragraph({ text: '商场运营管理制度', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: '总值班管理制度', heading: HeadingLevel.HEADING_2 }),
          new Paragraph('一、总值班由运营主管以上人员担任。'),
          new Paragraph('二、值班人员须巡查各楼层。'),
          new Paragraph({ text: '晨会管理制度', heading: HeadingLevel.HEADING_2 }),
          new Paragraph('一、晨会每天9:20开始。'),
        ],
      }],
    });
    const path = join(mkdtempSync(join(tmpdir(), 'split-docx-')), 'rules.docx');
    writeFileSync(path, new Uint8Array(await Packer.toBuffer(word)));
    const read = await readSource(path);
    if ('error' in read) throw new Error(read.error);
    const { documents } = splitDocuments(cleanSource(read).source, 'rules.docx');
    expect(documents.map((d) => d.title)).toEqual(['商场运营管理制度']);
  });
});

describe('splitDocuments: a file without markers', () => {
  it('still splits where the numbering starts again under a title', () => {
    const text = ['商场总值班管理制度', '一、总值班由运营主管以上人员担任。', '二、值班人员须巡查各楼层。', '商场晨会管理制度', '一、晨会每天9:20开始。', '二、由值班主管主持。'].join('\n');
    // Both titles are bare titles, so the second one starts a document by itself;
    // with a sentence-long first line (no bare title at the top) only the restart can tell.
    const untitled = ['为规范值班,制定以下规定。', '一、总值班由运营主管以上人员担任。', '二、值班人员须巡查各楼层。', '商场晨会管理制度', '一、晨会每天9:20开始。', '二、由值班主管主持。'].join('\n');
    expect(split(text).docs).toEqual(['1-3 zh-CN 商场总值班管理制度', '4-6 zh-CN 商场晨会管理制度']);
    expect(split(untitled).docs).toEqual(['1-3 zh-CN ', '4-6 zh-CN 商场晨会管理制度']);
  });
});

describe('a table of contents', () => {
  it('of marker lines (with or without blank lines between) is set aside with its line range, not read as title-only documents', () => {
    const text = [
      '客服部制度合集',
      '篇一:客服专员岗位职责',
      '',
      '篇二:顾客投诉处理流程',
      '篇三:客服部月度工作计划',
      '',
      '篇一:客服专员岗位职责',
      '1、负责受理顾客咨询与投诉,做好登记。',
      '2、负责会员积分兑换与礼品发放。',
      '篇二:顾客投诉处理流程',
      '一、接到投诉后十分钟内联系顾客。',
      '二、当日不能处理的,24小时内答复。',
      '篇三:客服部月度工作计划',
      '一、完成会员回访300人。',
      '二、组织服务礼仪培训一次。',
    ].join('\n');
    const { docs, dropped } = split(text);
    expect(docs.map((d) => d.split(' ')[0])).toEqual(['7-9', '10-12', '13-15']);
    expect(dropped).toContain('2-5 目录(3 个标题),不是文档');
  });

  it('needs three titles in a row: two marker lines in a row still start one document', () => {
    const { docs, dropped } = split(['篇一:客服专员岗位职责', '篇二:客服专员岗位说明', '1、负责受理顾客咨询。', '2、负责会员积分兑换。'].join('\n'));
    expect(docs).toHaveLength(1);
    expect(dropped.filter((d) => d.includes('目录'))).toEqual([]);
  });
});
