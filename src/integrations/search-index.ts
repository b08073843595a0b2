/**
 * Astro integration: after a production build, index the built pages for
 * search (see `src/lib/search/build-index.ts`) — unless `npm run build`
 * (scripts/build.ts) runs the indexer itself in a separate process once
 * Astro has exited, which keeps the build's peak memory lower.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { BUILD_ENV } from '../lib/build/build-site.ts';
import { buildSearchIndex, closeSearchIndexer } from '../lib/search/build-index.ts';

export function searchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'handbook-search',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[BUILD_ENV.separateIndex]) {
          logger.info('全文搜索索引将在页面写完、astro 进程结束后建立');
          return;
        }
        logger.info('正在建立全文搜索索引…');
        const summary = await buildSearchIndex(fileURLToPath(dir), base, (done, total) => logger.info(`  已读取 ${done}/${total} 个页面`));
        await closeSearchIndexer();
        logger.info(`搜索索引完成:${summary.pages} 个页面,${summary.records} 条记录,用时 ${summary.seconds.toFixed(1)} 秒 → ${summary.outputDir}/`);
      },
    },
  };
}
