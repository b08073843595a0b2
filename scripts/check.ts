/**
 * npm run check — validates the whole handbook and prints every problem
 * with file and line. Exits 1 when there are errors.
 */
import { checkHandbook } from '../src/lib/content/check.ts';
import { contentDir } from '../src/lib/content/paths.ts';
import { formatProblems } from '../src/lib/content/problems.ts';

const dir = contentDir();
const { entries, problems } = checkHandbook(dir);
console.log(formatProblems(problems));
const errors = problems.filter((p) => p.severity === 'error').length;
console.log(`\n已检查 ${entries.length + errors ? entries.length : 0} 个条目(${dir})。`);
process.exit(errors > 0 ? 1 : 0);
