/**
 * npm run bench:import-speed [-- --sizes 1,5,10,20] [--work bench-out/import-speed]
 *
 * Builds .txt inputs of the given sizes (MB) from the repository's sample
 * documents, imports each as a dry run, and prints seconds and MB/s per size
 * and the ratio of the largest to the smallest time (linear ≈ size ratio).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatSpeedTable, measureImportSpeed } from '../src/lib/import/bench/speed.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1,5,10,20' },
    work: { type: 'string', default: 'bench-out/import-speed' },
  },
});
const sizesMb = values.sizes.split(',').map(Number);
if (sizesMb.some((n) => !Number.isFinite(n) || n <= 0)) {
  console.error(`✖ --sizes 应为逗号分隔的正数(MB),收到“${values.sizes}”`);
  process.exit(2);
}
const rows = await measureImportSpeed({
  sizesMb,
  sourceDirs: [resolve('test/fixtures/import/gold-set'), resolve('test/fixtures/import/held-out')],
  workDir: resolve(values.work),
  onRow: (row) => console.log(`${row.megabytes} MB: ${row.seconds.toFixed(2)} s (CPU ${row.cpuSeconds.toFixed(2)} s), ${row.documents} documents`),
});
console.log(`\n${formatSpeedTable(rows)}`);
