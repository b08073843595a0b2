/**
 * Which version of an entry is in force on a given date. A version is in
 * force from its effective date until its successor's effective date, so HR
 * can publish a new version ahead of time without leaving a gap: the old one
 * stays in force (and says when it will be replaced), the new one says it is
 * not yet in force and which version applies until then. The stored `status`
 * only matters for drafts, archived entries and versions repealed without a
 * successor; everything else follows from the dates. Pages, lists, search,
 * the checker and the review list all ask this module.
 */

/** The lifecycle fields the state depends on. */
export interface LifecycleEntry {
  id: string;
  status: string;
  /** YYYY-MM-DD; an entry without one is in force as soon as it is published. */
  effective?: string | undefined;
  /** Id of the entry (of the same kind) this one replaces. */
  supersedes?: string | undefined;
}

export type LifecycleState =
  | { kind: 'draft' }
  | { kind: 'archived' }
  /** Published but its effective date is still ahead; `inForce` is the older version that applies until then. */
  | { kind: 'pending'; effective: string; inForce?: string | undefined }
  /** In force; `successor` replaces it on `until` when a newer version is already published. */
  | { kind: 'in-force'; successor?: string | undefined; until?: string | undefined }
  /** Replaced by `successor` on `since`; `current` is the version in force today (the end of the chain). */
  | { kind: 'replaced'; successor: string; since: string; current?: string | undefined }
  /** Marked superseded with no successor: repealed. */
  | { kind: 'repealed' };

export type LifecycleKind = LifecycleState['kind'];

/** True for states listed after the ones in force (kept for reference). */
export const isRetired = (state: LifecycleState): boolean => state.kind === 'replaced' || state.kind === 'repealed' || state.kind === 'archived';

/** Lifecycle lookups over one kind of entry (e.g. all policies). */
export interface Lifecycle {
  /** State of entry `id` on `today` (YYYY-MM-DD). */
  stateOf(id: string, today: string): LifecycleState;
  /** The published version that replaces `id` (earliest effective first when several claim it). */
  successorOf(id: string): string | undefined;
  /** The version `id` replaces, if that version is known. */
  predecessorOf(id: string): string | undefined;
}

// A successor counts once it is published: a draft replaces nothing.
const canReplace = (entry: LifecycleEntry) => entry.status !== 'draft' && entry.status !== 'archived';

/** Indexes `entries` (one kind) for {@link Lifecycle} lookups. */
export function lifecycleOf(entries: readonly LifecycleEntry[]): Lifecycle {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const successor = new Map<string, LifecycleEntry>();
  for (const entry of entries) {
    if (!entry.supersedes || entry.supersedes === entry.id || !canReplace(entry)) continue;
    const known = successor.get(entry.supersedes);
    if (!known || (entry.effective ?? '') < (known.effective ?? '')) successor.set(entry.supersedes, entry);
  }
  const started = (entry: LifecycleEntry, today: string) => !entry.effective || entry.effective <= today;

  /** The state's kind alone; no walking along the chain, so it cannot loop. */
  function kindOf(entry: LifecycleEntry, today: string): LifecycleKind {
    if (entry.status === 'draft') return 'draft';
    if (entry.status === 'archived') return 'archived';
    if (!started(entry, today)) return 'pending';
    const next = successor.get(entry.id);
    if (next) return started(next, today) ? 'replaced' : 'in-force';
    return entry.status === 'superseded' ? 'repealed' : 'in-force';
  }

  function stateOf(id: string, today: string): LifecycleState {
    const entry = byId.get(id);
    if (!entry) return { kind: 'repealed' };
    const kind = kindOf(entry, today);
    const next = successor.get(id);
    switch (kind) {
      case 'draft':
      case 'archived':
      case 'repealed':
        return { kind };
      case 'pending':
        return { kind, effective: entry.effective!, inForce: inForceBefore(entry, today) };
      case 'in-force':
        return next ? { kind, successor: next.id, until: next.effective! } : { kind };
      case 'replaced':
        return { kind, successor: next!.id, since: next!.effective ?? today, current: currentAfter(next!, today) };
    }
  }

  /** The older version in force on `today`, walking back past versions that are themselves not yet in force. */
  function inForceBefore(entry: LifecycleEntry, today: string): string | undefined {
    const seen = new Set([entry.id]);
    for (let previous = entry.supersedes ? byId.get(entry.supersedes) : undefined; previous && !seen.has(previous.id); previous = previous.supersedes ? byId.get(previous.supersedes) : undefined) {
      seen.add(previous.id);
      const kind = kindOf(previous, today);
      if (kind === 'in-force') return previous.id;
      if (kind !== 'pending') return undefined;
    }
    return undefined;
  }

  /** The version in force on `today` along the chain of successors starting at `entry`, if any. */
  function currentAfter(entry: LifecycleEntry, today: string): string | undefined {
    const seen = new Set<string>();
    for (let next: LifecycleEntry | undefined = entry; next && !seen.has(next.id); next = successor.get(next.id)) {
      seen.add(next.id);
      const kind = kindOf(next, today);
      if (kind === 'in-force') return next.id;
      if (kind !== 'replaced') return undefined;
    }
    return undefined;
  }

  return {
    stateOf,
    successorOf: (id) => successor.get(id)?.id,
    predecessorOf: (id) => {
      const previous = byId.get(id)?.supersedes;
      return previous && byId.has(previous) ? previous : undefined;
    },
  };
}
