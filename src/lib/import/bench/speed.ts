/**
 * Import speed benchmark: builds large inputs from realistic documents and
 * times the pipeline on each, so super-linear stages show up as a 20 MB / 1 MB
 * time ratio well above 20.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runImport } from '../pipeline.ts';
import { isValidUtf8 } from '../read/decode-text.ts';

/** One measured size. */
export interface SpeedRow {
  megabytes: number;
  bytes: number;
  seconds: number;
  /** CPU time of the process (user + system): steadier than wall time on a shared machine. */
  cpuSeconds: number;
  documents: number;
}

/**
 * Concatenates the UTF-8 `.txt` documents under `sourceDirs` until the text
 * reaches `bytes`. Each copy gets a distinct serial after every clause (so
 * copies are different documents to the de-duplicator, as in a real file of
 * many documents) while titles and numbering, which drive splitting and
 * classification, stay as they are.
 */
export function buildLargeText(sourceDirs: string[], bytes: number): string {
  const samples = sourceDirs
    .flatMap((dir) => readdirSync(dir).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(join(dir, name))))
    .filter((buffer) => isValidUtf8(buffer))
    .map((buffer) => buffer.toString('utf8').replace(/\r\n?/g, '\n').trim());
  if (samples.length === 0) throw new Error(`${sourceDirs.join('、')} 中没有 UTF-8 的 .txt 示例文件`);
  const parts: string[] = [];
  let size = 0;
  for (let copy = 0; size < bytes; copy += 1) {
    const sample = samples[copy % samples.length]!;
    const serial = serialWords(copy);
    const varied = sample.replace(/([,。;、])(?=\S)/g, `$1${serial}`);
    parts.push(varied);
    size += Buffer.byteLength(varied) + 2;
  }
  return parts.join('\n\n');
}

/** Characters that differ from copy to copy, so shingles of different copies differ. */
function serialWords(n: number): string {
  const digits = '甲乙丙丁戊己庚辛壬癸';
  let out = '';
  do {
    out += digits[n % 10];
    n = Math.floor(n / 10);
  } while (n > 0);
  return out;
}

/** Writes one file per size into `workDir` and times a dry-run import of each. */
export async function measureImportSpeed(options: {
  sizesMb: number[];
  sourceDirs: string[];
  workDir: string;
  onRow?: (row: SpeedRow) => void;
}): Promise<SpeedRow[]> {
  mkdirSync(options.workDir, { recursive: true });
  const rows: SpeedRow[] = [];
  for (const megabytes of options.sizesMb) {
    const bytes = Math.round(megabytes * 1024 * 1024);
    const path = join(options.workDir, `speed-${megabytes}mb.txt`);
    writeFileSync(path, buildLargeText(options.sourceDirs, bytes));
    const started = performance.now();
    const cpu = process.cpuUsage();
    const result = await runImport([path], { outDir: join(options.workDir, 'content'), dryRun: true, today: '2026-01-01', maxBytes: bytes * 2 });
    const used = process.cpuUsage(cpu);
    const row = { megabytes, bytes, seconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6, documents: result.documents.length };
    rows.push(row);
    options.onRow?.(row);
  }
  return rows;
}

/** The table the bench prints: seconds and MB/s per size, and the largest / smallest time ratio (20 MB / 1 MB: linear ≈ 20). */
export function formatSpeedTable(rows: SpeedRow[]): string {
  const lines = ['| size | seconds | MB/s | CPU seconds | documents |', '|---:|---:|---:|---:|---:|'];
  for (const row of rows) {
    lines.push(`| ${row.megabytes} MB | ${row.seconds.toFixed(2)} | ${(row.megabytes / row.seconds).toFixed(2)} | ${row.cpuSeconds.toFixed(2)} | ${row.documents} |`);
  }
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (first && last && last !== first) {
    const linear = last.megabytes / first.megabytes;
    lines.push(
      '',
      `time ratio ${last.megabytes} MB / ${first.megabytes} MB: ${(last.seconds / first.seconds).toFixed(1)} (CPU time: ${(last.cpuSeconds / first.cpuSeconds).toFixed(1)}; linear ≈ ${linear})`,
    );
  }
  return lines.join('\n');
}
