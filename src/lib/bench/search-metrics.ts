/** Recall, precision and zero-result rate of search results against ground truth. */

export interface QueryOutcome {
  className: string;
  query?: string;
  truth: readonly string[];
  found: readonly string[];
}

export interface ClassMetrics {
  queries: number;
  /** Pages found that contain the query ÷ pages that contain it (summed over queries). */
  recall: number;
  /** Pages found that contain the query ÷ pages found. 1 when nothing was found. */
  precision: number;
  /** Share of queries with matching pages that returned nothing. */
  zeroResultRate: number;
  /** Share of queries whose result set equals the ground truth. */
  exact: number;
}

/** Metrics per query class (plus `all`), micro-averaged over queries. */
export function metricsByClass(outcomes: readonly QueryOutcome[]): Record<string, ClassMetrics> {
  const classes = [...new Set(outcomes.map((o) => o.className)), 'all'];
  const result: Record<string, ClassMetrics> = {};
  for (const className of classes) {
    const group = outcomes.filter((o) => className === 'all' || o.className === className);
    let hits = 0;
    let truthTotal = 0;
    let foundTotal = 0;
    let zero = 0;
    let withTruth = 0;
    let exact = 0;
    for (const o of group) {
      const truth = new Set(o.truth);
      const found = new Set(o.found);
      const common = [...found].filter((u) => truth.has(u)).length;
      hits += common;
      truthTotal += truth.size;
      foundTotal += found.size;
      if (truth.size) {
        withTruth++;
        if (!found.size) zero++;
      }
      if (common === truth.size && common === found.size) exact++;
    }
    result[className] = {
      queries: group.length,
      recall: truthTotal ? hits / truthTotal : 1,
      precision: foundTotal ? hits / foundTotal : 1,
      zeroResultRate: withTruth ? zero / withTruth : 0,
      exact: group.length ? exact / group.length : 1,
    };
  }
  return result;
}

/** Median of numbers (NaN when empty). */
export function median(values: readonly number[]): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The p-th percentile (0–100), nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** A title query and the page search ranked first. */
export interface TitleOutcome {
  query: string;
  /** Pages whose title is exactly the query. */
  truth: readonly string[];
  /** URL of the first result; undefined when nothing was found. */
  top: string | undefined;
}

/** Share of title queries whose first result is a page with exactly that title (1 when there are none). */
export function exactTitleFirst(outcomes: readonly TitleOutcome[]): number {
  if (!outcomes.length) return 1;
  return outcomes.filter((o) => o.top !== undefined && o.truth.includes(o.top)).length / outcomes.length;
}
