// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { handbookCheck } from './src/integrations/handbook-check.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  integrations: [handbookCheck(), mdx()],
  server: { host: '127.0.0.1' },
});
