/** Runs the Astro CLI of this project with the Node that runs the tests. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const ASTRO_BIN = resolve(ROOT, 'node_modules/astro/bin/astro.mjs');

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `astro build` with extra environment variables (content folder, output folder, base path …). */
export function astroBuild(env: Record<string, string>): RunResult {
  const result = spawnSync(process.execPath, [ASTRO_BIN, 'build'], {
    cwd: ROOT,
    // Vitest sets NODE_ENV=test, which would make this a development build (drafts included).
    env: { ...process.env, NODE_ENV: 'production', ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
