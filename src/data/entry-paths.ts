/** Static paths of the entry pages of one kind, each with its entry as a prop. */
import type { CollectionName } from '../lib/schemas/index.ts';
import { getHandbook } from './handbook.ts';

/** `getStaticPaths` of `src/pages/<kind>/[id].astro`: one page per published entry. */
export async function entryPaths<C extends CollectionName>(collection: C) {
  const handbook = await getHandbook();
  return handbook[collection].map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
