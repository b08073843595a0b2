/** The command-line fronts `npm run new` and `npm run export`, run as people and scripts run them. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildDraft } from '../../../src/lib/reports/draft.ts';
import { loadHandbook } from '../../../src/lib/reports/files.ts';
import { loadAllTemplates } from '../../../src/lib/reports/load-templates.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
let content: string;

beforeEach(() => {
  content = mkdtempSync(join(tmpdir(), 'new-report-'));
  cpSync(join(ROOT, 'content'), content, { recursive: true });
});

function run(script: 'new' | 'export', args: string[], cwd = ROOT) {
  const result = spawnSync(process.execPath, [join(ROOT, `scripts/${script}.ts`), ...args], {
    cwd,
    env: { ...process.env, HANDBOOK_CONTENT_DIR: content, HANDBOOK_TEMPLATES_DIR: join(ROOT, 'templates'), CI: '1', NO_COLOR: '1' },
    input: '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under a folder with its text, to prove that nothing was written. */
function files(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, name);
    try {
      out[name] = readFileSync(path, 'utf8');
    } catch {
      // a folder
    }
  }
  return out;
}

const PLAN = ['--kind', 'plan', '--period', '2026-12', '--role', 'yunying-jingli', '--author', '王敏', '--date', '2026-11-28'];
const target = () => join(content, 'reports/2026/yunying-jingli-2026-12-jihua.mdx');

describe('npm run new', () => {
  it('writes the draft from flags alone and says where it is and how to preview it', () => {
    const result = run('new', PLAN);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('已生成工作计划草稿:content/reports/2026/yunying-jingli-2026-12-jihua.mdx');
    expect(result.stdout).toContain('npm run dev');
    expect(result.stdout).toContain('http://127.0.0.1:4321/reports/2026/yunying-jingli-2026-12-jihua/');
    const expected = buildDraft(
      { kind: 'plan', period: '2026-12', role: 'yunying-jingli', author: '王敏', date: '2026-11-28' },
      { handbook: loadHandbook(content).snapshot, templates: loadAllTemplates(join(ROOT, 'templates')) },
    );
    expect(readFileSync(target(), 'utf8')).toBe(expected.mdx);
  });

  it('prints the draft with --dry-run and writes nothing', () => {
    const before = files(content);
    const result = run('new', [...PLAN, '--dry-run']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^---\ntitle: 运营部2026年12月工作计划\n/);
    expect(result.stderr).toContain('本次没有写入任何文件');
    expect(files(content)).toEqual(before);
  });

  it('never overwrites an existing report without --force', () => {
    expect(run('new', PLAN).status).toBe(0);
    writeFileSync(target(), `${readFileSync(target(), 'utf8')}\n已经写了一些内容。\n`);
    const before = files(content);
    const refused = run('new', PLAN);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('content/reports/2026/yunying-jingli-2026-12-jihua.mdx 已存在,没有覆盖。要替换它请加 --force');
    expect(files(content)).toEqual(before);

    const forced = run('new', [...PLAN, '--force']);
    expect(forced.status).toBe(0);
    expect(readFileSync(target(), 'utf8')).not.toContain('已经写了一些内容');
    expect(readdirSync(join(content, 'reports/2026')).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it.each([
    ['an id that climbs out of content/reports', ['--id', '../../roles/yunying-jingli'], '会写到 content/reports 文件夹之外,已拒绝'],
    ['an absolute path', ['--id', join(tmpdir(), 'escaped-report')], '会写到 content/reports 文件夹之外,已拒绝'],
    ['an unknown role', ['--role', 'yunying-jinli'], '找不到岗位“yunying-jinli”'],
    ['a role title several roles contain', ['--role', '客服'], '“客服”对应多个岗位:客服主管(客服部,kefu-zhuguan)、客服员(客服部,kefuyuan)'],
    ['a mistyped role title', ['--role', '运营经里'], '找不到岗位“运营经里”:content/roles/ 下没有这个编号或名称的岗位(或它不是现行岗位)。是不是“运营经理(运营部,yunying-jingli)”?'],
    ['a month that does not exist', ['--period', '2026-13'], '周期“2026-13”不存在:月份应在 01–12 之间'],
    ['a week that does not exist', ['--period', '2026-W54'], '2026 年只有 53 周'],
    ['an unknown kind', ['--kind', 'memo'], '不认识的报告类型“memo”'],
  ])('refuses %s and writes nothing', (_, change, message) => {
    const args = [...PLAN];
    for (let i = 0; i < change.length; i += 2) {
      const at = args.indexOf(change[i]!);
      if (at === -1) args.push(change[i]!, change[i + 1]!);
      else args[at + 1] = change[i + 1]!;
    }
    const before = files(content);
    const result = run('new', args);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(message);
    expect(files(content)).toEqual(before);
    expect(existsSync(`${join(tmpdir(), 'escaped-report')}.mdx`)).toBe(false);
  });

  it('refuses control characters in any flag, naming the flag, and writes nothing', () => {
    const before = files(content);
    const result = run('new', [...PLAN.slice(0, -4), '--author', '王\u0007敏', '--date', '2026-11-28']);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe('✖ --author 的值里有看不见的控制字符 U+0007(响铃),通常是从别的软件复制时带进来的。请删掉后重新输入');
    expect(files(content)).toEqual(before);
  });

  it('explains a failed write in one line and leaves no file behind', () => {
    // reports/2026 is a file, so the folder cannot be made (as on a read-only or broken disk).
    rmSync(join(content, 'reports/2026'), { recursive: true });
    writeFileSync(join(content, 'reports/2026'), '');
    const before = files(content);
    const result = run('new', PLAN);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('✖ 无法写入 content/reports/2026/yunying-jingli-2026-12-jihua.mdx:路径中有一段是文件而不是文件夹。请检查路径是否写对。草稿没有写入。');
    expect(result.stderr).not.toMatch(/\bat /);
    expect(files(content)).toEqual(before);
  });

  it('asks scripts for every required flag', () => {
    const result = run('new', ['--kind', 'plan', '--role', 'yunying-jingli']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('缺少选项:--author');
    expect(run('new', [...PLAN, '--colour']).status).toBe(2);
  });

  it('accepts a role title instead of its id and writes the same draft', () => {
    const byTitle = run('new', [...PLAN.slice(0, 4), '--role', '运营经理', ...PLAN.slice(6)]);
    expect(byTitle.stderr).toBe('');
    expect(byTitle.status).toBe(0);
    expect(byTitle.stdout).toContain('岗位:运营经理(yunying-jingli)');
    const written = readFileSync(target(), 'utf8');
    rmSync(target());
    expect(run('new', PLAN).status).toBe(0);
    expect(readFileSync(target(), 'utf8')).toBe(written);
    // Traditional titles match in either script.
    const hk = run('new', ['--kind', 'summary', '--period', '2026-11', '--role', '营运经理', '--author', '梁嘉欣', '--date', '2026-11-28', '--dry-run']);
    expect(hk.status, hk.stderr).toBe(0);
    expect(hk.stdout).toContain('role: hk-yingyun-jingli');
  });

  it('tells the writer which plan fed a summary, outside the report text', () => {
    const result = run('new', ['--kind', 'summary', '--period', '2026-11', '--role', '运营经理', '--author', '王敏', '--date', '2026-11-30']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('※ 2026年11月没有单独的工作计划,完成情况表按涵盖本期的《运营部2026年第四季度工作计划》');
  });

  it.each([
    [['--colour'], '✖ 不认识的选项 --colour'],
    [['--kind'], '✖ 选项 --kind 后面缺少值'],
    [['--force=yes'], '✖ 选项 --force 后面不用写值'],
    [['extra'], '✖ 多余的参数“extra”'],
  ])('explains wrong usage %j in Chinese', (extra, message) => {
    const result = run('new', [...PLAN, ...extra]);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(message.startsWith('✖ 多余') ? `${message}:本命令的每个值都要写在选项后面,例如 --role extra` : message);
    expect(result.stderr).not.toMatch(/Unknown|argument|Option/);
  });
});

describe('npm run export', () => {
  it('writes a report as .docx, found by id or by file name', () => {
    const out = mkdtempSync(join(tmpdir(), 'export-'));
    const byId = run('export', ['2026/yunying-jingli-2026-q4-jihua', '--out', join(out, 'q4.docx')]);
    expect(byId.status).toBe(0);
    expect(byId.stdout).toContain('已导出 Word 文档');
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(join(out, 'q4.docx'))))['word/document.xml']!);
    expect(xml).toContain('运营部2026年第四季度工作计划');
    expect(xml).toContain('一、工作目标');

    const byName = run('export', ['kefu-zhuguan-2026-10'], out);
    expect(byName.status).toBe(0);
    expect(existsSync(join(out, 'kefu-zhuguan-2026-10.docx'))).toBe(true);
  });

  it('explains a failed write in one line, without a stack trace or a temporary file', () => {
    const out = mkdtempSync(join(tmpdir(), 'export-'));
    writeFileSync(join(out, 'not-a-folder'), '');
    const result = run('export', ['2026/yunying-jingli-2026-q4-jihua', '--out', join(out, 'not-a-folder/q4.docx')]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(`✖ 无法写入 ${join(out, 'not-a-folder/q4.docx')}:路径中有一段是文件而不是文件夹。请检查路径是否写对。Word 文档没有导出。`);
    expect(readdirSync(out)).toEqual(['not-a-folder']);
  });

  it('keeps writing hints in a draft and leaves them out of an approved report, as the /new/ page does, unless told', async () => {
    const out = mkdtempSync(join(tmpdir(), 'export-'));
    expect(run('new', PLAN).status).toBe(0);
    const id = '2026/yunying-jingli-2026-12-jihua';
    const text = (file: string) => strFromU8(unzipSync(new Uint8Array(readFileSync(join(out, file))))['word/document.xml']!);
    expect(run('export', [id, '--out', join(out, 'draft.docx')]).status).toBe(0);
    expect(text('draft.docx')).toContain('【写作提示】');
    // The page's download: the same default in the same module, so the same document.
    const { reportToDocx } = await import('../../../src/lib/reports/docx.ts');
    const browser = strFromU8(unzipSync(await reportToDocx(readFileSync(target(), 'utf8'), { id }))['word/document.xml']!);
    expect(browser).toBe(text('draft.docx'));
    expect(run('export', [id, '--no-hints', '--out', join(out, 'bare.docx')]).status).toBe(0);
    expect(text('bare.docx')).not.toContain('写作提示');

    expect(run('export', ['2026/yunying-jingli-2026-q4-jihua', '--out', join(out, 'approved.docx')]).status).toBe(0);
    expect(readFileSync(join(content, 'reports/2026/yunying-jingli-2026-q4-jihua.mdx'), 'utf8')).toContain('status: approved');
    expect(text('approved.docx')).not.toContain('写作提示');
  });

  it('explains wrong usage in Chinese', () => {
    const two = run('export', ['a', 'b']);
    expect(two.status).toBe(2);
    expect(two.stderr).toContain('一次只能导出一份报告,收到了 2 个:a、b');
    const unknown = run('export', ['a', '--colour']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.split('\n')[0]).toBe('✖ 不认识的选项 --colour');
  });

  it('suggests the closest report for a mistyped id', () => {
    const result = run('export', ['2026/yunying-jingli-2026-q4-jihau']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('是不是“2026/yunying-jingli-2026-q4-jihua”?');
  });
});
