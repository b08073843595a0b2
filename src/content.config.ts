/**
 * Astro's view of the handbook: one glob-loaded collection per folder under
 * `content/`, each validated with its schema from `src/lib/schemas`.
 * References between entries are checked by the handbook checker.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './lib/content/paths.ts';
import { schemas, type CollectionName } from './lib/schemas/index.ts';

const root = contentDir();

function collection<C extends CollectionName>(name: C) {
  return defineCollection({
    loader: glob({ pattern: ['**/*.{md,mdx}', '!**/_*'], base: `${root}/${name}` }),
    schema: schemas[name],
  });
}

export const collections = {
  departments: collection('departments'),
  roles: collection('roles'),
  procedures: collection('procedures'),
  policies: collection('policies'),
  reports: collection('reports'),
};
