/**
 * Builds the demo handbook once for the whole suite, into its own folder so
 * a developer's `dist/` is left alone. Tests read the folder with
 * `inject('siteDir')`.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuild, ROOT } from './run-astro.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
  }
}

export default function setup(project: TestProject) {
  // `vitest run test/lib/...` runs unit tests only: no site needed, no 30 s build.
  const filters = process.argv.slice(2).filter((arg) => arg.startsWith('test/') || arg.startsWith('./test/'));
  if (filters.length > 0 && filters.every((arg) => arg.replace(/^\.\//, '').startsWith('test/lib'))) {
    project.provide('siteDir', '');
    return;
  }
  const siteDir = resolve(ROOT, 'test-results/site');
  rmSync(siteDir, { recursive: true, force: true });
  const result = astroBuild({ HANDBOOK_OUT_DIR: siteDir, HANDBOOK_BUILD_DATE: '2026-11-22' });
  if (result.status !== 0) {
    throw new Error(`Building the demo handbook failed:\n${result.stdout}\n${result.stderr}`);
  }
  project.provide('siteDir', siteDir);
}
