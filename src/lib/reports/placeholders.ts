/**
 * The placeholder convention of report drafts.
 *
 * - In MDX a value still to be written is the component `<Fill hint="目标值" />`.
 *   The report page renders it as a marked “待填写:目标值”; in Word it becomes
 *   a highlighted “【待填写:目标值】”. The author replaces the whole tag with
 *   the real text; `npm run check` lists every tag left.
 * - Writing guidance is an MDX comment `{/* 提示:… *\/}`: visible in the file
 *   and in the draft downloaded as Word, invisible on the site.
 * - In templates, HR writes a placeholder as `[[目标值]]` and a value the
 *   scaffolder knows as `{部门}` (see templates/README.md).
 */
import { forEachContentLine } from './body-lines.ts';

/** The word shown for an unfilled placeholder. */
export const FILL_WORD = '待填写';

/** Prefix of writing-guidance comments. */
export const HINT_PREFIX = '提示:';

/**
 * Whether a Word file of a report carries the writing hints when nobody says
 * otherwise — the one default of the browser's download and `npm run export`:
 * a draft keeps them (its writer still needs them), a submitted or approved
 * report leaves them out.
 */
export function hintsByDefault(status: unknown): boolean {
  return status === 'draft';
}

/** Text of a placeholder in Word and plain text: 【待填写:目标值】. */
export function fillText(hint: string | undefined): string {
  return `【${FILL_WORD}${hint ? `:${hint}` : ''}】`;
}

/** A hint made safe for a quoted MDX attribute: one line, no straight double quotes. */
function cleanHint(hint: string): string {
  return hint.replace(/\s+/g, ' ').replace(/"/g, '”').trim();
}

/** The MDX of a placeholder: `<Fill hint="目标值" />`. */
export function fillTag(hint: string): string {
  const clean = cleanHint(hint);
  return clean ? `<Fill hint="${clean}" />` : '<Fill />';
}

/** The MDX of a writing-guidance comment: `{/* 提示:… *\/}`. */
export function hintComment(hint: string): string {
  const clean = hint.replace(/\*\//g, '* /').replace(/\s+/g, ' ').trim();
  return `{/* ${HINT_PREFIX}${clean} */}`;
}

const FILL_TAG = /<Fill\b(?:\s+hint\s*=\s*(?:"([^"]*)"|'([^']*)'))?[^>]*?\/?>/g;

export interface FoundPlaceholder {
  /** 1-based line within the searched text. */
  line: number;
  hint: string;
}

/**
 * Every `<Fill … />` in an MDX body, with its line. Fenced code blocks are
 * skipped, since a tag there is an example, not a placeholder.
 */
export function findPlaceholders(body: string): FoundPlaceholder[] {
  const found: FoundPlaceholder[] = [];
  forEachContentLine(body, (text, line) => {
    for (const match of text.matchAll(FILL_TAG)) found.push({ line, hint: match[1] ?? match[2] ?? '' });
  });
  return found;
}

/** Template placeholder `[[目标值]]`. */
export const TEMPLATE_FILL = /\[\[([^\]]*)\]\]/g;
/** Template variable `{部门}`. */
export const TEMPLATE_VARIABLE = /\{([^{}]*)\}/g;
