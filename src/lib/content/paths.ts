/** Where the project and the handbook's content live. */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project folder (package.json, src/, templates/). Builds run Astro in a
 * root folder of their own, so the working folder is not the project.
 */
export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * The content folder: `content/` by default, or `HANDBOOK_CONTENT_DIR`
 * (used by tests and benchmarks to build another handbook).
 */
export function contentDir(): string {
  return resolve(process.env.HANDBOOK_CONTENT_DIR ?? 'content');
}
