/**
 * Astro integration that runs the handbook checker (`runContentChecks`, the
 * same function as `npm run check`) before every build and dev start. A
 * build with content errors stops before Astro renders anything,
 * with a report that names file, line and field for each problem.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir, PROJECT_ROOT } from '../lib/content/paths.ts';
import { formatProblems } from '../lib/content/problems.ts';
import { runContentChecks } from '../lib/content/run-checks.ts';

const SCHEMA_DIR = new URL('../lib/schemas/', import.meta.url);
/**
 * Astro caches parsed entries and only notices changes to content files and
 * to content.config.ts. The schemas live in src/lib/schemas, so when they
 * change the cache would keep data shaped by the old ones: drop it.
 */
function dropStaleContentCache(cacheDir: URL): void {
  const hash = createHash('sha256');
  for (const file of readdirSync(SCHEMA_DIR).sort()) hash.update(file).update(readFileSync(new URL(file, SCHEMA_DIR)));
  const digest = hash.digest('hex');
  const dir = fileURLToPath(cacheDir);
  const stamp = `${dir}/handbook-schemas.sha256`;
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) return;
  rmSync(`${dir}/data-store.json`, { force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(stamp, digest);
}

export function handbookCheck(): AstroIntegration {
  return {
    name: 'handbook-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        dropStaleContentCache(config.cacheDir);
        // The very function `npm run check` runs, so both accept and refuse the same content.
        const { problems } = runContentChecks(contentDir(), { root: PROJECT_ROOT });
        if (problems.length === 0) return;
        const report = formatProblems(problems);
        const errors = problems.filter((p) => p.severity === 'error').length;
        if (command === 'build' && errors > 0) {
          // Exit rather than throw: a thrown error would bury the report under a stack trace.
          console.error(`\n${report}\n\n构建已停止:手册内容有 ${errors} 处错误(见上方列表)。改正后重新构建;也可以运行 npm run check 只做检查。\n`);
          process.exit(1);
        }
        logger.warn(`\n${report}\n`);
      },
    },
  };
}
