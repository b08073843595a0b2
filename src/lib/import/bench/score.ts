/**
 * Scores an import run against a gold file: document boundaries, document
 * types and field values, each as precision / recall / F1. Pure: no I/O.
 *
 * - Boundaries: a predicted document (kept, duplicate copy or dropped) and a
 *   gold document of the same file match when their start lines differ by at
 *   most `tolerance` lines; pairs are made one-to-one, closest first.
 * - Types: a prediction is type-correct when it is matched and its type (the
 *   kept document's `kind`, or `drop`) equals the gold type.
 * - Fields: over type-correct pairs only, each gold field (see FIELD_SPECS)
 *   against the prediction's frontmatter, after {@link normalizeValue}.
 */
import { basename, relative, resolve, sep } from 'node:path';
import type { ImportedDocument, ImportKind, ImportResult } from '../model.ts';
import { FIELD_SPECS, GOLD_TYPES, type Gold, type GoldDocument, type GoldType } from './gold.ts';
import { normalizeValue, scalarText } from './normalize.ts';

/** Counts and the rates derived from them; a rate is null when its denominator is 0. */
export interface PRF {
  /** Correct predictions (matched values). */
  tp: number;
  predicted: number;
  gold: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** One document the importer reported, located in a gold file. */
export interface PredictedDocument {
  /** Gold file key (path relative to the benchmark folder). */
  file: string;
  start: number;
  end: number;
  title: string;
  type: GoldType;
  /** The kept document whose fields this prediction carries (absent for dropped ones). */
  document?: ImportedDocument;
  /** Set when this prediction is a recorded duplicate copy of `document`. */
  duplicateOf?: { file: string; start: number };
  /** Reason given for a dropped document. */
  reason?: string;
}

/** A matched pair of documents. */
export interface BoundaryPair {
  gold: GoldDocument;
  predicted: PredictedDocument;
}

/** Something the importer got wrong, for the verbose listing and results.json. */
export type Mismatch =
  | { kind: 'file-error'; file: string; message: string }
  | { kind: 'unknown-source'; source: string; documents: number }
  | { kind: 'missed'; file: string; gold: DocRef }
  | { kind: 'spurious'; file: string; predicted: DocRef }
  | { kind: 'type'; file: string; gold: DocRef; predicted: DocRef }
  | { kind: 'field'; file: string; gold: DocRef; field: string; missing: string[]; extra: string[] };

/** Short reference to a document in a mismatch. */
export interface DocRef {
  start: number;
  end: number;
  type: GoldType;
  title: string;
}

/** Per-file outcome. */
export interface FileScore {
  file: string;
  error?: string;
  goldDocuments: number;
  predictedDocuments: number;
  boundaryMatches: number;
  typeCorrect: number;
  fields: PRF;
}

/** Field scores of one document type. */
export interface TypeFieldScore {
  overall: PRF;
  byField: Record<string, PRF>;
}

/** Everything {@link scoreImport} measures. */
export interface BenchScore {
  boundaries: PRF & { tolerance: number; endsWithinTolerance: number };
  types: {
    overall: PRF;
    byType: Record<GoldType, PRF>;
    /** confusion[goldType][predictedType]; `(missed)` and `(spurious)` for unmatched documents. */
    confusion: Record<string, Record<string, number>>;
  };
  fields: {
    overall: PRF;
    byType: Record<ImportKind, TypeFieldScore>;
    coverage: {
      /** Gold documents with fields that were matched with the right type. */
      documents: number;
      goldDocuments: number;
      /** Gold field values inside those documents. */
      values: number;
      goldValues: number;
    };
  };
  files: FileScore[];
  mismatches: Mismatch[];
}

/** Options of {@link scoreImport}. */
export interface ScoreOptions {
  /** Folder the gold file's paths are relative to (the benchmark folder). */
  folder: string;
  /** Largest start-line difference of a boundary match. Default 2. */
  tolerance?: number;
}

const KINDS = Object.keys(FIELD_SPECS) as ImportKind[];
const ID_FIELDS = new Set(['department', 'reportsTo', 'role']);

/** A PRF from counts. */
export function prf(tp: number, predicted: number, gold: number): PRF {
  const precision = predicted ? tp / predicted : null;
  const recall = gold ? tp / gold : null;
  const f1 = precision === null || recall === null ? null : precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, predicted, gold, precision, recall, f1 };
}

function addCounts(into: { tp: number; predicted: number; gold: number }, tp: number, predicted: number, gold: number): void {
  into.tp += tp;
  into.predicted += predicted;
  into.gold += gold;
}

const toPrf = (c: { tp: number; predicted: number; gold: number }) => prf(c.tp, c.predicted, c.gold);
const zero = () => ({ tp: 0, predicted: 0, gold: 0 });

/**
 * The gold file key a source path belongs to: its path relative to `folder`,
 * else the path as given, else its base name when exactly one gold file has it.
 */
export function goldKeyOf(source: string, folder: string, keys: readonly string[]): string | undefined {
  const slashes = (p: string) => p.split(sep).join('/').replace(/\\/g, '/');
  const rel = slashes(relative(resolve(folder), resolve(source)));
  if (keys.includes(rel)) return rel;
  const given = slashes(source).replace(/^\.\//, '');
  if (keys.includes(given)) return given;
  const base = basename(given);
  const byBase = keys.filter((key) => basename(key) === base);
  return byBase.length === 1 ? byBase[0] : undefined;
}

/**
 * Flattens an import result into predicted documents per gold file. A kept
 * document's recorded duplicates become predictions of the same type carrying
 * the kept copy's fields. Sources that belong to no gold file are returned apart.
 */
export function collectPredictions(
  result: ImportResult,
  folder: string,
  keys: readonly string[],
): { byFile: Map<string, PredictedDocument[]>; unknownSources: Map<string, number> } {
  const byFile = new Map<string, PredictedDocument[]>(keys.map((key) => [key, []]));
  const unknownSources = new Map<string, number>();
  const add = (source: string, prediction: Omit<PredictedDocument, 'file'>) => {
    const file = goldKeyOf(source, folder, keys);
    if (file === undefined) unknownSources.set(source, (unknownSources.get(source) ?? 0) + 1);
    else byFile.get(file)!.push({ file, ...prediction });
  };
  for (const document of result.documents) {
    // Drafts the importer made to hold a reference were not found in the source.
    if (document.derived) continue;
    const title = document.title;
    add(document.source, { start: document.startLine, end: document.endLine, title, type: document.kind, document });
    const keeper = { file: goldKeyOf(document.source, folder, keys) ?? document.source, start: document.startLine };
    for (const copy of document.duplicates) {
      add(copy.source, { start: copy.startLine, end: copy.endLine, title, type: document.kind, document, duplicateOf: keeper });
    }
  }
  for (const dropped of result.dropped) {
    add(dropped.source, { start: dropped.startLine, end: dropped.endLine, title: dropped.title, type: 'drop', reason: dropped.reason });
  }
  for (const list of byFile.values()) list.sort((a, b) => a.start - b.start || a.end - b.end);
  return { byFile, unknownSources };
}

/**
 * One-to-one matching of documents by start line: every pair within
 * `tolerance` lines is a candidate; the closest pairs are taken first
 * (ties: earlier gold document, then earlier prediction).
 */
export function matchBoundaries(
  gold: readonly GoldDocument[],
  predicted: readonly PredictedDocument[],
  tolerance = 2,
): { pairs: BoundaryPair[]; unmatchedGold: GoldDocument[]; unmatchedPredicted: PredictedDocument[] } {
  const candidates: Array<{ g: number; p: number; distance: number }> = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      const distance = Math.abs(g.start - p.start);
      if (distance <= tolerance) candidates.push({ g: gi, p: pi, distance });
    }),
  );
  candidates.sort((a, b) => a.distance - b.distance || gold[a.g]!.start - gold[b.g]!.start || predicted[a.p]!.start - predicted[b.p]!.start || a.g - b.g || a.p - b.p);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: Array<{ g: number; p: number }> = [];
  for (const c of candidates) {
    if (usedGold.has(c.g) || usedPredicted.has(c.p)) continue;
    usedGold.add(c.g);
    usedPredicted.add(c.p);
    pairs.push(c);
  }
  pairs.sort((a, b) => gold[a.g]!.start - gold[b.g]!.start);
  return {
    pairs: pairs.map(({ g, p }) => ({ gold: gold[g]!, predicted: predicted[p]! })),
    unmatchedGold: gold.filter((_, i) => !usedGold.has(i)),
    unmatchedPredicted: predicted.filter((_, i) => !usedPredicted.has(i)),
  };
}

/** Value at a dotted path (`qualifications.basic`) of a plain object. */
function atPath(object: unknown, path: string): unknown {
  let value: unknown = object;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Text of one list item: a string, or the text/name/action of an object. */
function itemText(item: unknown): string | undefined {
  const direct = scalarText(item);
  if (direct !== undefined) return direct;
  if (item && typeof item === 'object') {
    const record = item as Record<string, unknown>;
    for (const key of ['text', 'name', 'action', 'title']) {
      const text = scalarText(record[key]);
      if (text !== undefined) return text;
    }
  }
  return undefined;
}

/**
 * The predicted values of a field, as raw strings. Id fields are read from
 * `names` (falling back to the frontmatter); lists of objects give their
 * text (responsibilities[].text, kpis[].name, steps[].action, metrics[].name).
 * A scalar the extractor flagged (a flag on the field or a parent path) counts
 * as absent: it was filled in to satisfy the schema, not found.
 */
export function predictedValues(document: ImportedDocument, field: string, shape: 'scalar' | 'list'): string[] {
  if (shape === 'list') {
    const value = atPath(document.frontmatter, field);
    if (!Array.isArray(value)) return [];
    return value.map(itemText).filter((text): text is string => text !== undefined);
  }
  const flagged = document.flags.some((flag) => flag.field !== undefined && (flag.field === field || field.startsWith(`${flag.field}.`)));
  if (flagged) return [];
  const named = ID_FIELDS.has(field) ? document.names[field as keyof ImportedDocument['names']] : undefined;
  const text = named ?? scalarText(atPath(document.frontmatter, field));
  return text === undefined ? [] : [text];
}

/** Result of comparing one field's values. */
export interface ValueComparison {
  tp: number;
  predicted: number;
  gold: number;
  /** Gold values with no match, as written in the gold file. */
  missing: string[];
  /** Predicted values with no match, as predicted. */
  extra: string[];
}

/**
 * Compares gold and predicted values of one field. Absent values (empty or
 * 待填写 after normalisation) are left out. A scalar matches when equal after
 * normalisation; a list item matches at most one item of the other side, when
 * equal, or when one contains the other and the shorter is at least
 * `minRatio` of the longer's length. Exact matches are paired first, then the
 * closest containments.
 */
export function compareValues(goldValues: readonly string[], predicted: readonly string[], shape: 'scalar' | 'list', minRatio = 0.8): ValueComparison {
  const g = goldValues.map((raw) => ({ raw, norm: normalizeValue(raw) })).filter((v) => v.norm);
  const p = predicted.map((raw) => ({ raw, norm: normalizeValue(raw) })).filter((v) => v.norm);
  const candidates: Array<{ gi: number; pi: number; score: number }> = [];
  g.forEach((gv, gi) =>
    p.forEach((pv, pi) => {
      if (gv.norm === pv.norm) candidates.push({ gi, pi, score: 2 });
      else if (shape === 'list') {
        const [short, long] = gv.norm.length <= pv.norm.length ? [gv.norm, pv.norm] : [pv.norm, gv.norm];
        const ratio = short.length / long.length;
        if (ratio >= minRatio && long.includes(short)) candidates.push({ gi, pi, score: ratio });
      }
    }),
  );
  candidates.sort((a, b) => b.score - a.score || a.gi - b.gi || a.pi - b.pi);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  for (const c of candidates) {
    if (usedG.has(c.gi) || usedP.has(c.pi)) continue;
    usedG.add(c.gi);
    usedP.add(c.pi);
  }
  return {
    tp: usedG.size,
    predicted: p.length,
    gold: g.length,
    missing: g.filter((_, i) => !usedG.has(i)).map((v) => v.raw),
    extra: p.filter((_, i) => !usedP.has(i)).map((v) => v.raw),
  };
}

const ref = (d: { start: number; end: number; type: GoldType; title: string }): DocRef => ({ start: d.start, end: d.end, type: d.type, title: d.title });

/** Gold values of a field as a list of raw strings. */
function goldValuesOf(document: GoldDocument, field: string): string[] {
  const value = document.fields?.[field];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** Scores an import result against gold labels. See the module comment for the rules. */
export function scoreImport(result: ImportResult, gold: Gold, options: ScoreOptions): BenchScore {
  const tolerance = options.tolerance ?? 2;
  const keys = Object.keys(gold.files);
  const { byFile, unknownSources } = collectPredictions(result, options.folder, keys);
  const mismatches: Mismatch[] = [];
  for (const [source, documents] of unknownSources) mismatches.push({ kind: 'unknown-source', source, documents });

  const boundary = zero();
  let endsWithinTolerance = 0;
  const typeCounts = Object.fromEntries(GOLD_TYPES.map((t) => [t, zero()])) as Record<GoldType, ReturnType<typeof zero>>;
  const confusion: Record<string, Record<string, number>> = {};
  const bump = (g: string, p: string) => {
    confusion[g] ??= {};
    confusion[g][p] = (confusion[g][p] ?? 0) + 1;
  };
  const fieldCounts = Object.fromEntries(KINDS.map((k) => [k, Object.fromEntries(Object.keys(FIELD_SPECS[k]).map((f) => [f, zero()]))])) as Record<
    ImportKind,
    Record<string, ReturnType<typeof zero>>
  >;
  const coverage = { documents: 0, goldDocuments: 0, values: 0, goldValues: 0 };
  const files: FileScore[] = [];

  for (const key of keys) {
    const goldDocs = gold.files[key]!.documents;
    const predicted = byFile.get(key) ?? [];
    const fileError = result.files.find((f) => f.error && goldKeyOf(f.path, options.folder, keys) === key)?.error;
    if (fileError) mismatches.push({ kind: 'file-error', file: key, message: fileError });

    const { pairs, unmatchedGold, unmatchedPredicted } = matchBoundaries(goldDocs, predicted, tolerance);
    addCounts(boundary, pairs.length, predicted.length, goldDocs.length);
    endsWithinTolerance += pairs.filter((pair) => Math.abs(pair.gold.end - pair.predicted.end) <= tolerance).length;

    for (const p of predicted) typeCounts[p.type].predicted++;
    for (const g of goldDocs) typeCounts[g.type].gold++;
    for (const g of unmatchedGold) {
      bump(g.type, '(missed)');
      mismatches.push({ kind: 'missed', file: key, gold: ref(g) });
    }
    for (const p of unmatchedPredicted) {
      bump('(spurious)', p.type);
      mismatches.push({ kind: 'spurious', file: key, predicted: ref(p) });
    }

    const fileFields = zero();
    let typeCorrect = 0;
    const correctPairs = new Set<GoldDocument>();
    for (const { gold: g, predicted: p } of pairs) {
      bump(g.type, p.type);
      if (g.type !== p.type) {
        mismatches.push({ kind: 'type', file: key, gold: ref(g), predicted: ref(p) });
        continue;
      }
      typeCorrect++;
      typeCounts[g.type].tp++;
      correctPairs.add(g);
      if (g.type === 'drop' || !p.document) continue;
      const kind = g.type;
      for (const [field, shape] of Object.entries(FIELD_SPECS[kind])) {
        const comparison = compareValues(goldValuesOf(g, field), predictedValues(p.document, field, shape), shape);
        addCounts(fieldCounts[kind][field]!, comparison.tp, comparison.predicted, comparison.gold);
        addCounts(fileFields, comparison.tp, comparison.predicted, comparison.gold);
        if (comparison.missing.length || comparison.extra.length) {
          mismatches.push({ kind: 'field', file: key, gold: ref(g), field, missing: comparison.missing, extra: comparison.extra });
        }
      }
    }

    for (const g of goldDocs) {
      if (g.type === 'drop') continue;
      const values = Object.keys(FIELD_SPECS[g.type]).reduce((n, field) => n + goldValuesOf(g, field).filter((v) => normalizeValue(v)).length, 0);
      coverage.goldDocuments++;
      coverage.goldValues += values;
      if (correctPairs.has(g)) {
        coverage.documents++;
        coverage.values += values;
      }
    }

    files.push({
      file: key,
      ...(fileError ? { error: fileError } : {}),
      goldDocuments: goldDocs.length,
      predictedDocuments: predicted.length,
      boundaryMatches: pairs.length,
      typeCorrect,
      fields: toPrf(fileFields),
    });
  }

  const typeTotal = zero();
  for (const t of GOLD_TYPES) addCounts(typeTotal, typeCounts[t].tp, typeCounts[t].predicted, typeCounts[t].gold);
  const fieldTotal = zero();
  const byType = {} as Record<ImportKind, TypeFieldScore>;
  for (const kind of KINDS) {
    const kindTotal = zero();
    const byField: Record<string, PRF> = {};
    for (const [field, counts] of Object.entries(fieldCounts[kind])) {
      byField[field] = toPrf(counts);
      addCounts(kindTotal, counts.tp, counts.predicted, counts.gold);
    }
    addCounts(fieldTotal, kindTotal.tp, kindTotal.predicted, kindTotal.gold);
    byType[kind] = { overall: toPrf(kindTotal), byField };
  }

  return {
    boundaries: { ...toPrf(boundary), tolerance, endsWithinTolerance },
    types: {
      overall: toPrf(typeTotal),
      byType: Object.fromEntries(GOLD_TYPES.map((t) => [t, toPrf(typeCounts[t])])) as Record<GoldType, PRF>,
      confusion,
    },
    fields: { overall: toPrf(fieldTotal), byType, coverage },
    files,
    mismatches,
  };
}
