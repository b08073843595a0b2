/**
 * Content that used to pass `npm run check` and then broke or slipped through
 * the build. Each case makes a throw-away content folder and says what both
 * `npm run check` and the build must report: file, line (when there is one)
 * and words.
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureWith } from './fixture.ts';

export interface UnbuildableCase {
  name: string;
  make: () => string;
  /** File relative to the content folder. */
  file: string;
  line?: number;
  message: string;
}

/** The fixture with raw bytes appended to one file. */
function withBytes(file: string, bytes: number[]): string {
  const dir = fixtureWith();
  const path = join(dir, file);
  writeFileSync(path, Buffer.concat([readFileSync(path), Buffer.from(bytes)]));
  return dir;
}

const ROLE = '---\ntitle: 外部岗位\ndepartment: yunying\nlevel: 主管\nsummary: 外部\nresponsibilities:\n  - { text: 巡查, cadence: 每日 }\nowner: jingli\nupdated: 2026-05-04\n---\n';

const aliasBomb = () => {
  const names = 'abcdefghi';
  const lines = ['a: &a [x,x,x,x,x,x,x,x,x]'];
  for (let i = 1; i < names.length; i++) lines.push(`${names[i]}: &${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(',')}]`);
  return lines.join('\n');
};

export const UNBUILDABLE_CASES: UnbuildableCase[] = [
  {
    name: 'a submitted report with a placeholder',
    make: () => fixtureWith([{ file: 'reports/2026/jingli-2026-q3.mdx', replace: '部分楼层巡场记录不完整。', with: '<Fill hint="存在的问题" />' }]),
    file: 'reports/2026/jingli-2026-q3.mdx', line: 24, message: '待填写:“存在的问题”',
  },
  {
    name: 'an active entry still saying 待填写',
    make: () => fixtureWith([{ file: 'roles/zhuguan.mdx', replace: 'summary: 负责所辖楼层的日常巡场。', with: 'summary: 待填写' }]),
    file: 'roles/zhuguan.mdx', line: 6, message: '还是“待填写”',
  },
  {
    name: 'a file that is not UTF-8',
    // “巡场” in GBK, appended as a last body line (line 13 of the 12-line file).
    make: () => withBytes('roles/zhuguan.mdx', [0x0a, 0xd1, 0xb2, 0xb3, 0xa1, 0x0a]),
    file: 'roles/zhuguan.mdx', line: 13, message: '文件不是 UTF-8 编码',
  },
  {
    name: 'a control character in a field',
    make: () => fixtureWith([{ file: 'roles/zhuguan.mdx', replace: 'title: 楼层主管', with: 'title: 楼层\u0008主管' }]),
    file: 'roles/zhuguan.mdx', line: 2, message: 'title(岗位名称):这一行有看不见的控制字符 U+0008(退格)',
  },
  {
    name: 'an entry in a sub-folder of roles',
    make: () => {
      const dir = fixtureWith();
      mkdirSync(join(dir, 'roles/hk'));
      writeFileSync(join(dir, 'roles/hk/waibu.mdx'), ROLE);
      return dir;
    },
    file: 'roles/hk/waibu.mdx', message: '不能放进子文件夹“hk/”',
  },
  {
    name: 'a YAML syntax error in site.yaml',
    make: () => fixtureWith([{ file: 'site.yaml', replace: 'company: 测试公司', with: 'company: "测试公司' }]),
    file: 'site.yaml', line: 2, message: '网站设置(YAML)的写法有误',
  },
  {
    name: 'a schema error in site.yaml',
    make: () => fixtureWith([{ file: 'site.yaml', replace: 'title: 测试手册', with: 'title: ""' }]),
    file: 'site.yaml', line: 1, message: '手册名称不能为空',
  },
  {
    name: 'a quick link to another host',
    make: () => fixtureWith([{ file: 'site.yaml', replace: 'path: procedures/kaidian', with: 'path: https://evil.example/' }]),
    file: 'site.yaml', line: 4, message: 'allowedHosts',
  },
  {
    name: 'a YAML alias bomb in frontmatter',
    make: () => fixtureWith([{ file: 'roles/zhuguan.mdx', replace: 'title: 楼层主管\n', with: `title: 楼层主管\n${aliasBomb()}\n` }]),
    file: 'roles/zhuguan.mdx', line: 4, message: '用了太多引用',
  },
  {
    name: 'a YAML alias bomb in site.yaml',
    make: () => fixtureWith([{ file: 'site.yaml', replace: 'company: 测试公司\n', with: `company: 测试公司\n${aliasBomb()}\n` }]),
    file: 'site.yaml', line: 4, message: '用了太多引用',
  },
  {
    name: 'an import line in a body',
    make: () => fixtureWith([{ file: 'roles/zhuguan.mdx', replace: 'updated: 2026-05-04\n---\n', with: 'updated: 2026-05-04\n---\n\nimport fs from "node:fs"\n' }]),
    file: 'roles/zhuguan.mdx', line: 13, message: '正文里不允许 import / export',
  },
  {
    name: 'a <script> tag in a body',
    make: () => fixtureWith([{ file: 'roles/zhuguan.mdx', replace: 'updated: 2026-05-04\n---\n', with: 'updated: 2026-05-04\n---\n\n<script>alert(1)</script>\n' }]),
    file: 'roles/zhuguan.mdx', line: 13, message: '不允许 <script> 标签',
  },
  {
    name: 'a link out of the content folder',
    make: () => {
      const outside = mkdtempSync(join(tmpdir(), 'outside-'));
      writeFileSync(join(outside, 'waibu.mdx'), ROLE);
      const dir = fixtureWith();
      symlinkSync(join(outside, 'waibu.mdx'), join(dir, 'roles/waibu.mdx'));
      return dir;
    },
    file: 'roles/waibu.mdx', message: '指向内容文件夹以外',
  },
];
