/** Serves a built site and opens Chromium for the tests of one file; both close after the file. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export interface SiteInBrowser {
  browser: Browser;
  server: StaticServer;
}

/** Registers beforeAll/afterAll hooks; the returned object is filled once they ran. */
export function siteInBrowser(dir?: string): SiteInBrowser {
  const site = {} as SiteInBrowser;
  beforeAll(async () => {
    site.server = await serveStatic(dir ?? inject('siteDir'));
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
