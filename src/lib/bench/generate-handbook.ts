/**
 * Generates a large, realistic handbook for benchmarks: the demo handbook's
 * departments and roles, plus `count` generated roles, procedures, policies
 * and reports whose sentences are recombined from the demo content. A share
 * of the entries is written in Traditional script (zh-HK).
 *
 * Every generated file passes the handbook checker.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { checkHandbook, type LoadedEntry } from '../content/check.ts';
import { CADENCES, CYCLES, WEEKDAYS } from '../schemas/common.ts';
import { PROCEDURE_KINDS } from '../schemas/procedures.ts';
import { POLICY_TYPES } from '../schemas/policies.ts';
import { LEVELS } from '../schemas/roles.ts';
import { toTraditional } from '../text/script.ts';
import { createRandom, type Random } from './random.ts';

export interface GenerateOptions {
  /** Demo handbook to draw from (with departments/, roles/ …). */
  sourceDir: string;
  /** Folder to write; replaced if it exists. */
  outDir: string;
  /** Number of generated entries (on top of the demo handbook). */
  count: number;
  /** Share of generated entries in Traditional script. */
  traditionalShare?: number;
  seed?: number;
  /** Departments the generated entries belong to (default: all of the source's). */
  departments?: readonly string[];
}

export interface GeneratedHandbook {
  files: number;
  byCollection: Record<string, number>;
}

/** Sentences and other text pieces found in the demo handbook. */
interface Pools {
  sentences: string[];
  headings: string[];
  shortTexts: string[];
  roleIds: string[];
  roleTitles: string[];
  departments: { id: string; name: string }[];
  policyIds: string[];
}

function collectPools(entries: readonly LoadedEntry[]): Pools {
  const sentences = new Set<string>();
  const headings = new Set<string>();
  const shortTexts = new Set<string>();
  const walk = (value: unknown) => {
    if (typeof value === 'string') {
      if (value.length >= 6 && value.length <= 40 && /\p{Script=Han}/u.test(value)) shortTexts.add(value);
      if (value.length > 12) for (const s of value.split(/(?<=[。;;!?!?])/)) if (s.trim().length > 8) sentences.add(s.trim());
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const entry of entries) {
    if ((entry.data as { lang: string }).lang !== 'zh-CN') continue;
    walk(entry.data);
    for (const line of entry.body.split('\n')) {
      const heading = /^#{2,3}\s+(.+)$/.exec(line);
      if (heading) headings.add(heading[1]!.trim());
      else for (const s of line.replace(/^[-*\d.、\s]+|\*\*/g, '').split(/(?<=[。;;!?!?])/)) if (s.trim().length > 8 && !/[{}<>|]/.test(s)) sentences.add(s.trim());
    }
  }
  // Generated entries refer only to published entries: a draft has no page in the production build.
  const published = (e: LoadedEntry) => (e.data as { status?: string }).status !== 'draft';
  const roles = entries.filter((e) => e.collection === 'roles' && published(e));
  return {
    sentences: [...sentences],
    headings: [...headings].filter((h) => !/[{}<>]/.test(h)),
    shortTexts: [...shortTexts].filter((t) => !/[{}<>]/.test(t)),
    roleIds: roles.map((r) => r.id),
    roleTitles: roles.map((r) => (r.data as { title: string }).title),
    departments: entries.filter((e) => e.collection === 'departments').map((d) => ({ id: d.id, name: (d.data as { name: string }).name })),
    policyIds: entries.filter((e) => e.collection === 'policies' && published(e)).map((p) => p.id),
  };
}

const PLACES = ['东区', '西区', '南区', '北区', '一号馆', '二号馆', '三号馆', '地下一层', '美食街', '精品区', '儿童区', '停车场', '写字楼', '公寓区'];

function body(random: Random, pools: Pools, sections: number): string {
  const parts: string[] = [];
  for (let s = 0; s < sections; s++) {
    parts.push(`## ${random.pick(pools.headings)}`);
    for (let p = 0; p < random.int(1, 3); p++) parts.push(random.sample(pools.sentences, random.int(2, 4)).join(''));
    if (random.next() < 0.4) parts.push(random.sample(pools.sentences, random.int(2, 4)).map((x) => `- ${x}`).join('\n'));
  }
  return parts.join('\n\n');
}

/**
 * Numbered level-2 headings a submitted report of each generated kind must
 * have (the required sections of templates/plan.yaml and summary.yaml): the
 * build refuses a submitted report without them, as `npm run check` does.
 */
const REPORT_SECTIONS: Record<string, string[]> = {
  工作计划: ['一、工作目标', '二、主要工作任务', '三、保障措施'],
  工作总结: ['一、基本情况', '二、主要工作和成绩', '三、存在的问题和不足', '四、经验和教训', '五、下一步工作打算'],
};

/** A generated body with its random headings replaced by the report kind's sections, in order (no extra random draws, so other entries stay as they were). */
function asReport(text: string, kind: string): string {
  const contents = text.split(/^## .*$/m).slice(1).map((part) => part.trim());
  return REPORT_SECTIONS[kind]!.map((heading, i) => `## ${heading}\n\n${contents[i] ?? '按计划推进,无特别事项。'}`).join('\n\n');
}

function date(random: Random, year = 2026): string {
  return `${year}-${String(random.int(1, 10)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
}

function file(data: Record<string, unknown>, text: string, traditional: boolean): string {
  const convert = (value: unknown): unknown =>
    typeof value === 'string' ? toTraditional(value) : Array.isArray(value) ? value.map(convert) : value && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, ['department', 'owner', 'reportsTo', 'role', 'actors', 'approval', 'to', 'participants', 'relatedPolicies', 'unit', 'status', 'start', 'end', 'updated', 'date', 'effective', 'version', 'lang'].includes(k) ? v : convert(v)]))
      : value;
  const final = traditional ? { ...(convert(data) as object), lang: 'zh-HK' } : data;
  return `---\n${stringify(final, { lineWidth: 0 })}---\n\n${traditional ? toTraditional(text) : text}\n`;
}

/** Writes the generated handbook to `outDir`. */
export function generateHandbook(options: GenerateOptions): GeneratedHandbook {
  const { sourceDir, outDir, count, traditionalShare = 0.25, seed = 20261122, departments } = options;
  const random = createRandom(seed);
  const source = checkHandbook(sourceDir);
  if (source.problems.some((p) => p.severity === 'error')) throw new Error(`The source handbook ${sourceDir} has errors; run npm run check.`);
  const pools = collectPools(source.entries);
  if (departments) {
    pools.departments = pools.departments.filter((d) => departments.includes(d.id));
    if (pools.departments.length === 0) throw new Error(`None of the departments ${departments.join(', ')} is in ${sourceDir}`);
  }

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  cpSync(sourceDir, outDir, { recursive: true });
  const byCollection: Record<string, number> = { roles: 0, procedures: 0, policies: 0, reports: 0 };
  const kinds = ['roles', 'procedures', 'policies', 'reports'] as const;

  for (let n = 1; n <= count; n++) {
    const kind = kinds[(n - 1) % kinds.length]!;
    const traditional = random.next() < traditionalShare;
    const department = random.pick(pools.departments);
    const owner = random.pick(pools.roleIds);
    const id = `gen-${kind.slice(0, -1)}-${String(n).padStart(5, '0')}`;
    const common = { department: department.id, owner, updated: date(random) };
    let data: Record<string, unknown>;
    if (kind === 'roles') {
      const weights = [40, 30, 20, 10];
      data = {
        title: `${random.pick(pools.roleTitles)}(${random.pick(PLACES)}${n})`,
        code: `G-${n}`, level: random.pick(LEVELS), reportsTo: random.pick(pools.roleIds), headcount: random.int(1, 12),
        summary: random.pick(pools.sentences),
        responsibilities: random.sample(pools.shortTexts, random.int(4, 8)).map((text) => ({ text, cadence: random.pick(CADENCES), standard: random.pick(pools.shortTexts) })),
        qualifications: { basic: random.sample(pools.shortTexts, 3), preferred: random.sample(pools.shortTexts, 2) },
        kpis: random.sample(pools.shortTexts, 4).map((name, i) => ({ name: name.slice(0, 12), weight: weights[i], cycle: random.pick(CYCLES), standard: random.pick(pools.shortTexts) })),
        ...common,
      };
    } else if (kind === 'procedures') {
      const actors = () => random.sample(pools.roleIds, random.int(1, 2));
      data = {
        title: `${random.pick(pools.headings).slice(0, 10)}流程(${random.pick(PLACES)}${n})`,
        kind: random.pick(PROCEDURE_KINDS), summary: random.pick(pools.sentences), participants: random.sample(pools.roleIds, 3),
        schedule: { frequency: random.pick(CADENCES), times: [`${String(random.int(8, 20)).padStart(2, '0')}:${random.pick(['00', '15', '30', '45'])}`], weekdays: random.sample(WEEKDAYS, 1) },
        steps: random.sample(pools.sentences, random.int(4, 9)).map((action) => ({ actors: actors(), action })),
        checklists: [{ category: random.pick(pools.headings).slice(0, 10), items: random.sample(pools.shortTexts, 4) }],
        donts: random.sample(pools.shortTexts, 2), relatedPolicies: random.sample(pools.policyIds, 1),
        ...common,
      };
    } else if (kind === 'policies') {
      data = {
        title: `${random.pick(pools.headings).slice(0, 12)}${random.pick(POLICY_TYPES)}(${random.pick(PLACES)}${n})`,
        docType: random.pick(POLICY_TYPES), issuer: '锦程商业管理有限公司', purpose: random.pick(pools.sentences),
        scope: random.pick(pools.sentences), effective: date(random, 2025), version: `${random.int(1, 3)}.${random.int(0, 9)}`, status: 'active',
        ...common,
      };
    } else {
      const month = random.int(1, 10);
      const last = new Date(Date.UTC(2026, month, 0)).getUTCDate();
      data = {
        title: `${department.name}2026年${month}月工作${random.pick(['计划', '总结'])}(${n})`,
        kind: random.pick(['工作计划', '工作总结']), period: { unit: 'month', start: `2026-${String(month).padStart(2, '0')}-01`, end: `2026-${String(month).padStart(2, '0')}-${last}` },
        role: random.pick(pools.roleIds), author: random.pick(['王敏', '李婷', '陈志远', '赵雪', '梁嘉欣', '刘洋', '张磊']), date: date(random), status: 'submitted',
        ...common,
      };
    }
    const folder = kind === 'reports' ? join(outDir, kind, '2026') : join(outDir, kind);
    mkdirSync(folder, { recursive: true });
    const text = body(random, pools, random.int(2, 5));
    writeFileSync(join(folder, `${id}.mdx`), file(data, kind === 'reports' ? asReport(text, String(data.kind)) : text, traditional));
    byCollection[kind]!++;
  }
  return { files: count, byCollection };
}
