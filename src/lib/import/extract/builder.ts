/**
 * Bookkeeping shared by the extractors: flags, references to other entries,
 * required fields that were not found (which lower the confidence), and which
 * blocks were turned into fields (the rest stays in the body).
 */
import type { Root, RootContent } from 'mdast';
import type { Extraction, Flag, ImportContext, ImportKind } from '../model.ts';
import { sectionsOf, type DocumentInput, type Section } from './tree.ts';

/** Input of an extractor: a structured document and the run's context. */
export interface ExtractInput extends DocumentInput {
  ctx: ImportContext;
}

/** Options of an extractor. */
export interface ExtractOptions {
  /** The classifier's confidence in the kind; 1 when the caller chose the kind. */
  confidence?: number;
}

/** How much each missing required field lowers the confidence (multiplicatively). */
export const MISSING_FIELD_PENALTY = 0.15;

/** Collects what one extractor found out beside the frontmatter. */
export class ExtractionDraft {
  readonly flags: Flag[] = [];
  readonly refs: Extraction['refs'] = [];
  readonly names: Extraction['names'] = {};
  private missing = 0;
  private readonly consumed = new Set<RootContent>();

  readonly kind: ImportKind;
  readonly input: ExtractInput;
  private readonly confidence: number;

  constructor(kind: ImportKind, input: ExtractInput, confidence: number) {
    this.kind = kind;
    this.input = input;
    this.confidence = confidence;
  }

  /** Something a human must check. */
  flag(message: string, field?: string, line?: number): void {
    if (this.flags.some((f) => f.message === message && f.field === field && f.line === line)) return;
    this.flags.push({ message, ...(field !== undefined ? { field } : {}), ...(line !== undefined ? { line } : {}) });
  }

  /** A required field that was not found: flagged, and the confidence drops. */
  missingField(field: string, message: string, line?: number): void {
    this.missing += 1;
    this.flag(message, field, line);
  }

  /** Records that `frontmatter` holds the Chinese name `name` at `path`, to be replaced by an id. */
  ref(path: Array<string | number>, collection: 'departments' | 'roles', name: string): void {
    this.refs.push({ path, collection, name });
  }

  /** Marks blocks as turned into fields: they leave the body. */
  consume(...blocks: ReadonlyArray<RootContent | undefined>): void {
    for (const block of blocks) if (block) this.consumed.add(block);
  }

  /** Marks a whole section (heading, content, subsections) as turned into fields. */
  consumeSection(section: Section): void {
    this.consume(section.heading, ...section.content);
    for (const child of section.children) this.consumeSection(child);
  }

  /**
   * The body: the document without consumed blocks. A heading whose section
   * is left empty goes too, so the body has no orphan headings.
   */
  body(): Root {
    const keep = (section: Section): RootContent[] => {
      const content = section.content.filter((block) => !this.consumed.has(block));
      const children = section.children.flatMap((child) => keep(child));
      if (!section.heading) return [...content, ...children];
      if (this.consumed.has(section.heading) || (content.length === 0 && children.length === 0)) return children;
      return [section.heading, ...content, ...children];
    };
    return { type: 'root', children: keep(sectionsOf(this.input.root)) };
  }

  /** The finished extraction; confidence falls by {@link MISSING_FIELD_PENALTY} per missing required field. */
  finish(frontmatter: Record<string, unknown>, body: Root = this.body()): Extraction {
    const confidence = Math.max(0.05, Math.round(this.confidence * (1 - MISSING_FIELD_PENALTY) ** this.missing * 100) / 100);
    return {
      kind: this.kind,
      confidence,
      frontmatter,
      body,
      flags: this.flags,
      names: this.names,
      refs: this.refs,
    };
  }
}

/** The fields every draft carries: status draft, the document's script, the run's date. */
export function draftCore(input: ExtractInput): { status: 'draft'; lang: 'zh-CN' | 'zh-HK'; updated: string } {
  return { status: 'draft', lang: input.lang, updated: input.ctx.today };
}
