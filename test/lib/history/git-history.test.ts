import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileAt, historyOfFolder } from '../../../src/lib/history/git-history.ts';

describe('historyOfFolder', () => {
  it('lists the versions of each file, newest first, and reads old versions', () => {
    const repo = mkdtempSync(join(tmpdir(), 'history-'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: repo });
    git('init', '-q');
    mkdirSync(join(repo, 'content/roles'), { recursive: true });
    writeFileSync(join(repo, 'content/roles/a.mdx'), '第一版\n');
    git('add', '.');
    git('commit', '-qm', '初稿');
    writeFileSync(join(repo, 'content/roles/a.mdx'), '第二版\n');
    git('commit', '-qam', '修订');
    const history = historyOfFolder(join(repo, 'content'))!;
    const versions = history.versions.get('content/roles/a.mdx')!;
    expect(versions.map((v) => v.subject)).toEqual(['修订', '初稿']);
    expect(fileAt(history.root, versions[1]!.commit, 'content/roles/a.mdx')).toBe('第一版\n');
  });

  it('gives no history outside a repository', () => {
    expect(historyOfFolder(mkdtempSync(join(tmpdir(), 'no-git-')))).toBeUndefined();
  });
});
