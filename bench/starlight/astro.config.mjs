// @ts-check
// The Starlight site of `npm run bench:build`. The benchmark copies this file
// and src/content.config.ts into a folder per corpus (bench-out/build/…), next
// to the generated pages and their sidebar.json, and links this folder's
// node_modules there.
import { readFileSync } from 'node:fs';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

const sidebar = JSON.parse(readFileSync(new URL('./sidebar.json', import.meta.url), 'utf8'));

export default defineConfig({
  site: 'http://localhost:4321',
  // Caches stay with the corpus (node_modules is shared between corpora).
  cacheDir: './.astro-cache',
  vite: { cacheDir: './.vite-cache' },
  integrations: [
    starlight({
      title: '运营管理手册',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      sidebar,
      // Starlight's Pagefind search is on by default; said here so the comparison is explicit.
      pagefind: true,
    }),
  ],
});
