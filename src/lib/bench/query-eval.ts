/**
 * Judged queries — what readers type and which pages answer them — and the
 * figures of a search run against them: is the best answer first, is it
 * among the shown results, did the reader see nothing at all.
 */
import { z } from 'astro/zod';

export const judgedQueriesSchema = z.object({
  note: z.string().optional(),
  queries: z
    .array(
      z.object({
        q: z.string().min(1),
        kind: z.string().min(1),
        /** Content path of the best answer, e.g. `procedures/tuihuanhuo`. */
        best: z.string().min(1),
        /** Every acceptable answer, the best included. */
        relevant: z.array(z.string().min(1)).min(1),
      }),
    )
    .min(1),
});

export type JudgedQueries = z.infer<typeof judgedQueriesSchema>;
export type JudgedQuery = JudgedQueries['queries'][number];

export interface JudgedOutcome {
  query: JudgedQuery;
  /** Content paths of the shown results, in order. */
  shown: string[];
}

export interface JudgedFigures {
  queries: number;
  /** Share of queries whose best answer is the first result. */
  bestFirst: number;
  /** Share whose best answer is among the shown results. */
  bestShown: number;
  /** Share with at least one acceptable answer among the shown results. */
  anyShown: number;
  /** Share that showed no result at all. */
  zero: number;
  /** Mean reciprocal rank of the first acceptable answer (0 when none is shown). */
  mrr: number;
}

/** `/hb/procedures/tuihuanhuo/` under base `/hb/` → `procedures/tuihuanhuo`; null for other sites' links. */
export function contentPathOfUrl(url: string, base = '/'): string | null {
  const path = new URL(url, 'http://x').pathname;
  const root = base.replace(/\/?$/, '/');
  if (!path.startsWith(root)) return null;
  return decodeURIComponent(path.slice(root.length)).replace(/\/$/, '').replace(/\.html$/, '');
}

/** Figures per kind of query, plus `all`. */
export function judgedFigures(outcomes: readonly JudgedOutcome[]): Record<string, JudgedFigures> {
  const kinds = [...new Set(outcomes.map((o) => o.query.kind)), 'all'];
  return Object.fromEntries(
    kinds.map((kind) => {
      const group = outcomes.filter((o) => kind === 'all' || o.query.kind === kind);
      const share = (test: (o: JudgedOutcome) => boolean) => (group.length ? group.filter(test).length / group.length : 0);
      const firstRelevant = (o: JudgedOutcome) => o.shown.findIndex((path) => o.query.relevant.includes(path) || path === o.query.best);
      return [
        kind,
        {
          queries: group.length,
          bestFirst: share((o) => o.shown[0] === o.query.best),
          bestShown: share((o) => o.shown.includes(o.query.best)),
          anyShown: share((o) => firstRelevant(o) >= 0),
          zero: share((o) => o.shown.length === 0),
          mrr: group.length ? group.reduce((sum, o) => sum + (firstRelevant(o) >= 0 ? 1 / (firstRelevant(o) + 1) : 0), 0) / group.length : 0,
        },
      ];
    }),
  );
}
