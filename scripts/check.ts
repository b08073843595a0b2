/**
 * npm run check — validates the whole handbook (schemas, references,
 * lifecycle rules) and the reports (unfilled placeholders, missing required
 * sections), and prints every problem with file and line. Exits 1 on errors.
 */
import { checkHandbook } from '../src/lib/content/check.ts';
import { contentDir } from '../src/lib/content/paths.ts';
import { formatProblems } from '../src/lib/content/problems.ts';
import { checkReports } from '../src/lib/reports/check-reports.ts';

const dir = contentDir();
const { entries, problems } = checkHandbook(dir);
const all = [...problems, ...checkReports(entries)];
console.log(formatProblems(all));
const errors = all.filter((p) => p.severity === 'error').length;
console.log(`\n已检查 ${entries.length} 个条目(${dir})。`);
process.exit(errors > 0 ? 1 : 0);
