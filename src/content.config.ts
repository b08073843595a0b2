/**
 * Astro's view of the handbook: one glob-loaded collection per folder under
 * `content/`, each validated with its schema from `src/lib/schemas`.
 * References between entries are checked by the handbook checker
 * (`src/lib/content/check.ts`), which runs before every build.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { KINDS, type KindDefinition } from './lib/collections/index.ts';
import { contentDir } from './lib/content/paths.ts';
import { departmentSchema } from './lib/schemas/departments.ts';
import { policySchema } from './lib/schemas/policies.ts';
import { procedureSchema } from './lib/schemas/procedures.ts';
import { reportSchema } from './lib/schemas/reports.ts';
import { roleSchema } from './lib/schemas/roles.ts';

/**
 * Markdown and MDX files of one collection folder; files starting with `_` are ignored.
 * Only kinds filed by year (`byYear` in the registry: reports/2026/…) may sit in
 * sub-folders: other pages are /<collection>/<id>/, so their files are read from
 * the folder itself, as the checker requires (it reports a file in a sub-folder as an error).
 */
const folder = (name: keyof typeof KINDS) =>
  glob({ pattern: (KINDS[name] as KindDefinition).byYear ? ['**/*.{md,mdx}', '!**/_*'] : ['*.{md,mdx}', '!_*'], base: `${contentDir()}/${name}` });

export const collections = {
  departments: defineCollection({ loader: folder('departments'), schema: departmentSchema }),
  roles: defineCollection({ loader: folder('roles'), schema: roleSchema }),
  procedures: defineCollection({ loader: folder('procedures'), schema: procedureSchema }),
  policies: defineCollection({ loader: folder('policies'), schema: policySchema }),
  reports: defineCollection({ loader: folder('reports'), schema: reportSchema }),
};
