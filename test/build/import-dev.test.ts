/**
 * Imported drafts are visible in `npm run dev` (the preview HR uses before
 * publishing), marked as drafts, with where they came from and what to check.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureWith } from '../support/fixture.ts';
import { ROOT } from '../support/run-astro.ts';

const PORT = 4391;
let server: ChildProcess | undefined;
let imported: Array<{ kind: string; outputPath: string; flags: unknown[]; source: string; startLine: number; endLine: number }> = [];

beforeAll(async () => {
  const content = fixtureWith();
  const cwd = mkdtempSync(join(tmpdir(), 'import-dev-'));
  // The set's documents, not its README (a file with no documents fails the run).
  const goldSet = resolve(ROOT, 'test/fixtures/import/gold-set');
  const inputs = readdirSync(goldSet).filter((name) => name !== 'README.md').map((name) => join(goldSet, name));
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/import.ts'), ...inputs, '--out', content, '--date', '2026-11-22', '--report', join(cwd, 'import-report.md')], { cwd, encoding: 'utf8' });
  expect(run.status, run.stdout + run.stderr).toBe(0);
  imported = JSON.parse(readFileSync(join(cwd, 'import-report.json'), 'utf8')).documents;
  server = spawn(process.execPath, [resolve(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(PORT)], {
    cwd: ROOT,
    // Vitest's own variables (VITEST, VITEST_WORKER_ID …) change how Vite serves pages: leave them out.
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'TEST')), NODE_ENV: 'development', HANDBOOK_CONTENT_DIR: content, FORCE_COLOR: '0' },
    stdio: 'pipe',
  });
  let log = '';
  server.stdout!.on('data', (chunk) => (log += chunk));
  server.stderr!.on('data', (chunk) => (log += chunk));
  const deadline = Date.now() + 120_000;
  for (;;) {
    const status = await fetch(`http://127.0.0.1:${PORT}/`).then((r) => r.status, () => 0);
    if (status === 200) break;
    if (Date.now() > deadline) throw new Error(`astro dev did not answer (last status ${status}):\n${log}`);
    await new Promise((done) => setTimeout(done, 500));
  }
}, 150_000);

afterAll(() => {
  server?.kill();
});

describe('imported drafts in npm run dev', () => {
  it('shows every imported role, procedure and policy with the draft banner and its provenance', async () => {
    const pages = imported.filter((d) => ['role', 'procedure', 'policy'].includes(d.kind));
    expect(pages.length).toBeGreaterThan(3);
    for (const doc of pages) {
      const id = doc.outputPath.replace(/^[^/]+\//, '').replace(/\.mdx$/, '');
      const collection = doc.outputPath.split('/')[0];
      const response = await fetch(`http://127.0.0.1:${PORT}/${collection}/${id}/`);
      expect(response.status, doc.outputPath).toBe(200);
      const html = await response.text();
      expect(html).toContain('draft-banner');
      expect(html).toContain(`第 ${doc.startLine}–${doc.endLine} 行导入`);
      if (doc.flags.length > 0) expect(html).toContain(`${doc.flags.length} 处需要核对`);
    }
  }, 120_000);
});
