/** Runs the Astro CLI of this project with the Node that runs the tests. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const ASTRO_BIN = resolve(ROOT, 'node_modules/astro/bin/astro.mjs');

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Astro writes its prerender bundle to `<root>/.astro/.prerender` whatever the
 * cache or output folder, so two builds of this project at once (test files
 * run in parallel) overwrite each other's chunks. Builds take turns through
 * a lock directory; `mkdir` is atomic across processes.
 */
export const BUILD_LOCK = resolve(ROOT, 'node_modules/.astro/test-build.lock');

function withBuildLock<T>(run: () => T): T {
  mkdirSync(dirname(BUILD_LOCK), { recursive: true });
  const deadline = Date.now() + 600_000;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (Date.now() > deadline) throw new Error(`another test build has held ${BUILD_LOCK} for 10 minutes`);
      Atomics.wait(pause, 0, 0, 250);
    }
  }
  try {
    return run();
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

/** `astro build` with extra environment variables (content folder, output folder, base path …). */
export function astroBuild(env: Record<string, string>): RunResult {
  return withBuildLock(() => runBuild(env));
}

function runBuild(env: Record<string, string>): RunResult {
  const result = spawnSync(process.execPath, [ASTRO_BIN, 'build'], {
    cwd: ROOT,
    // Vitest sets NODE_ENV=test, which would make this a development build (drafts included).
    env: { ...process.env, NODE_ENV: 'production', ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
