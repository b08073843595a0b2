/**
 * npm run build — the production build: checks the output folder, builds the
 * pages into a staging folder, indexes them for search in this process once
 * Astro has exited, and only then swaps the new site in
 * (src/lib/build/build-site.ts).
 *
 *   npm run build [-- --out <folder>] [astro build options]
 *
 * The output folder is `--out`, else HANDBOOK_OUT_DIR, else `dist/`. Other
 * arguments go to `astro build`.
 *
 * Exit codes: 0 published; 1 the build failed (the previous site is kept);
 * 2 the output folder was refused (nothing was touched); 130 interrupted.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSite } from '../src/lib/build/build-site.ts';
import { contentDir, PROJECT_ROOT as projectRoot } from '../src/lib/content/paths.ts';
import { siteBase } from '../src/lib/site-base.ts';

const { values, tokens } = parseArgs({ options: { out: { type: 'string' } }, strict: false, tokens: true });
if (tokens.some((token) => token.kind === 'option' && token.name === 'out') && typeof values.out !== 'string') {
  console.error('--out 后面要写输出文件夹,例如 npm run build -- --out site');
  process.exit(2);
}
// Everything but --out and its value goes to astro build, in order.
const astroArgs = tokens
  .filter((token) => !(token.kind === 'option' && token.name === 'out'))
  .flatMap((token) => (token.kind === 'option' ? [token.rawName, ...(token.value !== undefined && !token.inlineValue ? [token.value] : [])] : token.kind === 'positional' ? [token.value] : []));
const result = await buildSite({
  projectRoot,
  outDir: resolve(typeof values.out === 'string' ? values.out : (process.env.HANDBOOK_OUT_DIR ?? resolve(projectRoot, 'dist'))),
  contentDir: contentDir(),
  base: siteBase(),
  astroArgs,
});
if (!result.ok) {
  if (result.message) console.error(`\n${result.message}\n`);
  process.exit(result.exitCode);
}
