/**
 * The production build refuses bad content: it exits non-zero before writing
 * any page, and its output names the file, the line, the field and the
 * problem in words an author understands.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAD_CONTENT_CASES } from '../support/bad-content.ts';
import { fixtureWith } from '../support/fixture.ts';
import { astroBuild, ROOT } from '../support/run-astro.ts';
import { describeField } from '../../src/lib/content/problems.ts';

describe('astro build with bad content', () => {
  it.each(BAD_CONTENT_CASES)('fails on $name, naming file, line, field and problem', (bad) => {
    const dir = fixtureWith(bad.changes);
    const outDir = join(dir, '_dist');
    const result = astroBuild({ HANDBOOK_CONTENT_DIR: dir, HANDBOOK_OUT_DIR: outDir });
    const output = result.stdout + result.stderr;
    expect(result.status, output).toBe(1);
    const file = relative(ROOT, join(dir, bad.file));
    expect(output).toContain(`${file}:${bad.line}`);
    expect(output).toContain(`第 ${bad.line} 行  ${describeField(bad.field)}:`);
    expect(output).toContain(bad.message);
    expect(output).toContain('构建已停止');
    expect(existsSync(outDir)).toBe(false);
  });
});
