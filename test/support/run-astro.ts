/** Runs the project's production build (scripts/build.ts) with the Node that runs the tests. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const BUILD_SCRIPT = resolve(ROOT, 'scripts/build.ts');

/** Ten minutes: a build of the demo takes ~15 s alone, several times that on a busy 2-core machine. */
export const BUILD_TIMEOUT_MS = 600_000;

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `npm run build` with extra environment variables (content folder, output
 * folder, base path …). Builds may run at the same time: each has its own
 * Astro root and staging folder (see src/lib/build/build-site.ts).
 */
export function astroBuild(env: Record<string, string>): RunResult {
  const result = spawnSync(process.execPath, [BUILD_SCRIPT], {
    cwd: ROOT,
    // Vitest sets NODE_ENV=test, which would make this a development build (drafts included).
    env: { ...process.env, NODE_ENV: 'production', ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT_MS,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
