/**
 * Reads a zod object schema as a tree of editable fields: type, whether it is
 * required, allowed values, reference target and hint (from the metadata the
 * schemas attach with `ref()` and `hint()`). The CMS configuration, the
 * reference checks and the tests all read schemas through this one module.
 */
import { z } from 'astro/zod';
import type { HandbookMeta, RefTarget } from '../schemas/common.ts';

/** What kind of value a field holds. */
export type FieldType =
  | { type: 'string'; pattern?: RegExp }
  | { type: 'number'; integer: boolean; min?: number; max?: number }
  | { type: 'boolean' }
  | { type: 'date' }
  | { type: 'time' }
  | { type: 'enum'; options: string[] }
  | { type: 'ref'; target: RefTarget }
  | { type: 'object'; fields: SchemaField[] }
  | { type: 'list'; item: FieldType; min: number };

/** One field of an object schema. */
export interface SchemaField {
  name: string;
  /** False when the field may be left out (optional or defaulted). */
  required: boolean;
  /** Chinese editor hint from the schema's metadata. */
  description?: string;
  /** Value used when the field is left out, if the schema has one. */
  defaultValue?: unknown;
  value: FieldType;
}

// zod keeps its definitions under `_zod.def`; this is the part we read.
interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  defaultValue?: unknown;
  checks?: Array<{ _zod: { def: Record<string, unknown> } }>;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const metaOf = (schema: z.ZodType): HandbookMeta => (z.globalRegistry.get(schema) ?? {}) as HandbookMeta;
const checksOf = (def: Def) => (def.checks ?? []).map((check) => check._zod.def);

interface Unwrapped {
  required: boolean;
  description?: string;
  defaultValue?: unknown;
  value: FieldType;
}

/** Describes any schema node, peeling optional/default/pipe layers and merging their metadata. */
function describeNode(schema: z.ZodType): Unwrapped {
  const meta = metaOf(schema);
  const def = defOf(schema);
  const inner = (next: z.ZodType, patch: Partial<Unwrapped> = {}): Unwrapped => {
    const result = describeNode(next);
    return { ...result, ...patch, description: meta.description ?? result.description };
  };
  if (meta.ref) return { required: true, description: meta.description, value: { type: 'ref', target: meta.ref } };
  if (meta.format === 'date') return { required: true, description: meta.description, value: { type: 'date' } };
  if (meta.format === 'time') return { required: true, description: meta.description, value: { type: 'time' } };
  switch (def.type) {
    case 'optional':
      return inner(def.innerType!, { required: false });
    case 'default':
      return inner(def.innerType!, { required: false, defaultValue: def.defaultValue });
    case 'pipe':
      // preprocess(fn, enum) and union.transform(...).pipe(string): the output side says what is stored,
      // unless it is a bare transform.
      return inner(defOf(def.out!).type === 'transform' ? def.in! : def.out!);
    case 'union':
      return inner(def.options![0]!);
    case 'string': {
      const regex = checksOf(def).find((check) => check.format === 'regex');
      return { required: true, description: meta.description, value: { type: 'string', ...(regex ? { pattern: regex.pattern as RegExp } : {}) } };
    }
    case 'number': {
      const checks = checksOf(def);
      const bound = (name: string) => checks.find((check) => check.check === name)?.value as number | undefined;
      const min = bound('greater_than');
      const max = bound('less_than');
      return {
        required: true,
        description: meta.description,
        value: { type: 'number', integer: checks.some((check) => check.check === 'number_format'), ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) },
      };
    }
    case 'boolean':
      return { required: true, description: meta.description, value: { type: 'boolean' } };
    case 'date':
      return { required: true, description: meta.description, value: { type: 'date' } };
    case 'enum':
      return { required: true, description: meta.description, value: { type: 'enum', options: Object.values(def.entries!) } };
    case 'object':
      return { required: true, description: meta.description, value: { type: 'object', fields: objectFields(schema) } };
    case 'array': {
      const min = checksOf(def).find((check) => check.check === 'min_length')?.minimum as number | undefined;
      return { required: true, description: meta.description, value: { type: 'list', item: describeNode(def.element!).value, min: min ?? 0 } };
    }
    default:
      throw new Error(`schema-fields: unsupported zod type “${def.type}”`);
  }
}

/** The fields of an object schema, in declaration order (the order files are written in). */
export function objectFields(schema: z.ZodType): SchemaField[] {
  let def = defOf(schema);
  while (def.type !== 'object') {
    if (def.type === 'pipe') def = defOf(def.in!);
    else if (def.innerType) def = defOf(def.innerType);
    else throw new Error(`schema-fields: expected an object schema, got “${def.type}”`);
  }
  return Object.entries(def.shape!).map(([name, field]) => {
    const { required, description, defaultValue, value } = describeNode(field);
    return {
      name,
      required,
      ...(description ? { description } : {}),
      ...(defaultValue !== undefined ? { defaultValue } : {}),
      value,
    };
  });
}

/** A reference field: its dotted path and target collection (`self` = same kind). */
export interface ReferenceField {
  path: string;
  target: RefTarget;
}

/** Every field of a schema that points at another entry, found in the schema's metadata. */
export function referenceFields(fields: SchemaField[], prefix = ''): ReferenceField[] {
  return fields.flatMap((field) => {
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    let value = field.value;
    while (value.type === 'list') value = value.item;
    if (value.type === 'ref') return [{ path, target: value.target }];
    if (value.type === 'object') return referenceFields(value.fields, path);
    return [];
  });
}
