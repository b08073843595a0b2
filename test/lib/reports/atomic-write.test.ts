/** The atomic writer under a full disk, a refused permission and a file where a folder should be. */
import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileExistsError, writeFileAtomic, type WriterFs } from '../../../src/lib/files/atomic-write.ts';
import { isFileSystemError, writeErrorMessage } from '../../../src/lib/files/write-errors.ts';

const errno = (code: string, syscall = 'write') => Object.assign(new Error(`${code}: simulated, ${syscall}`), { code, syscall });
const folder = () => mkdtempSync(join(tmpdir(), 'atomic-'));

/** Node's fs with one function replaced. */
const fsWith = (changes: Partial<WriterFs>): WriterFs => ({
  existsSync: fs.existsSync, linkSync: fs.linkSync, mkdirSync: fs.mkdirSync,
  renameSync: fs.renameSync, unlinkSync: fs.unlinkSync, writeFileSync: fs.writeFileSync, ...changes,
});

describe('writeFileAtomic', () => {
  it('writes the file whole and leaves nothing else', () => {
    const dir = folder();
    writeFileAtomic(join(dir, 'a.mdx'), '内容');
    expect(readdirSync(dir)).toEqual(['a.mdx']);
    expect(readFileSync(join(dir, 'a.mdx'), 'utf8')).toBe('内容');
  });

  it('refuses to replace an existing file without overwrite', () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.mdx'), '旧');
    expect(() => writeFileAtomic(join(dir, 'a.mdx'), '新')).toThrow(FileExistsError);
    expect(readdirSync(dir)).toEqual(['a.mdx']);
    expect(readFileSync(join(dir, 'a.mdx'), 'utf8')).toBe('旧');
  });

  it('removes the half-written temporary file when the disk fills up (ENOSPC)', () => {
    const dir = folder();
    const full = fsWith({
      writeFileSync: ((path: string, data: string) => {
        fs.writeFileSync(path, String(data).slice(0, 1)); // part of the data made it to disk
        throw errno('ENOSPC');
      }) as WriterFs['writeFileSync'],
    });
    expect(() => writeFileAtomic(join(dir, 'a.mdx'), '很长的内容', { fs: full })).toThrow(/ENOSPC/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('removes the temporary file when the rename is refused (EACCES), and keeps the old file', () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.docx'), '旧');
    const denied = fsWith({ renameSync: () => { throw errno('EACCES', 'rename'); } });
    expect(() => writeFileAtomic(join(dir, 'a.docx'), '新', { overwrite: true, fs: denied })).toThrow(/EACCES/);
    expect(readdirSync(dir)).toEqual(['a.docx']);
    expect(readFileSync(join(dir, 'a.docx'), 'utf8')).toBe('旧');
  });

  it('fails with ENOTDIR/EEXIST when a file stands where the folder should be', () => {
    const dir = folder();
    writeFileSync(join(dir, 'file'), '');
    let thrown: unknown;
    try {
      writeFileAtomic(join(dir, 'file/sub/a.mdx'), 'x');
    } catch (error) {
      thrown = error;
    }
    expect(isFileSystemError(thrown)).toBe(true);
    expect(['ENOTDIR', 'EEXIST']).toContain((thrown as NodeJS.ErrnoException).code);
    expect(readdirSync(dir)).toEqual(['file']);
  });
});

describe('writeErrorMessage', () => {
  it.each([
    ['ENOSPC', '磁盘已满'],
    ['EACCES', '没有权限写入'],
    ['EPERM', '没有权限写入'],
    ['EROFS', '磁盘是只读的'],
    ['ENOTDIR', '路径中有一段是文件而不是文件夹'],
    ['EISDIR', '这是一个文件夹'],
    ['EIO', '系统错误 EIO'],
  ])('explains %s in one Chinese line naming the file', (code, words) => {
    const message = writeErrorMessage(errno(code), 'content/reports/2026/a.mdx');
    expect(message).toContain(words);
    expect(message).toContain('content/reports/2026/a.mdx');
    expect(message).not.toContain('\n');
  });

  it('tells file-system errors from others', () => {
    expect(isFileSystemError(errno('ENOSPC'))).toBe(true);
    expect(isFileSystemError(new Error('bug'))).toBe(false);
  });
});
