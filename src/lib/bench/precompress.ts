/** Writes `.gz` copies of a site's compressible files, as a deploy with gzip_static would serve them. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const COMPRESSIBLE = /\.(html|css|js|json|svg|xml|txt)$/;

/** Gzips every compressible file below `dir` (level 9); returns how many were written. */
export function precompress(dir: string): number {
  let count = 0;
  for (const file of readdirSync(dir, { recursive: true }) as string[]) {
    if (!COMPRESSIBLE.test(file)) continue;
    const path = join(dir, file);
    writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: 9 }));
    count++;
  }
  return count;
}
