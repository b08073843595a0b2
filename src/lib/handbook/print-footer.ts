/**
 * The running footer of printed books. Chromium fills CSS page-margin boxes
 * (`@page { @bottom-left { content: … } }`) only with strings and page
 * counters, not with text taken from the page, so the footer's text is
 * written into the stylesheet at build time. That works when a reader prints
 * from the browser, not only in our own PDF export.
 */
import { formatChineseDate } from './dates.ts';

export interface FooterFacts {
  title: string;
  /** Handbook edition from site.yaml. */
  version?: string | undefined;
  /** Effective date of the edition (YYYY-MM-DD). */
  effective?: string | undefined;
  /** Build date (YYYY-MM-DD): when the printed text was taken from the handbook. */
  built: string;
}

/** Edition line, e.g. `第 2.1 版 · 2026年10月1日起施行 · 2026年11月22日生成` (the cover shows it under the title). */
export function editionLine(facts: Omit<FooterFacts, 'title'>): string {
  const edition = facts.version ? `第 ${facts.version.replace(/^[vV]/, '')} 版` : '';
  const effective = facts.effective ? `${formatChineseDate(facts.effective)}起施行` : '';
  return [edition, effective, `${formatChineseDate(facts.built)}生成`].filter(Boolean).join(' · ');
}

/** Footer text: the handbook's title, then its edition line. */
export function printFooterText(facts: FooterFacts): string {
  return `${facts.title} · ${editionLine(facts)}`;
}

/** `text` as a CSS string literal: quotes, backslashes and line breaks escaped, so no text can end the rule. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ').replace(/</g, '\\3c ')}"`;
}

/** The `@page` rule with the footer (left) and page number (right) for a printed book. */
export function printFooterCss(facts: FooterFacts): string {
  return [
    '@page {',
    `  @bottom-left { content: ${cssString(printFooterText(facts))}; font-size: 8pt; color: #444; }`,
    '  @bottom-right { content: "第 " counter(page) " 页 / 共 " counter(pages) " 页"; font-size: 8pt; color: #444; }',
    '}',
  ].join('\n');
}
