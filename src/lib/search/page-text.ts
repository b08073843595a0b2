/**
 * Reads the searchable text of a built page. Pages opt in by marking their
 * <main> with `data-search-type` (岗位 / 流程 / 制度 / 报告 / 部门); parts marked
 * `data-search-ignore` (breadcrumbs, table of contents, diagrams, field labels) are left out.
 *
 * Element boundaries are kept as line breaks, which search treats as hard
 * separators (a phrase never runs across them): block elements (cells, list
 * items, paragraphs …) always, inline elements (badges, links) when they sit
 * next to another element or are set apart by whitespace. An inline element
 * touching text directly ("由<a>运营经理</a>负责") stays part of that text run.
 * Line breaks and other whitespace inside a text node are a plain space.
 */
import { Parser } from 'htmlparser2';

export interface PageText {
  title: string;
  /** Text of the h2/h3 headings, in order. */
  headings: string[];
  /** All searchable text, title and headings included, in reading order; '\n' separates element runs. */
  text: string;
  /** Where the text after the title (h1) starts: the page's opening words follow. */
  afterTitle: number;
  type: string;
  department: string;
  /** The entry's state for ranking, from `data-search-status`: a policy's lifecycle state (`in-force`, `replaced` …), another kind's status; empty when the page has none. */
  status: string;
  lang: string;
}

const BLOCK = new Set(['p', 'div', 'li', 'tr', 'td', 'th', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'header', 'br', 'ol', 'ul', 'table', 'figure', 'blockquote', 'pre', 'article', 'details', 'summary']);
const VOID = new Set(['br', 'img', 'hr', 'input', 'meta', 'link', 'source', 'wbr', 'col', 'area', 'base', 'embed', 'param', 'track']);

/** Extracts the searchable text of `html`, or null when the page is not searchable. */
export function extractPageText(html: string): PageText | null {
  let lang = '';
  let type: string | undefined;
  let department = '';
  let status = '';
  let depth = 0; // element depth inside <main>
  let ignoreDepth = 0; // depth at which an ignored subtree started (0 = none)
  let headingTag: string | undefined;
  let heading = '';
  let title = '';
  const headings: string[] = [];
  let text = '';
  let afterTitle = 0;
  /**
   * What the text ends with, for inline element edges: nothing yet in this run
   * ('start'), a letter or sign ('text'), whitespace ('space'), or the closing
   * tag of an inline element ('closed').
   */
  let edge: 'start' | 'text' | 'space' | 'closed' = 'start';
  const boundary = () => {
    text += '\n';
    edge = 'start';
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'html') lang = attributes.lang ?? '';
        if (name === 'main' && attributes['data-search-type'] !== undefined) {
          type = attributes['data-search-type'];
          department = attributes['data-search-department'] ?? '';
          status = attributes['data-search-status'] ?? '';
          depth = 1;
          return;
        }
        if (!depth) return;
        if (!VOID.has(name)) depth++;
        if (ignoreDepth) return;
        if (attributes['data-search-ignore'] !== undefined || name === 'svg' || name === 'script' || name === 'style' || /\bvisually-hidden\b/.test(attributes.class ?? '')) {
          // What stood before and after a left-out part (a label, a diagram) is not one run.
          ignoreDepth = depth;
          boundary();
          return;
        }
        if (BLOCK.has(name) || edge === 'space' || edge === 'closed') boundary();
        if (/^h[1-3]$/.test(name)) {
          headingTag = name;
          heading = '';
        }
      },
      ontext(data) {
        if (!depth || ignoreDepth) return;
        const run = data.replace(/\s+/g, ' ');
        if (!run) return;
        if (edge === 'closed' && run.startsWith(' ')) boundary();
        text += run;
        edge = run.endsWith(' ') ? (edge === 'start' && run === ' ' ? 'start' : 'space') : 'text';
        if (headingTag) heading += data;
      },
      onclosetag(name) {
        if (!depth) return;
        if (VOID.has(name)) return;
        if (ignoreDepth && depth === ignoreDepth) {
          ignoreDepth = 0;
          depth--;
          boundary();
          return;
        }
        depth--;
        if (ignoreDepth) return;
        if (name === headingTag) {
          const clean = heading.replace(/\s+/g, ' ').trim();
          if (name === 'h1' && !title) {
            title = clean;
            afterTitle = text.length;
          }
          else if (clean) headings.push(clean);
          headingTag = undefined;
        }
        if (BLOCK.has(name)) boundary();
        else if (edge === 'text') edge = 'closed';
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  if (type === undefined) return null;
  const squeeze = (s: string) => s.replace(/[ \t\r\f\v]+/g, ' ').replace(/\s*\n\s*/g, '\n');
  return {
    title,
    headings,
    text: squeeze(text).trim(),
    afterTitle: squeeze(text.slice(0, afterTitle)).trimStart().length,
    type,
    department,
    status,
    lang,
  };
}
