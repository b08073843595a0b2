/**
 * The Word files of a build: `reports/<id>.docx` for every published report,
 * written from the same MDX body as the report's page (see `docx.ts`).
 * Runs in a worker thread during `astro build` (src/integrations/report-docx.ts),
 * so the documents are made while Astro bundles and renders pages.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { idFromPath, listContentFiles } from '../content/check.ts';
import { readFrontmatter } from '../content/frontmatter.ts';
import { reportSchema } from '../schemas/reports.ts';
import { bodyToDocx } from './docx.ts';

/**
 * Writes `<outDir>/reports/<id>.docx` for each report under
 * `<contentDir>/reports/` that is not a draft; returns how many. Files the
 * checker would refuse are skipped (the build stops on them anyway).
 */
export async function writeReportDocx(contentDir: string, outDir: string): Promise<number> {
  const dir = join(contentDir, 'reports');
  let written = 0;
  for (const name of listContentFiles(dir)) {
    const frontmatter = readFrontmatter(readFileSync(join(dir, name), 'utf8'));
    if (!frontmatter || frontmatter.syntaxErrors.length) continue;
    const parsed = reportSchema.safeParse(frontmatter.data ?? {});
    if (!parsed.success || parsed.data.status === 'draft') continue;
    const { title, author, lang } = parsed.data;
    const bytes = await bodyToDocx(frontmatter.body, { title, author, lang, id: idFromPath(name), frontmatter: frontmatter.data as Record<string, unknown> });
    const path = join(outDir, 'reports', `${idFromPath(name)}.docx`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
    written++;
  }
  return written;
}
