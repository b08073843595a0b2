import { describe, expect, it } from 'vitest';
import { cleanSource } from '../../../../src/lib/import/clean/clean-lines.ts';
import { sourceOf } from '../../../support/import-source.ts';

const clean = (text: string) => {
  const source = sourceOf(text);
  const { source: cleaned, summary } = cleanSource(source);
  return { lines: cleaned.lines.filter((l) => l.text).map((l) => `${l.line}:${l.text}`), summary, messages: source.file.messages };
};

describe('cleanSource', () => {
  it.each([
    ['上一篇:2015年法制宣传日主题下一篇:尊重学生的情感', '上一篇/下一篇导航'],
    ['下一篇:运营部周例会制度', '上一篇/下一篇导航'],
    ['当前位置:首页 > 范文 > 工作计划', '网页导航'],
    ['相关文章:', '网页导航'],
    ['2024-07-20', '发布时间'],
    ['時間:2022-04-04 00:06:26', '发布时间'],
    ['格式:DOC 大小:25KB 页数:3', '文件信息(格式/大小/页数)'],
    ['关键词:开展,欠费收缴,成效显著', '关键词'],
    ['關鍵詞:運營;管理', '关键词'],
    ['参考文献:', '参考文献'],
    ['目录:1.运营部管理人员绩效考核办法 2.楼层主管月度考核方案', '目录'],
    ['行政部工作职责_运营督导岗位职责_范文大全', '网页标题'],
    ['[2]周勇.浅谈人力资源工作说明书的写作[J].应用写作,2011(2)', '参考文献'],
    ['(责任编辑:罗志荣)', '责任编辑'],
    ['導言:作為寫作愛好者,不可錯過為您精心挑選的10篇營銷人員月工作計劃', '网站导言'],
    ['以下是小编为大家整理的运营部工作计划范文,欢迎阅读!', '网站导言'],
    ['下面是由分享的银行运营主管工作总结,希望对大家有所帮助', '网站导言'],
    ['更多范文请访问 www.example.com', '广告或垃圾信息'],
    ['加微信:abc12345 免费领取模板', '广告或垃圾信息'],
    ['点击下载本文完整版', '广告或垃圾信息'],
    ['窗体顶端', '表单控件残留'],
    ['运营管理部工作职能说明书(13篇)', '合集标题'],
    ['运营主管岗位职责(精选3篇)', '合集标题'],
    ['发布时间:2024-01-16 14:22:05 作者:佚名 阅读:2031次', '网页信息(发布时间/作者/阅读数)'],
    ['【广告】商铺招租热线:400-800-1234,黄金铺位火爆招商中!', '广告或垃圾信息'],
  ])('drops %s as %s', (line, label) => {
    const result = clean(`运营部负责开闭店管理。\n${line}\n晨会由运营主管主持。`);
    expect(result.lines).toEqual(['1:运营部负责开闭店管理。', '3:晨会由运营主管主持。']);
    expect(result.summary.dropped[label]).toBe(1);
    const info = result.messages.find((m) => m.line === 2);
    expect(info?.reason).toContain('已删除');
  });

  it('removes HTML tags and the content of chrome elements, across lines too', () => {
    const result = clean('<p>负责<rt>fù zé</rt>商场营运管理</p>\n<noframes id="x">\n导航链接\n</noframes>\n值班经理&nbsp;须在岗');
    expect(result.lines).toEqual(['1:负责商场营运管理', '5:值班经理 须在岗']);
  });

  it('removes form-control artifacts inside a line and keeps the rest', () => {
    expect(clean('公司窗體底端').lines).toEqual(['1:公司']);
  });

  it('turns the scraper’s `;。` endings into `;`', () => {
    expect(clean('负责项目进度、质量、成本等管理和控制;。').lines).toEqual(['1:负责项目进度、质量、成本等管理和控制;']);
  });

  it('keeps placeholders but flags each as 待填写 with its column', () => {
    const result = clean('20xx年完成销售额 万元,××支行的会计工作^v^有了提高,年月日\n签名:***');
    expect(result.lines[0]).toContain('20xx年');
    const found = result.messages.filter((m) => m.ruleId === 'placeholder').map((m) => `${m.line}:${m.column}`);
    // 20xx · blank amount before 万元 · ×× · ^v^ · 年月日 · ***
    expect(found).toEqual(['1:1', '1:11', '1:15', '1:24', '1:32', '2:4']);
    expect(result.summary.placeholders).toBe(6);
    expect(result.messages.every((m) => m.ruleId !== 'placeholder' || m.reason.includes('待填写'))).toBe(true);
  });

  it('leaves ordinary content alone', () => {
    const text = '一、工作目标\n1.全年销售额达到1.5亿元;\n联系电话:020-12345678\n我们收集客户意见并整理成周报。';
    expect(clean(text).lines).toEqual(text.split('\n').map((line, i) => `${i + 1}:${line}`));
  });
});

describe('cleanSource: chrome elements across lines are bounded', () => {
  // About 105 KB of text after the stray tag.
  const body = Array.from({ length: 1500 }, (_, i) => `${i + 1}、负责门店第${i + 1}项日常工作,按标准执行并记录。`);

  it('an unclosed <noframes> on the first line of a long file removes only that tag, not the file', () => {
    const { lines, messages } = clean(['<noframes>免费下载更多范文', '门店运营主管岗位职责', ...body].join('\n'));
    expect(lines).toHaveLength(body.length + 1);
    expect(lines[0]).toBe('2:门店运营主管岗位职责');
    expect(lines.at(-1)).toBe(`${body.length + 2}:${body.at(-1)}`);
    const warning = messages.find((m) => m.ruleId === 'unclosed-tag')!;
    expect(warning).toMatchObject({ line: 1, fatal: false });
    expect(warning.reason).toContain('<noframes>');
  });

  it('a <script> block closed a few lines later is still removed whole', () => {
    const { lines } = clean(['门店运营主管岗位职责', '<script type="text/javascript">', 'var a = 1;', 'document.write(a);', '</script>一、岗位职责', ...body.slice(0, 3)].join('\n'));
    expect(lines.slice(0, 2)).toEqual(['1:门店运营主管岗位职责', '5:一、岗位职责']);
  });

  it('a closing tag further away than the limit does not swallow the lines before it', () => {
    const far = ['<script>', ...body.slice(0, 100), '</script>'].join('\n');
    const { lines } = clean(far);
    expect(lines).toHaveLength(100);
  });
});

describe('cleanSource: character accounting', () => {
  it('counts what it deletes per rule, whitespace and markup not counted', () => {
    const { summary } = clean(['上一篇:运营部周例会制度', '<p>一、晨会每天九点开始。</p>', '  二、检查出勤。  '].join('\n'));
    expect(summary.totalChars).toBe(12 + 11 + 7);
    expect(summary.deletedChars).toEqual({ '上一篇/下一篇导航': 12 });
  });
});
