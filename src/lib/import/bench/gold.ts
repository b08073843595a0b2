/**
 * The gold file of the import benchmark: for each source file, the documents
 * a careful human finds in it (line range, type, title) and the field values
 * clearly stated in each.
 *
 *   { "version": 1, "files": { "<path relative to the folder>": { "documents": [
 *       { "start": 3, "end": 18, "type": "role", "title": "…", "fields": { "title": "…", "responsibilities": ["…"] } },
 *       { "start": 19, "end": 60, "type": "drop", "title": "…", "reason": "…" } ] } } }
 */
import { z } from 'astro/zod';
import type { ImportKind } from '../model.ts';

/** Document types a gold label may carry: the importer's collections, or `drop`. */
export const GOLD_TYPES = ['role', 'department', 'procedure', 'policy', 'report', 'drop'] as const;
export type GoldType = (typeof GOLD_TYPES)[number];

/** Whether a scored field holds one value or a list of values. */
export type FieldShape = 'scalar' | 'list';

/**
 * The fields scored per type, as dotted frontmatter paths, in display order.
 * Id fields (department, reportsTo) hold Chinese names in the gold file.
 */
export const FIELD_SPECS: Record<ImportKind, Record<string, FieldShape>> = {
  role: {
    title: 'scalar',
    department: 'scalar',
    level: 'scalar',
    reportsTo: 'scalar',
    responsibilities: 'list',
    'qualifications.basic': 'list',
    'qualifications.preferred': 'list',
    kpis: 'list',
  },
  department: { name: 'scalar', functions: 'list', mustKnow: 'list' },
  procedure: { title: 'scalar', kind: 'scalar', steps: 'list' },
  policy: {
    title: 'scalar',
    docType: 'scalar',
    effective: 'scalar',
    purpose: 'scalar',
    scope: 'scalar',
    'kpiScheme.metrics': 'list',
  },
  report: {
    title: 'scalar',
    kind: 'scalar',
    'period.unit': 'scalar',
    'period.start': 'scalar',
    'period.end': 'scalar',
    author: 'scalar',
  },
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_FIELDS = new Set(['effective', 'period.start', 'period.end']);
const PERIOD_UNITS = ['week', 'month', 'quarter', 'half', 'year'];

const nonEmpty = z.string().trim().min(1, 'must not be empty');

const goldDocumentSchema = z
  .object({
    start: z.number().int().positive(),
    end: z.number().int().positive(),
    type: z.enum(GOLD_TYPES),
    title: z.string(),
    /** Binary files (.docx/.doc/.pdf): the text of the document's first line; see anchors.ts. */
    anchor: z.string().optional(),
    fields: z.record(z.string(), z.union([nonEmpty, z.array(nonEmpty)])).optional(),
    reason: z.string().optional(),
  })
  .strict()
  .superRefine((doc, ctx) => {
    if (doc.end < doc.start) ctx.addIssue({ code: 'custom', path: ['end'], message: `end ${doc.end} is before start ${doc.start}` });
    if (doc.type === 'drop') {
      if (doc.fields && Object.keys(doc.fields).length > 0) {
        ctx.addIssue({ code: 'custom', path: ['fields'], message: 'a dropped document has no fields' });
      }
      return;
    }
    const spec = FIELD_SPECS[doc.type];
    for (const [name, value] of Object.entries(doc.fields ?? {})) {
      const shape = spec[name];
      if (!shape) {
        ctx.addIssue({ code: 'custom', path: ['fields', name], message: `not a scored ${doc.type} field; expected one of ${Object.keys(spec).join(', ')}` });
      } else if (shape === 'list' && !Array.isArray(value)) {
        ctx.addIssue({ code: 'custom', path: ['fields', name], message: 'must be a list of strings' });
      } else if (shape === 'scalar' && Array.isArray(value)) {
        ctx.addIssue({ code: 'custom', path: ['fields', name], message: 'must be a single string' });
      } else if (DATE_FIELDS.has(name) && typeof value === 'string' && !ISO_DATE.test(value)) {
        ctx.addIssue({ code: 'custom', path: ['fields', name], message: `"${value}" is not a YYYY-MM-DD date` });
      } else if (name === 'period.unit' && typeof value === 'string' && !PERIOD_UNITS.includes(value)) {
        ctx.addIssue({ code: 'custom', path: ['fields', name], message: `must be one of ${PERIOD_UNITS.join(', ')}` });
      }
    }
  });

const goldFileSchema = z
  .object({
    documents: z.array(goldDocumentSchema),
  })
  .strict()
  .superRefine((file, ctx) => {
    // Documents are listed in order and do not overlap (a glued title may share one line).
    file.documents.forEach((doc, i) => {
      const previous = file.documents[i - 1];
      if (previous && doc.start < previous.end) {
        ctx.addIssue({ code: 'custom', path: ['documents', i, 'start'], message: `starts at line ${doc.start}, inside the previous document (lines ${previous.start}–${previous.end})` });
      }
    });
  });

/** Zod schema of a whole gold file. */
export const goldSchema = z
  .object({
    version: z.literal(1),
    files: z.record(z.string().min(1), goldFileSchema),
  })
  .strict();

export type GoldDocument = z.infer<typeof goldDocumentSchema>;
export type GoldFileLabels = z.infer<typeof goldFileSchema>;
export type Gold = z.infer<typeof goldSchema>;

/** Renders a zod issue path as `files["a.txt"].documents[2].fields.title`. */
export function formatIssuePath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || '(root)';
}

/**
 * Validates parsed JSON as a gold file. On failure, every problem is listed
 * as `path: message`, the path naming the offending value.
 */
export function parseGold(json: unknown): { ok: true; gold: Gold } | { ok: false; errors: string[] } {
  const parsed = goldSchema.safeParse(json);
  if (parsed.success) return { ok: true, gold: parsed.data };
  return { ok: false, errors: parsed.error.issues.map((issue) => `${formatIssuePath(issue.path)}: ${issue.message}`) };
}
