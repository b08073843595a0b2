/**
 * Astro integration that runs the handbook checker before every build and
 * dev start. A build with content errors stops before Astro renders anything,
 * with a report that names file, line and field for each problem.
 */
import type { AstroIntegration } from 'astro';
import { checkHandbook } from '../lib/content/check.ts';
import { contentDir } from '../lib/content/paths.ts';
import { formatProblems } from '../lib/content/problems.ts';

export function handbookCheck(): AstroIntegration {
  return {
    name: 'handbook-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const { problems } = checkHandbook(contentDir());
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
