import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { claimOutputFolder, formatRefusal, isOwnSite, refuseOutputFolder, SITE_STAMP, siteStamp } from '../../../src/lib/build/output-folder.ts';

let base: string;
let context: { projectRoot: string; contentDir: string; home: string };

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'out-folder-'));
  const home = join(base, 'home');
  const projectRoot = join(home, 'handbook');
  mkdirSync(join(projectRoot, 'content', 'roles'), { recursive: true });
  mkdirSync(join(projectRoot, 'public'), { recursive: true });
  context = { projectRoot, contentDir: join(projectRoot, 'content'), home };
});

const reasonFor = (folder: string) => refuseOutputFolder(folder, context)?.reason;

describe('refuseOutputFolder', () => {
  it('refuses the root of the disk', () => {
    expect(reasonFor('/')).toBe('这是磁盘的根目录');
  });

  it('refuses the home folder and any folder containing it', () => {
    expect(reasonFor(context.home)).toBe('这是你的主目录(home)');
    expect(reasonFor(base)).toBe('这个文件夹包含你的主目录(home)');
  });

  it('refuses the project folder and the content folder', () => {
    const outside = join(base, 'elsewhere');
    expect(refuseOutputFolder(context.projectRoot, { ...context, home: outside })?.reason).toBe('这是项目文件夹本身');
    expect(reasonFor(context.contentDir)).toBe('这是手册的内容文件夹');
  });

  it('refuses a folder that contains the content folder even when the content lives outside the project', () => {
    const content = join(base, 'shared', 'handbook-content');
    mkdirSync(content, { recursive: true });
    expect(refuseOutputFolder(join(base, 'shared'), { ...context, contentDir: content })?.reason).toBe('这个文件夹包含手册的内容文件夹');
  });

  it('refuses a folder inside the project sources, where the site would copy itself into itself', () => {
    expect(reasonFor(join(context.projectRoot, 'public', 'site'))).toBe('它在项目的 public/ 文件夹里面');
  });

  it('refuses a non-empty folder it did not write, naming what is in it', () => {
    const folder = join(base, 'photos');
    mkdirSync(join(folder, '.git'), { recursive: true });
    writeFileSync(join(folder, 'a.jpg'), '');
    const refusal = refuseOutputFolder(folder, context);
    expect(refusal?.reason).toContain('不是空的');
    expect(refusal?.reason).toContain('.git');
    expect(formatRefusal(refusal!)).toContain('什么都没有改动');
  });

  it('refuses a file', () => {
    const file = join(base, 'site.html');
    writeFileSync(file, '');
    expect(reasonFor(file)).toBe('这不是文件夹,而是一个文件');
  });

  it('sees through a symlink that points at the home folder', () => {
    const link = join(base, 'innocent-dist');
    symlinkSync(context.home, link);
    expect(reasonFor(link)).toBe('这是你的主目录(home)');
  });

  it('accepts a missing folder, an empty folder and a site it built before', () => {
    expect(reasonFor(join(base, 'new-dist'))).toBeUndefined();
    const empty = join(base, 'empty');
    mkdirSync(empty);
    expect(reasonFor(empty)).toBeUndefined();
    const old = join(context.projectRoot, 'dist');
    mkdirSync(old);
    writeFileSync(join(old, 'index.html'), '<h1>old</h1>');
    expect(reasonFor(old)).toContain('不是空的');
    writeFileSync(join(old, SITE_STAMP), siteStamp());
    expect(isOwnSite(old)).toBe(true);
    expect(reasonFor(old)).toBeUndefined();
  });

  it('does not take a stamp file from another tool for its own', () => {
    const folder = join(base, 'other');
    mkdirSync(folder);
    writeFileSync(join(folder, SITE_STAMP), '{"generator":"something-else"}');
    expect(isOwnSite(folder)).toBe(false);
    expect(reasonFor(folder)).toContain('不是空的');
  });
});

describe('claimOutputFolder', () => {
  it('creates and stamps a new folder, so the next run may empty it again', () => {
    const folder = join(base, 'bench-out', 'lighthouse');
    expect(claimOutputFolder(folder, context)).toBeUndefined();
    expect(isOwnSite(folder)).toBe(true);
    writeFileSync(join(folder, 'results.json'), '{}');
    expect(claimOutputFolder(folder, context)).toBeUndefined();
  });

  it('refuses someone else’s folder and writes nothing into it', () => {
    const folder = join(base, 'reports');
    mkdirSync(folder);
    writeFileSync(join(folder, 'q3.docx'), '');
    const refusal = claimOutputFolder(folder, context);
    expect(formatRefusal(refusal!, { output: '评测结果', setting: '--out', defaultFolder: 'bench-out/' })).toMatch(/^不能把评测结果写到 .*reports:这个文件夹不是空的/);
    expect(isOwnSite(folder)).toBe(false);
  });
});
