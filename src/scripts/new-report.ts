/**
 * The 新建报告 page: reads the build-time handbook snapshot and templates
 * (/new/handbook.json), builds the draft with the same module as
 * `npm run new` (src/lib/reports/draft.ts) and downloads it as .mdx or .docx.
 * The Word writer and the Traditional-script converter are loaded only when
 * needed.
 */
import { buildDraft, DraftError, needsTraditional, type Draft } from '../lib/reports/draft.ts';
import { REPORT_KIND_INFO, type KindFlag } from '../lib/reports/kinds.ts';
import {
  defaultPeriod, isoWeeksInYear, makePeriod, periodLabelWithDates, PeriodError, shortChineseDate, todayIso,
  type PeriodUnit, type ReportPeriod,
} from '../lib/reports/periods.ts';
import type { Block, ReportDocument, Run } from '../lib/reports/document.ts';
import type { HandbookSnapshot } from '../lib/reports/snapshot.ts';
import type { ReportTemplate } from '../lib/reports/template.ts';

interface PageData {
  snapshot: HandbookSnapshot;
  templates: Record<KindFlag, ReportTemplate>;
}

const INDEX_LABELS: Record<PeriodUnit, string> = { week: '周次', month: '月份', quarter: '季度', half: '半年', year: '' };

/** Options of the week / month / quarter / half select for a year. */
function indexOptions(unit: PeriodUnit, year: number): { value: number; label: string }[] {
  switch (unit) {
    case 'week':
      return Array.from({ length: isoWeeksInYear(year) }, (_, i) => {
        const period = makePeriod('week', year, i + 1);
        const withYear = period.start.slice(0, 4) !== period.end.slice(0, 4);
        return { value: i + 1, label: `第${i + 1}周(${shortChineseDate(period.start, withYear)}–${shortChineseDate(period.end, withYear)})` };
      });
    case 'month':
      return Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `${i + 1}月` }));
    case 'quarter':
      return ['第一季度', '第二季度', '第三季度', '第四季度'].map((label, i) => ({ value: i + 1, label }));
    case 'half':
      return [{ value: 1, label: '上半年' }, { value: 2, label: '下半年' }];
    default:
      return [];
  }
}

function download(name: string, data: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** An element with text only: form and content text never becomes markup. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function runNodes(runs: Run[]): Node[] {
  return runs.map((run) => {
    if (run.fill) return element('mark', run.text.replace(/^【|】$/g, ''), 'fill');
    let node: Node = document.createTextNode(run.text);
    // Wrap rather than replace, so bold italic text keeps both.
    const wrap = (tag: 'em' | 'strong') => {
      const outer = element(tag);
      outer.append(node);
      node = outer;
    };
    if (run.italic) wrap('em');
    if (run.bold || run.runIn) wrap('strong');
    return node;
  });
}

function blockNode(block: Block): HTMLElement {
  switch (block.type) {
    case 'heading':
      return element(`h${Math.min(block.level + 2, 6)}` as 'h3', block.text);
    case 'hint':
      return element('p', `提示:${block.text}`, 'preview-hint');
    case 'table': {
      const wrap = element('div', undefined, 'table-wrap');
      // Focusable, so a table that scrolls sideways on a phone can be scrolled from the keyboard.
      wrap.tabIndex = 0;
      wrap.setAttribute('role', 'group');
      wrap.setAttribute('aria-label', '表格');
      const table = element('table');
      block.rows.forEach((row, index) => {
        const tr = element('tr');
        for (const cell of row) {
          const td = element(index === 0 ? 'th' : 'td');
          td.append(...runNodes(cell));
          tr.append(td);
        }
        table.append(tr);
      });
      wrap.append(table);
      return wrap;
    }
    case 'paragraph': {
      const p = element('p', undefined, `preview-${block.role}`);
      if (block.depth) p.style.marginInlineStart = `${block.depth * 2}em`;
      if (block.marker) p.append(`${block.marker} `);
      p.append(...runNodes(block.runs));
      return p;
    }
  }
}

/** Draws the report as the Word file will lay it out: title, numbered headings, tables, 待填写 marks, hints. */
function renderPreview(container: HTMLElement, doc: ReportDocument): void {
  container.lang = doc.lang;
  container.replaceChildren(element('p', doc.title, 'preview-title'), ...doc.blocks.map(blockNode));
}

let traditional: ((text: string) => string) | undefined;
async function traditionalConverter(): Promise<(text: string) => string> {
  traditional ??= (await import('../lib/text/script.ts')).toTraditional;
  return traditional;
}

/** Wires up the form on the 新建报告 page. */
export async function enhanceNewReport(form: HTMLFormElement): Promise<void> {
  const field = <T extends Element>(selector: string) => form.querySelector<T>(selector)!;
  const kind = field<HTMLSelectElement>('[name="kind"]');
  const kindHint = field<HTMLElement>('#nr-kind-hint');
  const unit = field<HTMLSelectElement>('[name="unit"]');
  const year = field<HTMLInputElement>('[name="year"]');
  const index = field<HTMLSelectElement>('[name="index"]');
  const indexField = field<HTMLElement>('[data-index-field]');
  const indexLabel = field<HTMLElement>('[data-index-label]');
  const periodDates = field<HTMLElement>('[data-period-dates]');
  const role = field<HTMLSelectElement>('[name="role"]');
  const author = field<HTMLInputElement>('[name="author"]');
  const date = field<HTMLInputElement>('[name="date"]');
  const status = field<HTMLElement>('[data-status]');
  const buttons = [...form.querySelectorAll<HTMLButtonElement>('[data-format]')];
  const result = document.querySelector<HTMLElement>('[data-result]')!;
  const summary = result.querySelector<HTMLElement>('[data-summary]')!;
  const notes = result.querySelector<HTMLElement>('[data-notes]')!;
  const preview = result.querySelector<HTMLElement>('[data-preview]')!;
  const rendered = result.querySelector<HTMLElement>('[data-rendered-preview]')!;

  let data: PageData;
  try {
    const response = await fetch(form.dataset.handbook!);
    if (!response.ok) throw new Error(String(response.status));
    data = (await response.json()) as PageData;
  } catch {
    status.textContent = '手册内容载入失败,请刷新页面重试。';
    status.classList.add('is-error');
    return;
  }

  const today = todayIso();
  date.value = today;
  const departments = [...data.snapshot.departments].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name, 'zh-CN'));
  for (const department of departments) {
    const roles = data.snapshot.roles.filter((r) => r.department === department.id);
    if (roles.length === 0) continue;
    const group = document.createElement('optgroup');
    group.label = department.name;
    for (const r of roles.sort((a, b) => a.title.localeCompare(b.title, 'zh-CN'))) group.append(new Option(`${r.title}(${r.id})`, r.id));
    role.append(group);
  }

  const fillIndex = (keep?: number) => {
    const options = indexOptions(unit.value as PeriodUnit, Number(year.value));
    index.replaceChildren(...options.map((o) => new Option(o.label, String(o.value))));
    if (keep !== undefined) index.value = String(Math.min(keep, options.length));
    indexField.hidden = options.length === 0;
    indexLabel.textContent = INDEX_LABELS[unit.value as PeriodUnit];
  };
  const applyDefaultPeriod = () => {
    const period = defaultPeriod(unit.value as PeriodUnit, date.value || today, REPORT_KIND_INFO[kind.value as KindFlag].looksBack);
    year.value = String(period.year);
    fillIndex(period.index);
  };
  const currentPeriod = (): ReportPeriod => {
    const y = Number(year.value);
    if (!Number.isInteger(y) || !year.value) throw new PeriodError('请填写 4 位年份,例如 2026');
    return makePeriod(unit.value as PeriodUnit, y, unit.value === 'year' ? 1 : Number(index.value));
  };

  let draft: Draft | undefined;
  /** Rebuilds the draft from the form; returns the problem to show, if any. */
  const update = async (): Promise<string | undefined> => {
    draft = undefined;
    let period: ReportPeriod;
    try {
      period = currentPeriod();
      periodDates.textContent = periodLabelWithDates(period);
    } catch (error) {
      periodDates.textContent = '';
      return (error as Error).message;
    }
    if (!role.value) return '请选择岗位。';
    if (!author.value.trim()) return '请填写撰写人姓名。';
    try {
      const toTraditional = needsTraditional(data.snapshot, role.value) ? await traditionalConverter() : undefined;
      draft = buildDraft(
        { kind: kind.value, period, role: role.value, author: author.value, date: date.value },
        { handbook: data.snapshot, templates: data.templates, toTraditional },
      );
    } catch (error) {
      if (error instanceof DraftError) return error.message;
      throw error;
    }
    return undefined;
  };

  const show = async () => {
    kindHint.textContent = REPORT_KIND_INFO[kind.value as KindFlag].description;
    const problem = await update();
    if (!draft) {
      result.hidden = true;
      status.textContent = problem ?? '';
      status.classList.remove('is-error');
      return;
    }
    status.textContent = '';
    result.hidden = false;
    const fills = draft.mdx.match(/<Fill\b/g)?.length ?? 0;
    summary.textContent = `《${draft.title}》,${periodLabelWithDates(draft.period)},共 ${fills} 处待填写。`;
    const lines = [
      ...draft.notes,
      `发布到手册时,文件放在 content/reports/${draft.relativePath}。`,
      data.snapshot.reportIds.includes(draft.id) ? `手册里已有同名报告 ${draft.id},发布前请改用其他文件名。` : '',
    ].filter(Boolean);
    notes.replaceChildren(...lines.map((line) => Object.assign(document.createElement('li'), { textContent: line })));
    preview.textContent = draft.mdx;
    // The reader is loaded on first use (it brings the Markdown parser); a newer change may have come in meanwhile.
    const shown = draft;
    const { reportDocument } = await import('../lib/reports/document.ts');
    if (draft === shown) renderPreview(rendered, reportDocument(shown.mdx, { id: shown.id }));
  };

  kind.addEventListener('change', () => { applyDefaultPeriod(); void show(); });
  unit.addEventListener('change', () => { applyDefaultPeriod(); void show(); });
  year.addEventListener('change', () => { fillIndex(Number(index.value) || 1); void show(); });
  date.addEventListener('change', () => void show());
  for (const control of [index, role]) control.addEventListener('change', () => void show());
  author.addEventListener('input', () => void show());

  const save = async (format: 'docx' | 'mdx') => {
    const problem = await update();
    if (!draft) {
      status.textContent = problem ?? '请检查上面的选项。';
      status.classList.add('is-error');
      (problem?.includes('岗位') ? role : problem?.includes('撰写人') ? author : year).focus();
      return;
    }
    status.classList.remove('is-error');
    const base = draft.fileName.replace(/\.mdx$/, '');
    if (format === 'mdx') {
      download(draft.fileName, draft.mdx, 'text/markdown;charset=utf-8');
      status.textContent = `已下载 ${draft.fileName}。`;
      return;
    }
    status.textContent = '正在生成 Word 文档……';
    const { reportToDocx, DOCX_TYPE } = await import('../lib/reports/docx.ts');
    // No `hints` here: the same default as `npm run export` (a draft keeps its writing hints).
    const bytes = await reportToDocx(draft.mdx, { id: draft.id });
    download(`${base}.docx`, bytes as Uint8Array<ArrayBuffer>, DOCX_TYPE);
    status.textContent = `已下载 ${base}.docx。`;
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void save('docx');
  });
  buttons.find((b) => b.dataset.format === 'mdx')!.addEventListener('click', () => void save('mdx'));

  applyDefaultPeriod();
  for (const button of buttons) button.disabled = false;
  status.textContent = '';
  await show();
}
