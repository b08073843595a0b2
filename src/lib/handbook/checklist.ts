/**
 * Checklists of a procedure as readers use them: each item with the role
 * responsible for checking it (for the printed form), and a stable key per
 * item under which a phone keeps its tick (localStorage). No DOM, no Astro:
 * shared by the page component and the browser script.
 */

interface StepLike {
  actors: readonly string[];
  action: string;
}

export interface ProcedureChecklists {
  owner: string;
  steps: readonly StepLike[];
  branches: readonly { steps: readonly StepLike[] }[];
  checklists: readonly { category: string; items: readonly string[] }[];
}

export interface ChecklistItem {
  text: string;
  /** Role id responsible for the item. */
  role: string;
  /** Key of the item's tick in the browser's storage; changes when the item's wording or its list's name does. */
  key: string;
}

export interface Checklist {
  category: string;
  items: ChecklistItem[];
}

/** Below this share of an item's wording found in a step, the item matches no step and the procedure's owner answers for it. */
const MIN_SHARE = 0.25;

/** Character pairs of the text's letters and ideographs (punctuation and spaces split pairs). */
function bigrams(text: string): Set<string> {
  const pairs = new Set<string>();
  for (const run of text.split(/[^\p{L}\p{N}]+/u)) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) pairs.add(chars[i]! + chars[i + 1]!);
  }
  return pairs;
}

/**
 * Share of the item's character pairs that also occur in the step, 0–1.
 * Measured against the item alone, because a step says much more than the
 * short checklist line that restates part of it.
 */
export function textShare(item: string, step: string): number {
  const x = bigrams(item);
  if (!x.size) return 0;
  const y = bigrams(step);
  let shared = 0;
  for (const pair of x) if (y.has(pair)) shared++;
  return shared / x.size;
}

/**
 * The role responsible for a checklist item: the first actor of the step
 * that contains most of the item's wording (a checklist restates what steps
 * do), or the procedure's owner when no step is close enough.
 */
export function responsibleRole(item: string, procedure: Pick<ProcedureChecklists, 'owner' | 'steps' | 'branches'>): string {
  let best = { score: MIN_SHARE, role: procedure.owner };
  for (const step of [...procedure.steps, ...procedure.branches.flatMap((b) => b.steps)]) {
    const score = textShare(item, step.action);
    if (score > best.score && step.actors[0]) best = { score, role: step.actors[0] };
  }
  return best.role;
}

/** FNV-1a hash as 8 hex digits: short, stable keys from arbitrary text. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** A procedure's checklists with a responsible role and a storage key per item. */
export function procedureChecklists(procedure: ProcedureChecklists): Checklist[] {
  return procedure.checklists.map((list) => ({
    category: list.category,
    items: list.items.map((text) => ({ text, role: responsibleRole(text, procedure), key: shortHash(`${list.category}\u0000${text}`) })),
  }));
}

/** localStorage key of one item's tick on one page: page path plus item key. */
export function tickStorageKey(pagePath: string, itemKey: string): string {
  return `handbook-checklist:${pagePath}:${itemKey}`;
}
