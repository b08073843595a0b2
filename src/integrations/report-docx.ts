/**
 * Astro integration: the `.docx` of every published report, made in a worker
 * thread while Astro bundles and renders the pages, then moved into the
 * output at the end of the build. (In `astro dev` the route
 * src/pages/reports/[...id].docx.ts makes them on request.)
 */
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../lib/content/paths.ts';

export function reportDocx(): AstroIntegration {
  let staging = '';
  let job: Promise<number> | undefined;
  return {
    name: 'handbook-report-docx',
    hooks: {
      'astro:config:done': ({ config }) => {
        // Inside the build's own .astro/ folder: concurrent builds (see scripts/build.ts) each have one.
        staging = join(fileURLToPath(config.root), '.astro', 'report-docx');
      },
      'astro:build:start': () => {
        rmSync(staging, { recursive: true, force: true });
        const worker = new Worker(new URL('./report-docx-worker.ts', import.meta.url), { workerData: { contentDir: contentDir(), outDir: staging } });
        job = new Promise<number>((resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => reject(new Error(`the Word export worker stopped (exit code ${code})`)));
        });
        // A failure is reported when the build ends, not as an unhandled rejection meanwhile.
        job.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!job) return;
        const count = await job;
        cpSync(staging, fileURLToPath(dir), { recursive: true });
        rmSync(staging, { recursive: true, force: true });
        logger.info(`已生成 ${count} 份报告的 Word 文档`);
      },
    },
  };
}
