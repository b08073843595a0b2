/**
 * Extracts a regulation or scheme (制度 / 办法 / 规定 / 方案 / 细则) into a
 * `policies` entry: document type from the title word, purpose (the clause
 * after 为 in 为…制定本办法), basis (依据《…》), scope (the object of
 * 本办法适用于…), effective date (本办法自…起施行),
 * issuer (发文单位 or the organisation signing at the end), version, and a KPI
 * scheme when the text weighs metrics: weights (a list, a table, or
 * "由A、B…组成,权重分别为40%、20%…"), payout bands (低于75分… 90分以上…),
 * a formula (奖金=奖金基数×绩效得分), the cycle, the deadline (次月10日前)
 * and the approval chain (A → B → C).
 *
 * The chapters and articles themselves stay in the body: they are the text
 * of the rule; the fields only make it searchable and checkable.
 */
import type { Extraction } from '../model.ts';
import { TO_FILL } from '../model.ts';
import { POLICY_TYPES } from '../../schemas/policies.ts';
import { draftCore, ExtractionDraft, type ExtractInput, type ExtractOptions } from './builder.ts';
import {
  approvalChainIn, bandsIn, basisPhrase, effectiveClause, formulaIn, leadingDepartment, metricFromItem, metricsFromCells, metricsFromList, metricsFromSentence,
  purposeClause, purposeSentence, scopeClause, sentences, submissionDeadline, weightCell, weightSum, WEIGHT_HEADER, WEIGHT_SECTION, type Band, type Metric,
} from './fields.ts';
import { ORGANISATION_LABELS, readLabelled } from './labelled.ts';
import { cleanItem, cleanTitle, fold, inScript } from './text.ts';
import { allItemsOf, descendants, linesOf, sectionsOf, tablesOf, type Line } from './tree.ts';

type PolicyType = (typeof POLICY_TYPES)[number];

/** The policy type a title names: the type word nearest its end (管理办法实施细则 → 细则). */
export function policyTypeOf(title: string): PolicyType | undefined {
  const key = fold(title);
  let best: { type: PolicyType; at: number } | undefined;
  for (const type of POLICY_TYPES) {
    const at = key.lastIndexOf(type);
    if (at >= 0 && (!best || at > best.at)) best = { type, at };
  }
  return best?.type;
}

const PURPOSE_SECTION = /^(?:目的|编制目的|制定目的|宗旨)$/u;
const SCOPE_SECTION = /^(?:适用)?范围$|适用范围|适用对象/u;
const METRIC_SECTION = /考核(?:内容|指标|项目|标准|要素)|指标|权重|比重|评分/u;
const ORGANISATION = /(?:有限公司|股份公司|集团|公司|部|办公室|中心|委员会|分公司|分店|管理处)$/u;

/** Assessment cycle of a scheme, from explicit words only. */
export function schemeCycle(text: string): '月度' | '季度' | '半年度' | '年度' | undefined {
  const key = fold(text);
  const stated = /考核周期\s*[为是:]?\s*(?:为|按)?\s*(月|季|半年|年)/u.exec(key)?.[1]
    ?? /(?:按|每)\s*(?:个)?\s*(月|季度?|半年|年)\s*(?:度)?\s*(?:进行)?\s*(?:一次)?\s*(?:考核|评分|评估|兑现|核算)/u.exec(key)?.[1]
    ?? /(?:考核|评分|评估)\s*(?:按|每)\s*(月|季度?|半年|年)/u.exec(key)?.[1]
    ?? /(月度|季度|半年度|年度)\s*(?:绩效)?\s*(?:考核|评分|评估)/u.exec(key)?.[1];
  if (!stated) return undefined;
  if (stated.startsWith('半年')) return '半年度';
  if (stated.startsWith('季')) return '季度';
  if (stated.startsWith('月')) return '月度';
  return '年度';
}

/** The organisation signing at the end (or heading the document), if one stands alone on a line. */
function issuerLine(lines: readonly Line[]): Line | undefined {
  const candidates = [...lines.slice(-4).reverse(), ...lines.slice(0, 1)];
  return candidates.find((line) => line.source === 'paragraph' && line.text.length <= 30 && ORGANISATION.test(fold(line.text).replace(/[\s。]+$/u, '')) && !/[,。;]/u.test(fold(line.text).replace(/[。\s]+$/u, '')));
}

/** The best-supported list of weighted metrics in the document. */
function findMetrics(input: ExtractInput, lines: readonly Line[]): { metrics: Metric[]; line?: number } {
  const top = sectionsOf(input.root);
  const candidates: Array<{ metrics: Metric[]; line?: number }> = [];
  // Tables with a weight column.
  for (const section of [top, ...descendants(top)]) {
    for (const table of tablesOf(section.content)) {
      const header = table.rows[0]?.map((cell) => fold(cell)) ?? [];
      const name = header.findIndex((cell) => /指标|项目|内容|名称|要素/u.test(cell) && !WEIGHT_HEADER.test(cell));
      const weight = header.findIndex((cell) => WEIGHT_HEADER.test(cell));
      const standard = header.findIndex((cell) => /标准|说明|评分|计分/u.test(cell));
      if (name < 0 || weight < 0) continue;
      const metrics = table.rows.slice(1).flatMap((row) => {
        const w = weightCell(row[weight] ?? '');
        const n = cleanItem(row[name] ?? '');
        if (w === undefined || !n) return [];
        const s = standard >= 0 ? cleanItem(row[standard] ?? '') : '';
        return [{ name: n, weight: w, ...(s ? { standard: s } : {}) }];
      });
      candidates.push({ metrics, line: table.line });
    }
  }
  // Items of metric sections, then any items.
  for (const section of descendants(top).filter((s) => METRIC_SECTION.test(s.key))) {
    const items = allItemsOf(section);
    // Points (团队建设 10分) are weights only in a section that says it lists weights.
    const points = WEIGHT_SECTION.test(section.key);
    candidates.push({ metrics: items.map((i) => metricFromItem(i.text, { points })).filter((m): m is Metric => m !== undefined), line: section.line });
    candidates.push({ metrics: metricsFromCells(items.flatMap((i) => i.text.split(/\s+/u))), line: section.line });
    for (const item of items) {
      const metrics = metricsFromList(item.text, { inWeightSection: true });
      if (metrics.length > 0) candidates.push({ metrics, line: item.line });
    }
  }
  const itemLines = lines.filter((l) => l.source === 'item' || l.source === 'paragraph');
  // Outside such sections an item must say that its number is a weight (…,权重20% / …占20%).
  candidates.push({ metrics: itemLines.filter((l) => /权重|比重|占/u.test(fold(l.text))).map((l) => metricFromItem(l.text)).filter((m): m is Metric => m !== undefined) });
  // One line listing each metric with its weight (A40%;B20%;… / A(权重60%)、B(权重25%)…).
  for (const line of itemLines) {
    const metrics = metricsFromList(line.text);
    if (metrics.length > 0) candidates.push({ metrics, line: line.line });
  }
  // One sentence naming the metrics and their weights.
  for (const line of itemLines) {
    for (const sentence of sentences(line.text)) {
      const metrics = metricsFromSentence(sentence.text);
      if (metrics.length > 0) candidates.push({ metrics, line: line.line });
    }
  }
  const complete = candidates.filter((c) => c.metrics.length >= 2 && weightSum(c.metrics) === 100);
  // Prefer complete lists, then those with standards, then longer ones.
  const score = (c: { metrics: Metric[] }) => c.metrics.filter((m) => m.standard).length * 10 + c.metrics.length;
  const best = (complete.length > 0 ? complete : candidates.filter((c) => c.metrics.length >= 2)).sort((a, b) => score(b) - score(a))[0];
  return best ?? { metrics: [] };
}

/** Extracts a `policies` entry. */
export function extractPolicy(input: ExtractInput, options: ExtractOptions = {}): Extraction {
  const draft = new ExtractionDraft('policy', input, options.confidence ?? 1);
  const lang = input.lang;
  const top = sectionsOf(input.root);
  const all = descendants(top);
  const lines = linesOf(input.root);
  const text = lines.map((l) => l.text).join('\n');
  const lineOfText = (fragment: string | undefined) => (fragment ? lines.find((l) => l.text.includes(fragment.slice(0, 12)))?.line : undefined);

  // ---- title and type
  const title = cleanTitle(input.title);
  if (!title) draft.missingField('title', '未找到制度标题,请填写');
  const docType = policyTypeOf(title);
  if (!docType) draft.missingField('docType', '标题中没有“制度/办法/规定/方案/细则”,已暂填“制度”,请核对文件类型');

  // ---- department and issuer
  const { values } = readLabelled(lines, { ...ORGANISATION_LABELS, issuer: ['发文单位', '发布单位', '制定单位', '印发单位', '发文机关', '编制单位'] });
  const stated = values.get('department');
  const departmentName = (stated && !stated.blank ? stated.value : undefined) ?? leadingDepartment(title);
  if (departmentName) draft.names.department = departmentName;
  else draft.flag('未写明所属部门,导入时按手册默认部门暂填,请核对', 'department');
  draft.ref(['department'], 'departments', departmentName ?? '');

  const issuerField = values.get('issuer');
  const signed = issuerLine(lines);
  const issuer = (issuerField && !issuerField.blank ? issuerField.value : undefined) ?? (signed ? cleanItem(signed.text) : undefined);
  if (!issuer) draft.missingField('issuer', '未找到发文单位,请填写(例如 公司总经理办公室)');

  // ---- purpose, basis, scope
  const purposeSection = all.find((s) => PURPOSE_SECTION.test(s.key));
  // The purpose is the clause after 为 and the scope the object of 适用于: the frame
  // (…制定本办法 / 本办法适用于…) stays in the article in the body.
  const purposeText = purposeSection ? allItemsOf(purposeSection).map((i) => i.text).join('') : '';
  const purpose = purposeClause(text) ?? (purposeText ? purposeClause(purposeText) ?? (cleanItem(purposeText).replace(/^为了?/u, '') || undefined) : undefined);
  if (!purpose) draft.missingField('purpose', '未找到制定目的(为……制定本办法),请填写');
  const basis = basisPhrase(purposeSentence(text) ?? '') ?? basisPhrase(text);
  const scopeSection = all.find((s) => SCOPE_SECTION.test(s.key));
  const scopeText = scopeSection ? allItemsOf(scopeSection).map((i) => i.text).join('') : '';
  const scope = scopeClause(text) ?? (scopeText ? scopeClause(scopeText) ?? (cleanItem(scopeText) || undefined) : undefined);
  if (!scope) draft.missingField('scope', '未找到适用范围(本办法适用于……),请填写');

  // ---- effective date
  const clause = effectiveClause(text);
  let effective = input.ctx.today;
  if (clause?.date?.iso) {
    effective = clause.date.iso;
  } else if (clause?.date?.problem) {
    draft.missingField('effective', `施行日期${clause.date.problem},已暂填导入日期,请核对`, lineOfText(clause.sentence));
  } else if (clause && !clause.onIssue) {
    draft.missingField('effective', `“${clause.sentence}”中的施行日期不完整,已暂填导入日期,请填写`, lineOfText(clause.sentence));
  } else if (clause?.onIssue) {
    draft.flag(`“${clause.sentence}”:施行日期为发布之日,已暂填导入日期,请填写实际发布日期`, 'effective', lineOfText(clause.sentence));
  } else {
    draft.missingField('effective', '未找到施行日期(本办法自……起施行),已暂填导入日期,请核对', clause ? lineOfText(clause.sentence) : undefined);
  }

  // ---- version
  const versionMatch = /(?:版本号?|版次)\s*[:]?\s*[vV]?(\d+(?:\.\d+){0,2})/u.exec(fold(text)) ?? /\b[vV](\d+\.\d+(?:\.\d+)?)\b/u.exec(fold(title));
  const version = versionMatch ? (versionMatch[1]!.includes('.') ? versionMatch[1]! : `${versionMatch[1]}.0`) : '1.0';
  if (!versionMatch) draft.flag('未写明版本号,已暂填 1.0', 'version');

  // ---- KPI scheme
  let kpiScheme: Record<string, unknown> | undefined;
  const found = findMetrics(input, lines);
  if (found.metrics.length > 0) {
    const sum = weightSum(found.metrics);
    if (sum !== 100) {
      draft.flag(`找到的考核指标权重合计为 ${sum},不是 100,未生成考核方案,请核对原文`, 'kpiScheme', found.line);
    } else {
      const bands = dedupeBands(lines.flatMap((l) => sentences(l.text).flatMap((s) => bandsIn(s.text))));
      const formula = lines.map((l) => formulaIn(l.text)).find(Boolean);
      const cycle = schemeCycle(`${title}\n${text}`);
      if (!cycle) draft.flag('未写明考核周期,已暂填“月度”,请核对', 'kpiScheme.cycle', found.line);
      const deadline = submissionDeadline(text);
      const approvalChain = lines.map((l) => approvalChainIn(l.text)).find(Boolean) ?? [];
      kpiScheme = {
        metrics: found.metrics.map((m) => ({ name: m.name, weight: m.weight, ...(m.standard ? { standard: m.standard } : {}) })),
        bands,
        ...(formula ? { formula } : {}),
        cycle: inScript(lang, cycle ?? '月度'),
        ...(deadline ? { deadline } : {}),
        approvalChain,
      };
    }
  }

  const frontmatter: Record<string, unknown> = {
    title: title || TO_FILL,
    docType: inScript(lang, docType ?? '制度'),
    department: departmentName ?? '',
    issuer: issuer ?? TO_FILL,
    purpose: purpose ?? TO_FILL,
    ...(basis ? { basis } : {}),
    scope: scope ?? TO_FILL,
    effective,
    version,
    ...(kpiScheme ? { kpiScheme } : {}),
    ...draftCore(input),
  };
  // The articles are the rule itself: the whole document is the body.
  return draft.finish(frontmatter, { type: 'root', children: [...input.root.children] });
}

/** Bands in order of their lower bound, each range once. */
function dedupeBands(bands: Band[]): Band[] {
  const seen = new Set<string>();
  return bands
    .filter((band) => {
      const key = `${band.min}-${band.max ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.min - b.min);
}
