import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultReportPath, writeReportFiles } from '../../../../src/lib/import/report/report-files.ts';

describe('report files', () => {
  it('names the report by the time of the run, in import-reports/ of the given folder', () => {
    expect(defaultReportPath('/data', new Date('2026-12-03T14:05:00.123Z'))).toBe(join('/data', 'import-reports', 'import-report-2026-12-03T14-05-00.md'));
  });

  it('writes Markdown and JSON whole and never replaces an earlier report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'import-report-'));
    const path = join(dir, 'r', 'import-report-x.md');
    expect(writeReportFiles(path, { markdown: 'one', json: '{"n":1}' })).toBe(path);
    const second = writeReportFiles(path, { markdown: 'two', json: '{"n":2}' });
    expect(second).toBe(join(dir, 'r', 'import-report-x-2.md'));
    expect(readFileSync(path, 'utf8')).toBe('one');
    expect(readFileSync(second.replace(/\.md$/, '.json'), 'utf8')).toBe('{"n":2}');
    expect(readdirSync(join(dir, 'r')).sort()).toEqual(['import-report-x-2.json', 'import-report-x-2.md', 'import-report-x.json', 'import-report-x.md']);
  });
});
