/** Builders of hand-made importer output for the benchmark tests. */
import type { DroppedDocument, ImportedDocument, ImportKind, ImportResult } from '../../../../src/lib/import/model.ts';

/** An imported document with neutral defaults for everything not given. */
export function imported(
  source: string,
  startLine: number,
  kind: ImportKind,
  extra: Partial<Omit<ImportedDocument, 'source' | 'startLine' | 'kind'>> = {},
): ImportedDocument {
  return {
    source,
    startLine,
    endLine: startLine + 5,
    kind,
    title: `${kind} at ${startLine}`,
    confidence: 1,
    frontmatter: {},
    body: { type: 'root', children: [] },
    flags: [],
    names: {},
    refs: [],
    lang: 'zh-CN',
    fingerprint: `${source}:${startLine}`,
    repairs: [],
    duplicates: [],
    ...extra,
  };
}

/** A dropped document. */
export function dropped(source: string, startLine: number, reason = '与运营管理无关'): DroppedDocument {
  return { source, startLine, endLine: startLine + 3, title: `dropped at ${startLine}`, reason };
}

/** An import result over the given documents. */
export function result(documents: ImportedDocument[], droppedDocuments: DroppedDocument[] = [], files: ImportResult['files'] = []): ImportResult {
  return { documents, dropped: droppedDocuments, files };
}

/** Sets a dotted path in a plain object. */
function setPath(object: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let target = object;
  for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
  target[keys.at(-1)!] = value;
}

/** Which key holds the text of each list-of-objects field. */
const OBJECT_LISTS: Record<string, string> = { responsibilities: 'text', kpis: 'name', steps: 'action', 'kpiScheme.metrics': 'name' };

/**
 * A perfect import of the gold labels: every gold document predicted at its
 * lines with its type and fields, written the way the extractor writes them
 * (names for id fields, objects in object lists).
 */
export function oracleResult(gold: import('../../../../src/lib/import/bench/gold.ts').Gold, folder: string): ImportResult {
  const documents: ImportedDocument[] = [];
  const droppedDocuments: DroppedDocument[] = [];
  for (const [file, labels] of Object.entries(gold.files)) {
    const source = `${folder}/${file}`;
    for (const doc of labels.documents) {
      if (doc.type === 'drop') {
        droppedDocuments.push({ source, startLine: doc.start, endLine: doc.end, title: doc.title, reason: doc.reason ?? '' });
        continue;
      }
      const frontmatter: Record<string, unknown> = {};
      const names: ImportedDocument['names'] = {};
      for (const [field, value] of Object.entries(doc.fields ?? {})) {
        if (field === 'department' || field === 'reportsTo') {
          names[field] = value as string;
          setPath(frontmatter, field, 'some-id');
        } else if (OBJECT_LISTS[field] && Array.isArray(value)) {
          setPath(frontmatter, field, value.map((text) => ({ [OBJECT_LISTS[field]!]: text })));
        } else {
          setPath(frontmatter, field, value);
        }
      }
      documents.push(imported(source, doc.start, doc.type, { endLine: doc.end, title: doc.title, frontmatter, names }));
    }
  }
  return result(documents, droppedDocuments);
}
