import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryPage, writeStarlightCorpus } from '../../../src/lib/bench/starlight-corpus.ts';
import { checkHandbook } from '../../../src/lib/content/check.ts';
import { FIXTURE } from '../../support/fixture.ts';

describe('entryPage', () => {
  it('renders the fields as Markdown facts, lists and tables, then the body', () => {
    const page = entryPage({
      collection: 'roles',
      data: {
        title: '运营经理', summary: '负责营运。', level: '经理', headcount: 2, lang: 'zh-CN', designations: [],
        responsibilities: [{ text: '主持周例会', cadence: '每周', standard: '纪要{24}小时内上传|归档' }],
        qualifications: { basic: ['大专'], preferred: [] },
      } as never,
      body: '## 工作重点\n\n内容。',
    });
    expect(page).toMatch(/^---\ntitle: "运营经理"\ndescription: "负责营运。"\n---\n/);
    expect(page).toContain('- **岗位级别**:经理');
    expect(page).toContain('- **编制**:2');
    expect(page).toContain('## 岗位职责\n\n| 内容 | 频次 | 标准 |\n| --- | --- | --- |\n| 主持周例会 | 每周 | 纪要\\{24\\}小时内上传\\|归档 |');
    expect(page).toContain('## 任职资格\n\n- **基本要求**:大专');
    expect(page).not.toContain('兼任');
    expect(page.trimEnd().endsWith('## 工作重点\n\n内容。')).toBe(true);
  });
});

describe('writeStarlightCorpus', () => {
  it('files published entries by department and kind, with a sidebar group per department', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'starlight-')), 'docs');
    const { entries } = checkHandbook(FIXTURE);
    const corpus = writeStarlightCorpus(entries, dir, '测试手册');
    expect(corpus.pages).toBe(entries.length + 1);
    expect(existsSync(join(dir, 'index.mdx'))).toBe(true);
    expect(existsSync(join(dir, 'yunying/index.mdx'))).toBe(true);
    expect(readFileSync(join(dir, 'yunying/roles/jingli.mdx'), 'utf8')).toContain('title: "运营经理"');
    const yunying = corpus.sidebar.find((g) => g.items.some((i) => 'link' in i && i.link === '/yunying/'))!;
    expect(yunying.collapsed).toBe(true);
    expect(yunying.items.filter((i) => 'items' in i).map((i) => [i.label, 'items' in i && i.items[0]!.autogenerate.directory])).toContainEqual(['岗位', 'yunying/roles']);
  });
});
