/**
 * Times how fast the importer refuses a .docx zip bomb (about 1 MB inflating to
 * 1 GiB): once with honest headers (refused from the central directory), once
 * with headers that lie (refused by the running byte count at the 200 MB cap).
 *
 *   node scripts/dev/bench-zip-bomb.ts
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSource } from '../../src/lib/import/read/read-source.ts';
import { docxBomb } from '../../test/support/zip-bomb.ts';

const dir = mkdtempSync(join(tmpdir(), 'zip-bomb-'));
try {
  for (const honest of [true, false]) {
    const bytes = docxBomb(1024 * 1024 * 1024, honest);
    const path = join(dir, honest ? 'honest-bomb.docx' : 'lying-bomb.docx');
    writeFileSync(path, bytes);
    const heapBefore = process.memoryUsage().rss;
    const started = performance.now();
    const result = await readSource(path);
    const ms = performance.now() - started;
    const rss = (process.memoryUsage().rss - heapBefore) / 1024 / 1024;
    console.log(`${honest ? 'honest headers' : 'lying headers '}: ${(bytes.length / 1024 / 1024).toFixed(2)} MB file → 1024 MB; refused in ${ms.toFixed(0)} ms (RSS +${rss.toFixed(0)} MB)`);
    console.log(`  ${'error' in result ? result.error : 'NOT REFUSED'}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
