/**
 * npm run build — the production build in two processes: `astro build`
 * writes the pages, then a fresh process builds the search index over them
 * (src/lib/search/build-index.ts). Pagefind's indexer needs most memory at
 * the end, when the Astro process would still hold everything it rendered;
 * running them one after the other keeps the build's peak memory to the
 * larger of the two instead of their sum.
 *
 * `astro build` on its own still indexes, inside its own process (see
 * src/integrations/search-index.ts). Extra arguments go to `astro build`.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { buildSearchIndex, closeSearchIndexer } from '../src/lib/search/build-index.ts';
import { siteBase } from '../src/lib/site-base.ts';
import { SEPARATE_INDEX_ENV } from '../src/integrations/search-index.ts';

const astro = spawnSync(process.execPath, [resolve(import.meta.dirname, '../node_modules/astro/bin/astro.mjs'), 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: {
    // Rolldown (Vite's bundler) allocates with mimalloc, which by default keeps the memory its
    // idle threads freed after bundling; returning it at once saves ~0.4 GB per 2,000 entries.
    MIMALLOC_PURGE_DELAY: '0',
    ...process.env,
    [SEPARATE_INDEX_ENV]: '1',
  },
});
if (astro.status !== 0) process.exit(astro.status ?? 1);

// The output folder and base path, read from the same settings as astro.config.mjs.
const outDir = resolve(process.env.HANDBOOK_OUT_DIR ?? 'dist');
const time = () => new Date().toTimeString().slice(0, 8);
console.log(`${time()} [handbook-search] 正在建立全文搜索索引…`);
const summary = await buildSearchIndex(outDir, siteBase(), (done, total) => console.log(`${time()} [handbook-search]   已读取 ${done}/${total} 个页面`));
await closeSearchIndexer();
console.log(`${time()} [handbook-search] 搜索索引完成:${summary.pages} 个页面,${summary.records} 条记录,用时 ${summary.seconds.toFixed(1)} 秒 → ${summary.outputDir}/`);
