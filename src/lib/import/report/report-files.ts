/**
 * Where the import report goes and how it is written: one Markdown + JSON
 * pair per run, named by the time of the run, in `import-reports/` next to
 * the output folder (not inside it: the content folder holds entries only,
 * and not the current folder, which may be anywhere). Each file is written
 * whole (temporary name, then rename) and an earlier report is never replaced.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../../files/atomic-write.ts';

/** `<folder>/import-reports/import-report-2026-12-03T14-05-00.md` for a run started at that time (UTC). */
export function defaultReportPath(folder: string, started: Date): string {
  const stamp = started.toISOString().slice(0, 19).replace(/:/g, '-');
  return join(folder, 'import-reports', `import-report-${stamp}.md`);
}

/**
 * Writes the Markdown report at `path` and the JSON beside it (same name,
 * `.json`). When a report of that name exists, `-2`, `-3` … is added rather
 * than overwriting it. Returns the Markdown file's path.
 */
export function writeReportFiles(path: string, report: { markdown: string; json: string }): string {
  const base = path.replace(/\.md$/i, '');
  let chosen = base;
  for (let n = 2; existsSync(`${chosen}.md`) || existsSync(`${chosen}.json`); n += 1) chosen = `${base}-${n}`;
  // The atomic writer creates the folder.
  writeFileAtomic(`${chosen}.json`, report.json);
  writeFileAtomic(`${chosen}.md`, report.markdown);
  return `${chosen}.md`;
}
