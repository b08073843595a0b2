import type { Heading, List, ListItem, Root, RootContent } from 'mdast';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { structureDocument } from '../../../../src/lib/import/structure/structure-document.ts';
import { documentOf } from '../../../support/import-source.ts';

/** Outline of a tree: `## [一、] 标题`, `- [1.] 项目`, indented for nesting. */
function outline(root: Root): string[] {
  const text = (node: any): string => node.value ?? (node.children ?? []).map(text).join('');
  const lines: string[] = [];
  const walk = (node: RootContent, indent: string) => {
    if (node.type === 'heading') lines.push(`${'#'.repeat(node.depth)} [${(node as Heading).data?.label ?? ''}] ${text(node)}`);
    else if (node.type === 'list') {
      for (const item of (node as List).children) {
        lines.push(`${indent}- [${(item as ListItem).data?.label ?? ''}] ${text(item.children[0])}`);
        for (const child of item.children.slice(1)) walk(child as RootContent, `${indent}  `);
      }
    } else lines.push(`${indent}${text(node)}`);
  };
  root.children.forEach((node) => walk(node, ''));
  return lines;
}

const structure = (text: string) => {
  const file = new VFile();
  const { root, flags } = structureDocument(documentOf(text), file);
  return { outline: outline(root), flags: flags.map((f) => `${f.line}:${f.message}`), root };
};

describe('structureDocument', () => {
  it('nests 一、 > (一) > 1. as headings and items, keeping the labels', () => {
    const result = structure(['一、工作目标', '(一)销售指标', '1.全年销售额达到1.5亿元;', '2.客流同比增长10%。', '(二)服务指标', '1.顾客满意度不低于95%。', '二、工作措施', '加强巡场。'].join('\n'));
    expect(result.outline).toEqual([
      '## [一、] 工作目标',
      '### [(一)] 销售指标',
      '- [1.] 全年销售额达到1.5亿元',
      '- [2.] 客流同比增长10%。',
      '### [(二)] 服务指标',
      '- [1.] 顾客满意度不低于95%。',
      '## [二、] 工作措施',
      '加强巡场。',
    ]);
    expect(result.flags).toEqual([]);
  });

  it('infers depth per document from first appearance: 1、 heads, 一、 nests below', () => {
    const result = structure(['1、开店流程', '一、9:20员工到岗;', '二、9:30开门营业。', '2、闭店流程', '一、17:50闭店广播;', '二、18:30员工离场。'].join('\n'));
    expect(result.outline).toEqual(['## [1、] 开店流程', '- [一、] 9:20员工到岗', '- [二、] 9:30开门营业。', '## [2、] 闭店流程', '- [一、] 17:50闭店广播', '- [二、] 18:30员工离场。']);
  });

  it('turns unnumbered section names into headings', () => {
    const result = structure(['职责:', '负责商场日常营运管理;', '任职条件:', '大专及以上学历;'].join('\n'));
    expect(result.outline).toEqual(['## [] 职责', '负责商场日常营运管理;', '## [] 任职条件', '大专及以上学历;']);
  });

  it('reads 第一章 / 第一条 as chapter headings and article items', () => {
    const result = structure(['第一章 总则', '第一条 为规范商户经营,制定本规定。', '第二条 本规定适用于全体商户。', '第二章 经营管理', '第三条 商户须按时开门营业。'].join('\n'));
    expect(result.outline).toEqual([
      '## [第一章] 总则',
      '- [第一条] 为规范商户经营,制定本规定。',
      '- [第二条] 本规定适用于全体商户。',
      '## [第二章] 经营管理',
      '- [第三条] 商户须按时开门营业。',
    ]);
  });

  it('keeps a paragraph under an item that ends with a colon', () => {
    const result = structure(['1.闭店按以下时间线进行,各岗位按时执行:', '17:50 闭店广播,17:55 播放送宾音乐。', '2.楼层主管逐层清场,与保安部交接。'].join('\n'));
    expect(result.outline).toEqual(['- [1.] 闭店按以下时间线进行,各岗位按时执行:', '  17:50 闭店广播,17:55 播放送宾音乐。', '- [2.] 楼层主管逐层清场,与保安部交接。']);
  });

  it('flags skipped, repeated and late-starting numbers', () => {
    const result = structure(['二、目标', '完成指标。', '三、措施', '加强管理。', '三、保障', '落实经费。', '五、其他', '另行通知。'].join('\n'));
    expect(result.flags).toEqual([
      '1:编号从“二、”开始,前面的第 一 项可能缺失',
      '5:编号“三、”重复',
      '7:编号从“三”跳到“五”,中间的内容可能缺失',
    ]);
  });

  it('flags a document cut off mid-sentence or ending in an empty heading', () => {
    expect(structure('一、目标\n全面提升商场服务质量,力争在年底前完成全部楼层的').flags).toEqual(['2:文档在此处中断(最后一句不完整),可能缺少后面的内容']);
    expect(structure('一、目标\n完成指标。\n二、工作要求').flags).toEqual(['3:文档最后一个标题下没有内容,文档可能不完整']);
  });

  it('drops the full stop a heading should not have', () => {
    expect(structure('一、安全生产工作基本情况。\n今年以来未发生事故。\n二、存在的主要问题。\n意识薄弱。').outline).toEqual([
      '## [一、] 安全生产工作基本情况',
      '今年以来未发生事故。',
      '## [二、] 存在的主要问题',
      '意识薄弱。',
    ]);
  });

  it('records source lines as positions', () => {
    const { root } = structure('一、目标\n完成指标。');
    expect(root.children.map((n) => n.position?.start.line)).toEqual([1, 2]);
  });
});

describe('structureDocument: bracketed section names', () => {
  it.each([
    ['【岗位职责】', '岗位职责'],
    ['【 職責 】', '職責'],
    ['[任职资格]:', '任职资格'],
    ['〔工作内容〕', '工作内容'],
  ])('%s heads a section named %s', (line, name) => {
    const { outline } = structure([line, '1、负责楼层巡查;', '2、处理顾客投诉。'].join('\n'));
    expect(outline[0]).toBe(`## [] ${name}`);
    expect(outline.slice(1)).toEqual(['- [1、] 负责楼层巡查', '- [2、] 处理顾客投诉。']);
  });

  it('keeps a bracketed phrase inside a sentence as text', () => {
    expect(structure('按【商户管理制度】执行,不得擅自调整营业时间。').outline).toEqual(['按【商户管理制度】执行,不得擅自调整营业时间。']);
    expect(structure(['[1]', '【2】商户名录见附件。'].join('\n')).outline).toEqual(['[1]', '【2】商户名录见附件。']);
  });
});

describe('structureDocument: documents merged without a break', () => {
  const merged = (flags: string[]) => flags.filter((f) => f.includes('疑似多篇文档合并'));

  it('flags the top-level numbering starting again (一、 … 一、, 第一条 twice)', () => {
    expect(merged(structure(['一、目标', '完成指标。', '二、措施', '加强巡场。', '一、加强信息服务', '及时报送信息。'].join('\n')).flags)).toEqual([
      '5:编号在此处从“一、”重新开始,疑似多篇文档合并,请核对是否应拆成两篇',
    ]);
    expect(merged(structure(['第一條 為規範值班,制定本規定。', '第二條 值班人員提前到崗。', '第一條 晨會每日舉行。', '第二條 由主管主持。'].join('\n')).flags)).toHaveLength(1);
  });

  it('does not flag 一、 starting again under a new chapter', () => {
    expect(merged(structure(['第一章 总则', '一、目的', '规范管理。', '二、范围', '全体员工。', '第二章 值班', '一、安排', '每日一人。'].join('\n')).flags)).toEqual([]);
  });

  it('flags several title-like lines inside one document', () => {
    const { flags } = structure(['1、负责商场巡查;', '2、负责晨会。', '客服员岗位职责', '1、负责服务台接待。', '保洁员岗位职责', '1、负责公共区域保洁。'].join('\n'));
    expect(merged(flags)).toHaveLength(1);
    expect(merged(flags)[0]).toContain('“客服员岗位职责”、“保洁员岗位职责”');
    // 1、 lists that start again under each section name are one document.
    expect(merged(structure(['职责:', '1、负责巡场;', '2、负责晨会。', '任职要求:', '1、大专以上学历;', '2、两年以上经验。'].join('\n')).flags)).toEqual([]);
  });

  it('does not flag one document with ordinary section names', () => {
    expect(merged(structure(['一、工作目标', '完成全年销售指标。', '二、工作措施', '加强巡场。', '三、存在问题', '人手不足。'].join('\n')).flags)).toEqual([]);
  });
});
