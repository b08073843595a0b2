/**
 * npm run check — runs the same content checks as the build
 * (src/lib/content/run-checks.ts): site.yaml, every entry, the reports'
 * placeholders and sections. Prints every problem with file and line; exits 1 on errors.
 */
import { contentDir } from '../src/lib/content/paths.ts';
import { formatProblems } from '../src/lib/content/problems.ts';
import { runContentChecks } from '../src/lib/content/run-checks.ts';

const dir = contentDir();
const { entries, problems } = runContentChecks(dir);
console.log(formatProblems(problems));
const errors = problems.filter((p) => p.severity === 'error').length;
console.log(`\n已检查 ${entries.length} 个条目(${dir})。`);
process.exit(errors > 0 ? 1 : 0);
