/**
 * Takes screenshots of the built site (dist/) at desktop and phone widths,
 * and a PDF of chosen pages, for looking at the product.
 * Usage: node scripts/dev/screenshots.ts [outDir] [path …]
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../../test/support/browser.ts';
import { serveStatic } from '../../test/support/static-server.ts';

const [outDir = 'test-results/screens', ...paths] = process.argv.slice(2);
const pages = paths.length ? paths : ['', 'departments/yunying/', 'roles/yunying-jingli/', 'procedures/kaibidian/', 'policies/yunying-kaohe-banfa/', 'reports/', 'org/', 'guide/', '404.html'];
mkdirSync(outDir, { recursive: true });
const server = await serveStatic(process.env.SITE_DIR ?? 'dist');
const browser = await launchBrowser();
for (const [width, height, tag] of [[1280, 900, 'desktop'], [360, 740, 'phone']] as const) {
  const page = await browser.newPage({ viewport: { width, height } });
  for (const path of pages) {
    await page.goto(server.url + path);
    const name = (path.replace(/\/$/, '').replace(/\//g, '_') || 'home') + `-${tag}.png`;
    await page.screenshot({ path: join(outDir, name), fullPage: process.env.FULL === '1' });
    console.log(join(outDir, name));
  }
  await page.close();
}
if (process.env.PDF) {
  const page = await browser.newPage();
  for (const path of process.env.PDF.split(',')) {
    await page.goto(server.url + path);
    const name = join(outDir, (path.replace(/\/$/, '').replace(/\//g, '_') || 'home') + '.pdf');
    await page.pdf({ path: name, format: 'A4', preferCSSPageSize: true });
    console.log(name);
  }
}
await browser.close();
await server.close();
