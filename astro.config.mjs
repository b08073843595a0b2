// @ts-check
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { handbookCheck } from './src/integrations/handbook-check.ts';
import { reportDocx } from './src/integrations/report-docx.ts';
import { safeOutput } from './src/integrations/safe-output.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { tableLabels } from './src/lib/html/table-labels.ts';
import { contentDir as handbookContentDir } from './src/lib/content/paths.ts';
import { siteUrl } from './src/lib/content/site-settings.ts';
import { siteBase } from './src/lib/site-base.ts';

/** @param {string} path a path relative to this project */
const project = (path) => fileURLToPath(new URL(path, import.meta.url));

// Builds of another content folder (tests, benchmarks) get their own cache and
// output folder, so they never mix entries with the demo handbook's.
const contentDir = process.env.HANDBOOK_CONTENT_DIR;
const cacheKey = contentDir ? contentDir.replace(/[^a-zA-Z0-9]+/g, '-').replace(/^-|-$/g, '') : 'content';

export default defineConfig({
  // npm run build gives every build a root folder of its own (HANDBOOK_BUILD_ROOT), because
  // Astro keeps per-build state in <root>/.astro; sources are always this project's.
  root: process.env.HANDBOOK_BUILD_ROOT ?? project('./'),
  srcDir: project('./src'),
  publicDir: project('./public'),
  // SITE_URL, else site.yaml's url; without either the change feed uses relative links (and the build says so).
  site: siteUrl(handbookContentDir()),
  base: siteBase(),
  trailingSlash: 'always',
  outDir: resolve(process.env.HANDBOOK_OUT_DIR ?? project('./dist')),
  // Several pages in flight: one renders while others wait for their files to be written.
  build: { concurrency: 4 },
  cacheDir: project(`./node_modules/.astro/${cacheKey}`),
  // safeOutput() last: it publishes the site once every other integration has written its part.
  integrations: [handbookCheck(), mdx(), reportDocx(), searchIndex(), safeOutput()],
  // Table cells carry their column header, so phones can show tables as stacked cards.
  markdown: { processor: satteri({ hastPlugins: [tableLabels] }) },
  server: { host: '127.0.0.1' },
  vite: {
    build: {
      rolldownOptions: {
        // Astro 7 emits one harmless MODULE_LEVEL_DIRECTIVE warning per MDX entry
        // (withastro/astro#18087); with thousands of entries it buries real output.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
