/**
 * The importer's data model: what flows between its stages.
 *
 *   read/decode  → SourceText      (one per input file; lines with their source line numbers)
 *   clean        → SourceText      (noise removed, placeholders marked; messages on the VFile)
 *   split        → RawDocument[]   (one per document found in the file; off-topic ones dropped)
 *   structure    → mdast Root      (headings and nested lists rebuilt from the numbering)
 *   classify/extract → Extraction  (collection, frontmatter, body, confidence, flags)
 *   normalise/dedupe → ImportedDocument[]
 *   emit         → files + ImportReport
 *
 * Every stage records what it did as vfile messages (with `line` positions
 * pointing into the *source* file), so the import report can say "line 120:
 * repaired GBK shift" or "line 300–420: dropped, a résumé".
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';

/** One line of source text, as decoded, with where it came from. */
export interface SourceLine {
  /** 1-based line in the source file (for .docx/.html: 1-based block number). */
  line: number;
  text: string;
  /**
   * Structure the source format itself told us (Word heading styles, HTML
   * `<h1>`–`<h6>`, list items). Plain text has none: structure is inferred.
   */
  hint?: { heading?: number; listItem?: { ordered: boolean; depth: number } };
  /**
   * Set when the line is a row of a table (a Word or HTML table, or columns
   * aligned with spaces or tabs in plain text). `text` then holds the cells
   * joined by a tab, so a row stays one line and is never run into its
   * neighbours; later stages read `table.cells`.
   */
  table?: TableRowInfo;
}

/** Where a table row sits in its table, and its cells. */
export interface TableRowInfo {
  /** Rows with the same number belong to one table (numbered from 1 within a file). */
  table: number;
  /** 0-based row within the table; row 0 is usually the header. */
  row: number;
  /**
   * Cell texts in column order. A cell spanning several columns is followed by
   * empty cells, and one spanning several rows is repeated in them, so columns line up.
   */
  cells: string[];
}

/** A decoded input file. `file.path` is the source path; messages go on `file`. */
export interface SourceText {
  file: VFile;
  /** Detected encoding, e.g. `UTF-8`, `GB18030`, `Big5`, `UTF-16LE`, or the format (`docx`, `html`). */
  encoding: string;
  lines: SourceLine[];
}

/** Collections the importer can produce. */
export type ImportKind = 'role' | 'department' | 'procedure' | 'policy' | 'report';

/** A document found inside a source file, before structure is inferred. */
export interface RawDocument {
  /** Source file path (as given on the command line, relative when possible). */
  source: string;
  /** Title line as found (may be empty when the document has no title). */
  title: string;
  /** 1-based source line range, inclusive. */
  startLine: number;
  endLine: number;
  lines: SourceLine[];
  /** 'zh-CN' or 'zh-HK' — the script the document is written in. */
  lang: 'zh-CN' | 'zh-HK';
}

/** A document the splitter set aside, with the reason shown in the report. */
export interface DroppedDocument {
  source: string;
  title: string;
  startLine: number;
  endLine: number;
  /** Short Chinese reason, e.g. 与运营管理无关(个人简历). */
  reason: string;
}

/** Something a human must look at, anchored to a source line. */
export interface Flag {
  line?: number;
  /** Field the flag concerns (frontmatter path such as `kpis` or `period`), if any. */
  field?: string;
  /** Chinese message for HR, e.g. 未能识别所属部门,已按“运营部”暂填,请核对. */
  message: string;
  /**
   * What sort of flag it is (e.g. `placeholder`, `merged-documents`,
   * `table-not-understood`, `title-guessed`), so the report can show many of
   * one sort as one line with a count. Without it, flags with the same
   * message are grouped.
   */
  kind?: string;
}

/**
 * What the extractor made of one structured document.
 * `frontmatter` must pass the collection's schema (status `draft`).
 * Values the extractor could not find are *not* guessed: required text fields
 * get the placeholder {@link TO_FILL} and a flag; optional ones are left out.
 */
export interface Extraction {
  kind: ImportKind;
  /** 0–1: how sure the classifier is of `kind`. */
  confidence: number;
  frontmatter: Record<string, unknown>;
  /** MDX body: what was not turned into fields stays here, as Markdown. */
  body: Root;
  flags: Flag[];
  /**
   * Human-readable names behind id fields, for the report and the gold
   * benchmark (e.g. department 运营部 before it is mapped to an id).
   */
  names: { department?: string; reportsTo?: string; role?: string };
  /**
   * Fields that must hold an entry id but were found as a Chinese name
   * (所属部门 运营部, 直接上级 运营经理, a step's actor 保安部). The extractor
   * writes the name at `path` in `frontmatter`; the resolver replaces it with
   * the id of a matching handbook entry, or flags it.
   */
  refs: Array<{ path: Array<string | number>; collection: 'departments' | 'roles'; name: string }>;
}

/** A document ready to be written. */
export interface ImportedDocument extends Extraction {
  source: string;
  startLine: number;
  endLine: number;
  title: string;
  lang: 'zh-CN' | 'zh-HK';
  /** The document's source text after cleaning (what de-duplication compares); not written. */
  text?: string;
  /** Content hash of the normalised text, used for de-duplication and idempotency. */
  fingerprint: string;
  /** Repairs made to the text (decoding, layout, script), one Chinese line each, for the report. */
  repairs: string[];
  /** True for an entry the importer made up to hold a reference (a department draft), not found in the source. */
  derived?: boolean;
  /** Other copies of the same document (kept out of the output). */
  duplicates: Array<{ source: string; startLine: number; endLine: number }>;
  /** Where it was (or would be) written, relative to the output folder; set by emit. */
  outputPath?: string;
  /**
   * What emit did: written; already imported by an earlier run (unchanged);
   * would be written (dry run); or not written because it failed the schema.
   */
  outcome?: 'written' | 'unchanged' | 'would-write' | 'invalid';
  /** Why the document could not be written (schema problems, in Chinese). */
  error?: string;
}

/** Placeholder for a required value the importer could not find. */
export const TO_FILL = '待填写';

/** Where a file's characters went (whitespace not counted), so nothing disappears unaccounted. */
export interface FileCharacters {
  /** In the file as decoded. */
  total: number;
  /** In documents found and imported (before de-duplication across files). */
  kept: number;
  /** In documents set aside, by reason. */
  setAside: Record<string, number>;
  /** Deleted by the cleaner as noise, by rule. */
  noise: Record<string, number>;
}

/** Everything one import run found, whether or not it wrote files. */
export interface ImportResult {
  documents: ImportedDocument[];
  dropped: DroppedDocument[];
  /**
   * Per input file: how it was read, or why it could not be (`error`), where
   * its characters went, and `problems` that make the run fail although the
   * file was read (no documents, too much deleted, a stage that failed on
   * some lines).
   */
  files: Array<{
    path: string;
    encoding?: string;
    error?: string;
    documents: number;
    messages: string[];
    characters?: FileCharacters;
    problems?: string[];
    /** Warnings about the file as a whole (reading, cleaning), with their lines, for the report. */
    flags?: Flag[];
  }>;
}

/** Options every stage may look at. */
export interface ImportContext {
  /** Date of the run (YYYY-MM-DD), used for `updated` and flagged defaults. */
  today: string;
}

// Structured documents keep each heading's and item's original numbering label (一、 / (1) / ①).
declare module 'mdast' {
  interface HeadingData {
    /** Numbering label as written in the source, e.g. `一、`; '' for an unnumbered section name. */
    label?: string;
  }
  interface ListItemData {
    /** Numbering label as written in the source, e.g. `(1)` or `第三条`. */
    label?: string;
  }
}
