/** One content file, every problem in it: encoding, control characters, syntax, schema, code policy, 待填写. */
import { describe, expect, it } from 'vitest';
import { checkFile, mayNeedParsing, type FileCheckOptions } from '../../../src/lib/content/check-file.ts';

const ROLE = `---
title: 楼层主管
department: yunying
level: 主管
summary: 负责所辖楼层的日常巡场。
responsibilities:
  - { text: 巡查楼层, cadence: 每日 }
owner: jingli
updated: 2026-05-04
---

## 工作重点

按时到岗。
`;

const REPORT = `---
title: 工作总结
kind: 工作总结
period: { unit: quarter, start: 2026-07-01, end: 2026-09-30 }
department: yunying
role: jingli
author: 王敏
date: 2026-10-08
status: submitted
owner: jingli
updated: 2026-10-08
---

## 一、基本情况

`;

const utf8 = (text: string) => new TextEncoder().encode(text);
const check = (text: string | Uint8Array, options: Partial<FileCheckOptions> = {}) =>
  checkFile(typeof text === 'string' ? utf8(text) : text, { collection: 'roles', mdx: true, allowCode: false, ...options });
const withBody = (body: string, base = ROLE) => base + body;

describe('checkFile', () => {
  it('accepts a clean role', () => {
    const result = check(ROLE);
    expect(result.problems).toEqual([]);
    expect(result.entry?.bodyStartLine).toBe(11);
  });

  it('names every line that is not UTF-8', () => {
    const gbk = Uint8Array.from([...utf8(ROLE.slice(0, ROLE.indexOf('按时到岗。'))), 0xd1, 0xb2, 0xb3, 0xa1, 0x0a]);
    const { problems } = check(gbk);
    expect(problems).toContainEqual(expect.objectContaining({ line: 14, severity: 'error', message: expect.stringContaining('不是 UTF-8 编码:第 14 行') }));
  });

  it('names line and field of a control character in the frontmatter, and the line in the body', () => {
    const text = ROLE.replace('负责所辖楼层', '负责\u0008所辖楼层').replace('按时到岗。', '按时\u2028到岗。').replace('巡查楼层', '巡查\u0001楼层');
    const { problems } = check(text);
    expect(problems).toContainEqual(expect.objectContaining({ line: 5, field: 'summary', message: expect.stringContaining('U+0008(退格)') }));
    expect(problems).toContainEqual(expect.objectContaining({ line: 7, field: 'responsibilities.0.text', message: expect.stringContaining('U+0001') }));
    expect(problems).toContainEqual(expect.objectContaining({ line: 14, field: 'body', message: expect.stringContaining('U+2028(行分隔符)') }));
  });

  it('reports all problems of a file in one run', () => {
    const text = withBody('\nimport X from "x"\n', ROLE.replace('summary: 负责所辖楼层的日常巡场。\n', '').replace('level: 主管', 'level: 主\u0007管').replace('department: yunying\n', ''));
    const { problems } = check(text);
    const messages = problems.map((p) => `${p.line} ${p.field ?? ''} ${p.message}`);
    expect(messages).toEqual(expect.arrayContaining([
      expect.stringContaining('level 这一行有看不见的控制字符 U+0007'),
      expect.stringContaining('department 缺少这个必填项:所属部门'),
      expect.stringContaining('summary 缺少这个必填项:岗位概述'),
      expect.stringMatching(/^14 body 正文里不允许 import/),
    ]));
  });

  it('refuses a YAML alias bomb quickly, naming the line', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const name = String.fromCharCode(97 + i);
      const prev = String.fromCharCode(96 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const started = Date.now();
    const { problems, entry } = check(`---\n${levels.join('\n')}\n---\n`);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(entry).toBeUndefined();
    expect(problems).toContainEqual(expect.objectContaining({ line: 3, message: expect.stringContaining('用了太多引用') }));
  });

  it('reports an MDX syntax error with its file line', () => {
    const { problems } = check(withBody('\n再看 {a 这里\n'));
    expect(problems).toContainEqual(expect.objectContaining({ line: 16, field: 'body', message: expect.stringContaining('正文不符合 MDX 的写法') }));
  });

  describe('code policy', () => {
    it.each([
      ['an import line', 'import Chart from "./chart.js"\n', '不允许 import / export'],
      ['an export line', 'export const x = 1\n', '不允许 import / export'],
      ['a <script> tag', '<script>alert(1)</script>\n', '不允许 <script> 标签'],
      ['an inline event handler', '<div onClick="alert(1)">点我</div>\n', 'onClick 这样的事件属性'],
      ['a lower-case event handler', '<img src="a.png" onerror="alert(1)" />\n', 'onerror 这样的事件属性'],
      ['a javascript: Markdown link', '[点我](javascript:alert(1))\n', 'javascript:'],
      ['a javascript: link written with a character reference', '[点我](&#106;avascript:alert(1))\n', 'javascript:'],
      ['a javascript: link with a tab inside', '<a href="java\tscript:alert(1)">点我</a>\n', 'javascript:'],
      ['an expression', '合计 {1 + 1} 元\n', '是代码,不允许'],
      ['an attribute written as code', '<a href={"x"}>x</a>\n', '写成了代码'],
      ['a spread attribute', '<a {...props}>x</a>\n', '属性里不允许写代码'],
      ['an unknown component', '<Chart />\n', '不认识的组件 <Chart>'],
      ['a Fill placeholder outside reports', '<Fill hint="x" />\n', '<Fill /> 只能用在报告里'],
    ])('refuses %s, with its line', (_name, body, message) => {
      const { problems } = check(withBody(`\n${body}`));
      expect(problems).toContainEqual(expect.objectContaining({ line: 16, field: 'body', severity: 'error', message: expect.stringContaining(message) }));
    });

    it('allows text, Markdown, plain HTML, comments and links', () => {
      const body = '\n{/* 提示:写清楚 */}\n\n**加粗** [制度](/policies/x/) [官网](https://example.com)\n\n<div class="note">注意</div>\n\n<br />\n';
      expect(check(withBody(body)).problems).toEqual([]);
    });

    it('allows <Fill /> in reports (and reports it only through the report checks)', () => {
      expect(check(REPORT + '<Fill hint="目标值" />\n', { collection: 'reports' }).problems).toEqual([]);
    });

    it('lifts the code rules when site.yaml says allowCode: true', () => {
      const body = '\nimport Chart from "./chart.js"\n\n<Chart data={[1, 2]} onClick={() => 1} />\n\n{1 + 1}\n';
      expect(check(withBody(body), { allowCode: true }).problems).toEqual([]);
    });

    it('refuses <script> and handlers in raw HTML of .md files', () => {
      const md = { mdx: false };
      expect(check(withBody('\n<script>alert(1)</script>\n'), md).problems[0]).toMatchObject({ line: 16, message: expect.stringContaining('<script>') });
      expect(check(withBody('\n<p onclick="x()">a</p>\n'), md).problems[0]).toMatchObject({ line: 16, message: expect.stringContaining('onclick') });
      expect(check(withBody('\n[a](javascript:x)\n'), md).problems[0]).toMatchObject({ line: 16, message: expect.stringContaining('javascript:') });
    });
  });

  it('parses only bodies that may hold something to find', () => {
    expect(mayNeedParsing('## 工作重点\n\n1. 巡场\n2. 记录 [制度](/policies/a/)\n')).toBe(false);
    for (const body of ['<br />', '{x}', 'import a from "b"', '[a](JavaScript:x)', '[a](&#106;avascript:x)', '待填写']) {
      expect(mayNeedParsing(body), body).toBe(true);
    }
  });

  describe('待填写 in published entries', () => {
    it('is an error in a field and in the body of an active entry', () => {
      const { problems } = check(withBody('\n负责人:待填写\n', ROLE.replace('负责所辖楼层的日常巡场。', '待填写')));
      expect(problems).toContainEqual(expect.objectContaining({ line: 5, field: 'summary', severity: 'error', message: expect.stringContaining('还是“待填写”') }));
      expect(problems).toContainEqual(expect.objectContaining({ line: 16, field: 'body', severity: 'error' }));
    });

    it('is allowed in a draft and inside comments', () => {
      const draft = ROLE.replace('负责所辖楼层的日常巡场。', '待填写').replace('owner: jingli', 'owner: jingli\nstatus: draft');
      expect(check(draft).problems).toEqual([]);
      expect(check(withBody('\n{/* 标为待填写的地方要改 */}\n')).problems).toEqual([]);
    });
  });
});
