/**
 * The production build refuses bad content: it exits non-zero before writing
 * any page, and its output names the file, the line, the field and the
 * problem in words an author understands.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAD_CONTENT_CASES } from '../support/bad-content.ts';
import { fixtureWith } from '../support/fixture.ts';
import { astroBuild, ROOT } from '../support/run-astro.ts';
import { UNBUILDABLE_CASES } from '../support/unbuildable-content.ts';
import { collectionOfFile, describeField } from '../../src/lib/content/problems.ts';

describe('astro build with bad content', () => {
  it.each(BAD_CONTENT_CASES)('fails on $name, naming file, line, field and problem', (bad) => {
    const dir = fixtureWith(bad.changes);
    const outDir = join(dir, '_dist');
    const result = astroBuild({ HANDBOOK_CONTENT_DIR: dir, HANDBOOK_OUT_DIR: outDir });
    const output = result.stdout + result.stderr;
    expect(result.status, output).toBe(1);
    const file = relative(ROOT, join(dir, bad.file));
    expect(output).toContain(`${file}:${bad.line}`);
    expect(output).toContain(`第 ${bad.line} 行  ${describeField(bad.field, collectionOfFile(bad.file))}:`);
    expect(output).toContain(bad.message);
    expect(output).toContain('构建已停止');
    expect(existsSync(outDir)).toBe(false);
  });
});

/** The problem lines (`✖ 错误 …` and the `file:line` under it) of a report. */
function problemLines(output: string): string[] {
  const lines = output.split('\n');
  return lines.flatMap((line, i) => (line.trimStart().startsWith('✖ 错误') ? [line.trim(), lines[i + 1]!.trim()] : []));
}

describe('astro build refuses what npm run check refuses, with the same words', () => {
  const cases = UNBUILDABLE_CASES.filter((c) => ['a submitted report with a placeholder', 'a file that is not UTF-8'].includes(c.name));

  it.each(cases)('stops on $name', (bad) => {
    const dir = bad.make();
    const check = spawnSync(process.execPath, [join(ROOT, 'scripts/check.ts')], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, HANDBOOK_CONTENT_DIR: dir, HANDBOOK_BUILD_DATE: '2026-11-22' },
    });
    expect(check.status).toBe(1);
    const outDir = join(dir, '_dist');
    const result = astroBuild({ HANDBOOK_CONTENT_DIR: dir, HANDBOOK_OUT_DIR: outDir, HANDBOOK_BUILD_DATE: '2026-11-22' });
    const output = result.stdout + result.stderr;
    expect(result.status, output).toBe(1);
    expect(output).toContain('构建已停止');
    expect(output).toContain(`${relative(ROOT, join(dir, bad.file))}:${bad.line}`);
    expect(output).toContain(bad.message);
    const expected = problemLines(check.stdout);
    expect(expected.length).toBeGreaterThan(0);
    expect(problemLines(output)).toEqual(expected);
    expect(existsSync(outDir)).toBe(false);
  });
});

