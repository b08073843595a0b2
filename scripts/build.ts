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
import { splitBuildArgs } from '../src/lib/build/build-args.ts';
import { buildSite } from '../src/lib/build/build-site.ts';
import { contentDir, PROJECT_ROOT as projectRoot } from '../src/lib/content/paths.ts';
import { siteBase } from '../src/lib/site-base.ts';

const args = splitBuildArgs(process.argv.slice(2));
if (!args.ok) {
  console.error(args.message);
  process.exit(2);
}
const result = await buildSite({
  projectRoot,
  outDir: resolve(args.out ?? process.env.HANDBOOK_OUT_DIR ?? resolve(projectRoot, 'dist')),
  contentDir: contentDir(),
  base: siteBase(),
  astroArgs: args.astroArgs,
});
if (!result.ok) {
  if (result.message) console.error(`\n${result.message}\n`);
  process.exit(result.exitCode);
}
