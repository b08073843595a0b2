import { describe, expect, it } from 'vitest';
import { splitBuildArgs } from '../../../src/lib/build/build-args.ts';

describe('splitBuildArgs', () => {
  it('takes --out and its value, in either spelling', () => {
    expect(splitBuildArgs(['--out', 'site'])).toEqual({ ok: true, out: 'site', astroArgs: [] });
    expect(splitBuildArgs(['--out=site'])).toEqual({ ok: true, out: 'site', astroArgs: [] });
    expect(splitBuildArgs([])).toEqual({ ok: true, out: undefined, astroArgs: [] });
  });

  it('passes every other argument to astro build as typed, inline values and -- included', () => {
    const args = ['--mode=staging', '--out', '/tmp/x', '--site', 'https://handbook.example.com', '--verbose', '--', '--force'];
    expect(splitBuildArgs(args)).toEqual({
      ok: true, out: '/tmp/x', astroArgs: ['--mode=staging', '--site', 'https://handbook.example.com', '--verbose', '--', '--force'],
    });
  });

  it('refuses --out without a folder, in Chinese', () => {
    for (const args of [['--out'], ['--verbose', '--out']]) {
      const result = splitBuildArgs(args);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.message).toContain('--out 后面要写输出文件夹');
    }
  });
});
