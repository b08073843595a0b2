/**
 * Job descriptions in the layouts real collections use (label rows, 【】
 * blocks, duties numbered 一、 / 1、 / (1), flattened form rows), run through
 * split → structure → extract from plain text, in Simplified and in
 * Traditional (converted with OpenCC, as the sources were): both scripts must
 * give the same type and the same field values, modulo script.
 */
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { cleanSource } from '../../../../src/lib/import/clean/clean-lines.ts';
import { extractDocument } from '../../../../src/lib/import/extract/extract-document.ts';
import { TO_FILL, type Extraction } from '../../../../src/lib/import/model.ts';
import { splitDocuments } from '../../../../src/lib/import/split/split-documents.ts';
import { structureDocument } from '../../../../src/lib/import/structure/structure-document.ts';
import { foldText } from '../../../../src/lib/import/text/fold.ts';
import { sourceOf } from '../../../support/import-source.ts';

const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** Every document of `text`, extracted the way the pipeline does it. */
function importText(text: string): Array<Extraction | { kind: null; reason: string }> {
  const source = sourceOf(text);
  const { documents } = splitDocuments(cleanSource(source).source, 'fixture.txt');
  return documents.map((raw) => {
    const { root } = structureDocument(raw, source.file);
    return extractDocument({ title: raw.title, root, lang: raw.lang, ctx: { today: '2026-12-03' } });
  });
}

const SAMPLES: Record<string, string> = {
  'label rows with a colon, 【】 blocks, duties 一、': [
    '招商专员岗位说明书',
    '岗位名称:招商专员',
    '所属部门:招商部',
    '直属上级:招商经理',
    '直接下级:无',
    '岗位编号:ZS-003',
    '定员:2人',
    '【岗位职责】',
    '一、负责商户资源的开发与洽谈,完成招商任务;',
    '二、协助招商经理制定年度招商计划;',
    '三、负责租赁合同的起草与签订跟进;',
    '四、每月走访在场商户,收集经营数据。',
    '【任职资格】',
    '1、大专及以上学历,市场营销相关专业;',
    '2、两年以上商业地产招商经验;',
    '3、有大型购物中心工作经验者优先。',
  ].join('\n'),
  'a flattened form row, 【职责】 and 【任职要求】, duties 1、': [
    '楼层主管岗位职责',
    '岗位名称 楼层主管 所属部门 运营部 直接上级 运营经理 定员 4人',
    '【职责】',
    '1、每日开店前检查楼层卫生、照明及商户到岗情况;',
    '2、巡视楼层,纠正商户违规经营行为;',
    '3、受理本楼层顾客投诉,无法处理的上报运营经理;',
    '4、每周汇总楼层销售数据。',
    '【任职要求】',
    '1、高中及以上学历;',
    '2、一年以上零售楼面管理经验;',
    '3、有商场工作经验者优先。',
  ].join('\n'),
  'a 职位说明书 whose title is in a field, duties (1)': [
    '职位说明书',
    '职位名称 客服主管',
    '直接上级 运营经理',
    '所属部门 客服部',
    '职责:',
    '(1)组织客服员做好服务台接待、广播和寄存工作;',
    '(2)处理顾客投诉,重大投诉及时上报;',
    '(3)每月统计投诉数据并提出改进建议。',
    '任职要求:',
    '(1)三年以上客服管理经验;',
    '(2)熟悉商场服务流程。',
  ].join('\n'),
  '【】 names with the list run together on the same line': [
    '收银主管岗位职责',
    '【岗位职责】1、负责收银台日常管理,每日核对营业款;2、负责收银员排班与培训;3、每月盘点备用金。',
    '【任职要求】1、财会相关专业大专以上学历;2、三年以上零售收银管理经验。',
  ].join('\n'),
  'a title and a numbered list of duties that mostly do not start with 负责': [
    '楼层主管岗位职责',
    '1、每日开店前检查楼层卫生、照明及商户到岗情况,发现问题立即整改;',
    '2、巡视楼层,纠正商户违规经营行为,做好巡场记录;',
    '3、受理本楼层顾客投诉,无法处理的上报运营经理;',
    '4、每周汇总楼层销售数据,分析经营情况后提出调整建议;',
    '5、负责闭店后与保安部一起逐层清场,检查水电及消防设施。',
  ].join('\n'),
  'a full 职位说明书 with two fields per row and duties (一)': [
    '职位说明书',
    '职位名称:物业管理员        职位编号:WY-012',
    '所属部门:物业部            直接上级:物业部经理',
    '直接下级:无                本岗编制:3人',
    '岗位工作概述:负责商场公共区域设施设备的日常管理与报修跟进。',
    '工作职责:',
    '(一)每日巡查公共区域设施设备,发现故障及时报修;',
    '(二)跟进工程部维修进度,做好维修记录;',
    '(三)每月统计能耗数据,报物业部经理;',
    '(四)配合保安部做好消防安全检查。',
    '任职资格:',
    '(一)中专及以上学历;',
    '(二)熟悉商业物业管理流程;',
    '(三)持电工证者优先。',
  ].join('\n'),
  'a label row with | separators and no title line': [
    '岗位名称|客服员|所属部门|客服部',
    '直属上级|客服主管|岗位定员|6人',
    '【工作内容】',
    '1.负责服务台咨询接待、广播寻人及失物招领;',
    '2.受理顾客投诉,做好登记并及时上报;',
    '3.办理会员卡及积分兑换。',
    '【任职条件】',
    '1.大专以上学历,普通话标准;',
    '2.有一年以上服务行业经验者优先。',
  ].join('\n'),
  'a short form: 岗位职责 and 任职条件 headings': [
    '商场运营经理岗位职责',
    '岗位职责:',
    '1. 负责制定运营部年度工作计划并组织实施;',
    '2. 负责商场开闭店管理,每日巡场;',
    '3. 组织召开每周运营例会;',
    '4. 协调招商、物业、工程等部门的工作。',
    '任职条件:',
    '1. 本科及以上学历;',
    '2. 五年以上购物中心运营管理经验,三年以上团队管理经验;',
    '3. 有商业地产开业筹备经验者优先。',
  ].join('\n'),
};

describe('job descriptions in common layouts', () => {
  it('reads the label rows, 【】 blocks and a blank 直接上级 of a full form', () => {
    const [role] = importText(SAMPLES['label rows with a colon, 【】 blocks, duties 一、']!) as Extraction[];
    expect(role!.kind).toBe('role');
    expect(role!.frontmatter).toMatchObject({ title: '招商专员', code: 'ZS-003', headcount: 2, level: '专员' });
    expect(role!.names).toMatchObject({ department: '招商部', reportsTo: '招商经理' });
    expect((role!.frontmatter.responsibilities as Array<{ text: string }>).map((r) => r.text)).toHaveLength(4);
    expect(role!.frontmatter.qualifications).toEqual({
      basic: ['大专及以上学历,市场营销相关专业', '两年以上商业地产招商经验'],
      preferred: ['有大型购物中心工作经验者优先'],
    });
  });

  it('reads 【】 section names followed by their list on the same line', () => {
    const [role] = importText(SAMPLES['【】 names with the list run together on the same line']!) as Extraction[];
    expect(role!.kind).toBe('role');
    expect((role!.frontmatter.responsibilities as Array<{ text: string }>).map((r) => r.text)).toEqual(['负责收银台日常管理,每日核对营业款', '负责收银员排班与培训', '每月盘点备用金']);
    expect((role!.frontmatter.qualifications as { basic: string[] }).basic).toEqual(['财会相关专业大专以上学历', '三年以上零售收银管理经验']);
  });

  it('reads every field of a two-fields-per-row form and of a | label row', () => {
    const [full] = importText(SAMPLES['a full 职位说明书 with two fields per row and duties (一)']!) as Extraction[];
    expect(full!.frontmatter).toMatchObject({ title: '物业管理员', code: 'WY-012', headcount: 3, summary: '负责商场公共区域设施设备的日常管理与报修跟进' });
    expect(full!.names).toMatchObject({ department: '物业部', reportsTo: '物业部经理' });
    const [row] = importText(SAMPLES['a label row with | separators and no title line']!) as Extraction[];
    expect(row!.frontmatter).toMatchObject({ title: '客服员', headcount: 6 });
    expect(row!.names).toMatchObject({ department: '客服部', reportsTo: '客服主管' });
  });

  it('flags a blank or missing 直接上级 as 待填写 instead of reading "no supervisor"', () => {
    const blank = SAMPLES['label rows with a colon, 【】 blocks, duties 一、']!.replace('直属上级:招商经理', '直属上级:');
    const [role] = importText(blank) as Extraction[];
    expect(role!.frontmatter).not.toHaveProperty('reportsTo');
    expect(role!.flags.find((f) => f.field === 'reportsTo')?.message).toContain(TO_FILL);
    // The blank field does not swallow the next row.
    expect(role!.names.reportsTo).toBeUndefined();
    const [short] = importText(SAMPLES['a short form: 岗位职责 and 任职条件 headings']!) as Extraction[];
    expect(short!.flags.find((f) => f.field === 'reportsTo')?.message).toContain(TO_FILL);
  });

  it('reads KPI weights from a weight column or "<indicator> <n>%" items, never from score thresholds', () => {
    const base = ['运营督导岗位职责', '岗位职责:', '1、每周巡店不少于两次;', '2、跟进门店问题整改。'];
    const weighted = importText([...base, '考核指标及权重:', '1、巡店计划完成率 50%', '2、问题整改率 30%', '3、报告及时性 20%'].join('\n'))[0] as Extraction;
    expect((weighted.frontmatter.kpis as Array<{ name: string; weight?: number }>).map((k) => [k.name, k.weight])).toEqual([['巡店计划完成率', 50], ['问题整改率', 30], ['报告及时性', 20]]);
    const thresholds = importText([...base, '考核标准:', '1、巡店计划完成率', '2、问题整改率', '3、90分以上为优秀,60分以下为不合格'].join('\n'))[0] as Extraction;
    expect((thresholds.frontmatter.kpis as Array<{ weight?: number }>).every((k) => k.weight === undefined)).toBe(true);
    expect(thresholds.flags.some((f) => f.message.includes('权重'))).toBe(false);
    const bare = importText([...base, '考核指标:', '1、巡店计划完成率 40', '2、问题整改率 20', '3、报告及时性 15'].join('\n'))[0] as Extraction;
    expect((bare.frontmatter.kpis as Array<{ weight?: number }>).every((k) => k.weight === undefined)).toBe(true);
    const short = importText([...base, '考核指标及权重:', '1、巡店计划完成率 50%', '2、问题整改率 30%'].join('\n'))[0] as Extraction;
    expect((short.frontmatter.kpis as Array<{ weight?: number }>).every((k) => k.weight === undefined)).toBe(true);
    expect(short.flags.find((f) => f.field === 'kpis')?.message).toContain('合计 80');
  });

  it('never takes a title from a body sentence or a list item', () => {
    const source = sourceOf(['负责商场日常运营管理工作', '1、制定运营部年度工作计划并组织实施;', '2、监督楼层主管的日常工作;', '3、处理重大客诉。'].join('\n'));
    const [raw] = splitDocuments(cleanSource(source).source, 'fixture.txt').documents;
    // The document has no title line: its first sentence and its items stay body text.
    expect(raw!.title).toBe('');
    expect(raw!.lines[0]!.text).toBe('负责商场日常运营管理工作');
  });

  for (const [layout, text] of Object.entries(SAMPLES)) {
    for (const [script, convert] of [['Hong Kong', toHongKong], ['Taiwan', toTaiwan]] as const) {
      it(`${layout}: the ${script} Traditional copy gets the same type and fields`, () => {
        const simplified = importText(text);
        const traditional = importText(convert(text));
        expect(traditional.map((d) => d.kind)).toEqual(simplified.map((d) => d.kind));
        expect(simplified[0]!.kind).toBe('role');
        const fields = (d: Extraction | { kind: null }) => (d.kind === null ? d : { fm: (({ status: _s, source: _src, lang: _l, ...fm }) => fm)(d.frontmatter as Record<string, unknown>), names: d.names, flags: d.flags.map((f) => f.field) });
        // Modulo script: compare folded values (the Traditional copy keeps its own characters).
        expect(foldText(JSON.stringify(traditional.map(fields)))).toBe(foldText(JSON.stringify(simplified.map(fields))));
      });
    }
  }
});
