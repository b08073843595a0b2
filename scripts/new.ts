/**
 * npm run new — writes a report draft (工作计划 / 工作总结 / 总结与计划 / 述职报告)
 * from its template, prefilled from the handbook, into content/reports/<year>/<id>.mdx.
 *
 * Asks for what is missing when run in a terminal; runs from flags alone in scripts:
 *   npm run new -- --kind plan --period 2026-12 --role yunying-jingli --author 王敏
 * Options: --kind --period --role --author --date YYYY-MM-DD --id <id> --force --dry-run --help
 * Exit codes: 0 written (or printed with --dry-run), 1 refused or failed, 2 wrong usage.
 */
import { parseArgs } from 'node:util';
import * as prompts from '@clack/prompts';
import { controlCharInputError } from '../src/lib/content/control-chars.ts';
import { contentDir } from '../src/lib/content/paths.ts';
import { argsErrorMessage, PROMPT_MESSAGES, SELECT_KEYS_HINT } from '../src/lib/reports/cli-text.ts';
import { buildDraft, DraftError, findRole, needsTraditional, type Draft } from '../src/lib/reports/draft.ts';
import { FileExistsError, loadHandbook, pathInReports, writeFileAtomic } from '../src/lib/reports/files.ts';
import { KIND_FLAGS, parseKind, REPORT_KIND_INFO, type KindFlag } from '../src/lib/reports/kinds.ts';
import { loadAllTemplates } from '../src/lib/reports/load-templates.ts';
import {
  defaultPeriod, parsePeriod, PERIOD_EXAMPLES, PERIOD_UNIT_NAMES, PERIOD_UNITS, periodLabelWithDates, todayIso, type PeriodUnit,
} from '../src/lib/reports/periods.ts';
import { TemplateError } from '../src/lib/reports/template.ts';
import { isFileSystemError, writeErrorMessage } from '../src/lib/files/write-errors.ts';
import { toSimplified, toTraditional } from '../src/lib/text/script.ts';

const USAGE = `用法:npm run new -- [选项]

在终端里直接运行 npm run new 会逐项询问;在脚本里用下列选项一次给全:
  --kind <类型>     plan(工作计划)、summary(工作总结)、combined(总结与计划)、review(述职报告)
  --period <周期>   ${PERIOD_EXAMPLES.week}(周)、${PERIOD_EXAMPLES.month}(月)、${PERIOD_EXAMPLES.quarter}(季度)、${PERIOD_EXAMPLES.half}(半年)、${PERIOD_EXAMPLES.year}(年);默认为当前月份(总结类为刚结束或过半的月份)
  --role <岗位>     岗位名称(例如 运营经理)或岗位编号(content/roles/ 下的文件名,例如 yunying-jingli)
  --author <姓名>   撰写人
  --date <日期>     成文日期 YYYY-MM-DD,默认今天
  --id <编号>       文件名(不含 .mdx),默认 <岗位>-<周期>-<类型>
  --force           文件已存在时覆盖
  --dry-run         只显示草稿内容,不写文件

例:npm run new -- --kind plan --period 2026-12 --role yunying-jingli --author 王敏`;

function fail(message: string, code = 1): never {
  console.error(`✖ ${message}`);
  process.exit(code);
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    options: {
      kind: { type: 'string' }, period: { type: 'string' }, role: { type: 'string' }, author: { type: 'string' },
      date: { type: 'string' }, id: { type: 'string' }, force: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: false,
    strict: true,
  });
}
try {
  args = parse();
} catch (error) {
  fail(`${argsErrorMessage(error)}\n\n${USAGE}`, 2);
}
const options = args.values;
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}
// Invisible characters pasted into a flag would end up in the file; refuse them before anything else.
for (const [name, value] of Object.entries(options)) {
  const problem = typeof value === 'string' ? controlCharInputError(`--${name} 的值`, value) : undefined;
  if (problem) fail(problem, 2);
}

const dir = contentDir();
let templates: ReturnType<typeof loadAllTemplates>;
try {
  templates = loadAllTemplates();
} catch (error) {
  if (error instanceof TemplateError) fail(error.message);
  throw error;
}
const { problems, snapshot } = loadHandbook(dir);
const errorCount = problems.filter((p) => p.severity === 'error').length;

const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY) && !process.env.CI;
const missing = (['kind', 'role', 'author'] as const).filter((name) => !options[name]);
if (!interactive && missing.length) {
  fail(`缺少选项:${missing.map((name) => `--${name}`).join('、')}(不在终端里运行时必须全部给出)\n\n${USAGE}`, 2);
}

const today = todayIso();
const date = options.date ?? today;

/** Cancels cleanly when the person presses Ctrl+C in a prompt. */
function answered<T>(value: T): Exclude<T, symbol> {
  if (prompts.isCancel(value)) {
    prompts.cancel('已取消,没有写入任何文件。');
    process.exit(1);
  }
  return value as Exclude<T, symbol>;
}

async function ask(): Promise<{ kind: string; period: string; role: string; author: string }> {
  prompts.updateSettings({ messages: PROMPT_MESSAGES });
  prompts.intro('新建报告 · 根据模板和岗位手册生成草稿');
  if (errorCount) prompts.log.warn(`手册内容有 ${errorCount} 处错误,相关条目不会用于预填(运行 npm run check 查看)。`);
  const kind = options.kind
    ? parseKind(options.kind).flag
    : answered(
        await prompts.select<KindFlag>({
          message: `报告类型(${SELECT_KEYS_HINT})`,
          showInstructions: false,
          options: KIND_FLAGS.map((flag) => ({ value: flag, label: REPORT_KIND_INFO[flag].name, hint: REPORT_KIND_INFO[flag].description })),
        }),
      );
  let period = options.period;
  if (!period) {
    const unit = answered(
      await prompts.select<PeriodUnit>({
        message: `周期类型(${SELECT_KEYS_HINT})`,
        showInstructions: false,
        initialValue: 'month',
        options: PERIOD_UNITS.map((u) => ({ value: u, label: PERIOD_UNIT_NAMES[u], hint: `例如 ${PERIOD_EXAMPLES[u]}` })),
      }),
    );
    const suggested = defaultPeriod(unit, today, REPORT_KIND_INFO[kind].looksBack);
    period = answered(
      await prompts.text({
        message: `周期(回车使用 ${periodLabelWithDates(suggested)})`,
        placeholder: suggested.key,
        defaultValue: suggested.key,
        validate: (value) => {
          if (!value) return undefined;
          try {
            const parsed = parsePeriod(value);
            return parsed.unit === unit ? undefined : `请填写${PERIOD_UNIT_NAMES[unit]}的周期,例如 ${PERIOD_EXAMPLES[unit]}`;
          } catch (error) {
            return (error as Error).message;
          }
        },
      }),
    );
  }
  const departments = new Map(snapshot.departments.map((d) => [d.id, d.name]));
  let role = options.role;
  if (!role) {
    // A typed name or id first (the list prompt with search speaks English); an empty answer opens the list.
    const typed = answered(
      await prompts.text({
        message: '岗位名称或编号(例如 运营经理;直接回车从列表中选择)',
        validate: (value) => {
          if (!value?.trim()) return undefined;
          try {
            findRole(snapshot, value, toSimplified);
            return undefined;
          } catch (error) {
            return (error as Error).message;
          }
        },
      }),
    );
    role = typed?.trim()
      ? findRole(snapshot, typed, toSimplified).id
      : answered(
          await prompts.select<string>({
            message: `岗位(${SELECT_KEYS_HINT})`,
            showInstructions: false,
            maxItems: 10,
            options: [...snapshot.roles]
              .sort((a, b) => (departments.get(a.department) ?? '').localeCompare(departments.get(b.department) ?? '', 'zh-CN') || a.title.localeCompare(b.title, 'zh-CN'))
              .map((r) => ({ value: r.id, label: `${r.title}(${departments.get(r.department) ?? r.department})`, hint: r.id })),
          }),
        );
  }
  const author =
    options.author ??
    answered(
      await prompts.text({
        message: '撰写人姓名',
        validate: (value) => (value?.trim() ? controlCharInputError('撰写人姓名', value) : '请填写撰写人姓名'),
      }),
    );
  return { kind, period: period!, role, author };
}

const choices = interactive && missing.length
  ? await ask()
  : {
      kind: options.kind!,
      period: options.period ?? defaultPeriod('month', today, (() => {
        try {
          return parseKind(options.kind!).looksBack;
        } catch {
          return false;
        }
      })()).key,
      role: options.role!,
      author: options.author!,
    };

let draft: Draft;
let target: string;
try {
  // A title (运营经理, 營運經理) becomes the role's id here; ambiguous and unknown ones are refused with candidates.
  const roleId = findRole(snapshot, choices.role, toSimplified).id;
  draft = buildDraft(
    { ...choices, role: roleId, date, id: options.id },
    { handbook: snapshot, templates, toTraditional: needsTraditional(snapshot, roleId) ? toTraditional : undefined },
  );
  target = pathInReports(dir, draft.relativePath);
} catch (error) {
  if (error instanceof DraftError) fail(error.message);
  throw error;
}

const shown = `content/reports/${draft.relativePath}`;
if (options['dry-run']) {
  process.stdout.write(draft.mdx);
  for (const note of draft.notes) console.error(`※ ${note}`);
  console.error(`\n(试运行:草稿将写入 ${shown},本次没有写入任何文件)`);
  process.exit(0);
}

try {
  writeFileAtomic(target, draft.mdx, { overwrite: options.force });
} catch (error) {
  if (error instanceof FileExistsError) {
    fail(`${shown} 已存在,没有覆盖。要替换它请加 --force;要另存请用 --id 指定其他编号。`);
  }
  if (isFileSystemError(error)) fail(`${writeErrorMessage(error, shown)}。草稿没有写入。`);
  throw error;
}

const lines = [
  `✔ 已生成${draft.kind.name}草稿:${shown}`,
  `  《${draft.title}》 岗位:${draft.role.title}(${draft.role.id}) 周期:${periodLabelWithDates(draft.period)}`,
  ...draft.notes.map((note) => `  ※ ${note}`),
  '',
  '下一步:',
  `  1. 打开 ${shown},把标为“待填写”的 Fill 标签换成实际内容;`,
  `  2. 预览:npm run dev,然后打开 http://127.0.0.1:4321/reports/${draft.id}/ (草稿只在 npm run dev 中显示);`,
  '  3. 检查:npm run check 会列出尚未填写的地方和缺少的必填部分;',
  `  4. 导出 Word:npm run export -- ${draft.id}`,
  '  定稿后把 status 改为 submitted(已提交)。',
];
if (interactive && missing.length) prompts.outro(lines.join('\n'));
else console.log(lines.join('\n'));
