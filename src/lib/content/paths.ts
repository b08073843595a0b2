/** Where the handbook's content lives. */
import { resolve } from 'node:path';

/**
 * The content folder: `content/` by default, or `HANDBOOK_CONTENT_DIR`
 * (used by tests and benchmarks to build another handbook).
 */
export function contentDir(): string {
  return resolve(process.env.HANDBOOK_CONTENT_DIR ?? 'content');
}
