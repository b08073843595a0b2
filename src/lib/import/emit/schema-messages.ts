/**
 * Schema problems of an imported document, in one line of Chinese per problem.
 * Field names and messages come from the checker's explainer
 * (`src/lib/content/zod-issues.ts`), so the importer and `npm run check` word
 * the same problem the same way.
 */
import type { z } from 'astro/zod';
import { fieldLabel } from '../../content/field-labels.ts';
import { explainIssue } from '../../content/zod-issues.ts';

/** Joins zod issues as “字段(路径):说明” lines. */
export function describeIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>, collection?: string): string {
  return issues
    .map((issue) => {
      const path = issue.path.map(String);
      const label = path.length ? fieldLabel(path.slice(0, 1), collection) : '';
      const message = 'code' in issue ? explainIssue(issue as z.core.$ZodIssue, collection) : issue.message;
      return `${label}${path.length > 1 ? `(${path.join('.')})` : ''}:${message}`;
    })
    .join(';');
}
