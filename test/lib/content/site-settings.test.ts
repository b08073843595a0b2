import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSiteSettings, readSiteSettings, siteUrl } from '../../../src/lib/content/site-settings.ts';

function siteWith(yaml: string | Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'site-'));
  writeFileSync(join(dir, 'site.yaml'), yaml);
  return dir;
}

describe('checkSiteSettings', () => {
  it('reads a valid file with defaults for the trust settings', () => {
    const { settings, problems } = checkSiteSettings(siteWith('title: 手册\ncompany: 公司\n'));
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({ title: '手册', allowCode: false, allowedHosts: [], quickLinks: [] });
  });

  it('uses defaults when there is no site.yaml', () => {
    expect(checkSiteSettings(mkdtempSync(join(tmpdir(), 'site-'))).problems).toEqual([]);
  });

  it('reports a YAML syntax error with file and line', () => {
    const dir = siteWith('title: 手册\ncompany: "公司\nquickLinks: []\n');
    const [problem] = checkSiteSettings(dir, dir).problems;
    expect(problem).toMatchObject({ file: 'site.yaml', line: 2, severity: 'error', message: expect.stringContaining('网站设置(YAML)的写法有误:这一行的双引号没有闭合') });
  });

  it('reports each schema problem with line, field and Chinese words', () => {
    const dir = siteWith('title: 手册\ncompany: 公司\nquickLinks:\n  - { label: "", path: procedures/a }\nallowCode: 是\n');
    const problems = checkSiteSettings(dir, dir).problems;
    expect(problems).toEqual(expect.arrayContaining([
      expect.objectContaining({ line: 4, field: 'quickLinks.0.label', message: '快捷入口的名称不能为空' }),
      expect.objectContaining({ line: 5, field: 'allowCode', message: 'allowCode(允许代码)只能是 true 或 false' }),
    ]));
  });

  it('refuses quick links to other hosts unless allowedHosts lists them', () => {
    const links = 'title: 手册\ncompany: 公司\nquickLinks:\n  - { label: OA, path: "https://oa.example.com/login" }\n  - { label: 外站, path: "//evil.example/" }\n  - { label: 脚本, path: "javascript:alert(1)" }\n';
    const refused = checkSiteSettings(siteWith(links)).problems;
    expect(refused.map((p) => [p.line, p.field])).toEqual([[4, 'quickLinks.0.path'], [5, 'quickLinks.1.path'], [6, 'quickLinks.2.path']]);
    expect(refused[0]!.message).toContain('allowedHosts');
    expect(refused[2]!.message).toContain('不是网页地址');
    const allowed = checkSiteSettings(siteWith(`${links.split('\n').slice(0, 4).join('\n')}\nallowedHosts: [oa.example.com]\n`));
    expect(allowed.problems).toEqual([]);
    expect(allowed.settings.quickLinks[0]!.path).toBe('https://oa.example.com/login');
  });

  it('refuses an alias bomb quickly, naming the file', () => {
    const lines = ['a: &a [x,x,x,x,x,x,x,x,x]'];
    for (let i = 1; i < 9; i++) lines.push(`${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(9).fill(`*${'abcdefghi'[i - 1]}`).join(',')}]`);
    const dir = siteWith(`title: t\ncompany: c\n${lines.join('\n')}\n`);
    const started = Date.now();
    const problems = checkSiteSettings(dir, dir).problems;
    expect(Date.now() - started).toBeLessThan(1000);
    expect(problems).toEqual([expect.objectContaining({ file: 'site.yaml', message: expect.stringContaining('用了太多引用') })]);
  });

  it('names lines that are not UTF-8 and control characters with their field', () => {
    const dir = siteWith(Uint8Array.from([...new TextEncoder().encode('title: 手册\ncompany: '), 0xb9, 0xab, 0x0a, ...new TextEncoder().encode('description: a\u0007b\n')]));
    const problems = checkSiteSettings(dir, dir).problems;
    expect(problems).toEqual(expect.arrayContaining([
      expect.objectContaining({ line: 2, message: expect.stringContaining('不是 UTF-8 编码') }),
      expect.objectContaining({ line: 3, field: 'description', message: expect.stringContaining('U+0007') }),
    ]));
  });

  it('readSiteSettings throws the checker report for a broken file', () => {
    expect(() => readSiteSettings(siteWith('title: ""\ncompany: c\n'))).toThrow(/手册名称不能为空/);
  });
});

describe('siteUrl (absolute links in the change feed)', () => {
  const withEnv = (value: string | undefined, run: () => void) => {
    const saved = process.env.SITE_URL;
    if (value === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = value;
    try {
      run();
    } finally {
      if (saved === undefined) delete process.env.SITE_URL;
      else process.env.SITE_URL = saved;
    }
  };
  it('takes SITE_URL first, then site.yaml\'s url, else nothing', () => {
    const dir = siteWith('title: 手册\ncompany: 公司\nurl: https://handbook.example.com/\n');
    withEnv('https://intranet.example.com/', () => expect(siteUrl(dir)).toBe('https://intranet.example.com/'));
    withEnv(undefined, () => expect(siteUrl(dir)).toBe('https://handbook.example.com/'));
    withEnv('', () => expect(siteUrl(siteWith('title: 手册\ncompany: 公司\n'))).toBeUndefined());
  });
  it('refuses an address that is not a web address, in Chinese, without throwing from siteUrl', () => {
    const dir = siteWith('title: 手册\ncompany: 公司\nurl: handbook\n');
    expect(checkSiteSettings(dir).problems).toContainEqual(expect.objectContaining({ field: 'url', severity: 'error', message: expect.stringContaining('网址应写成') }));
    withEnv(undefined, () => expect(siteUrl(dir)).toBeUndefined());
  });
});
