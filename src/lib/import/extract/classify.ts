/**
 * Classifies a structured document into one of the handbook's collections,
 * or rejects it as off-topic, with weighted keyword and shape features.
 *
 * Each feature below adds its weight to one target (a kind, or `offTopic`)
 * when its test holds. Titles are weighed like one content feature, not more:
 * scraped collections give a job description the title 运营主管工作计划篇一.
 * The kind with the highest score wins unless off-topic evidence is at least
 * as strong, or no kind reaches {@link MIN_SCORE}. Confidence combines the
 * winner's share of all evidence with its absolute strength.
 * `evidence` lists every feature that fired, so a result can be explained.
 */
import type { ImportKind } from '../model.ts';
import { bandsIn, clockTimesIn, effectiveClause, findDates, formsIn, formulaIn, leadingActors, metricFromItem, metricsFromSentence, periodIn, purposeSentence, scopeSentence } from './fields.ts';
import { cleanTitle, fold } from './text.ts';
import { linesOf, type DocumentInput, type Line } from './tree.ts';

/** Lowest score a kind needs to be chosen at all. */
export const MIN_SCORE = 2.5;
/** Lowest score from content (not the title) a kind needs: a title alone decides nothing. */
export const MIN_CONTENT = 2;

/** Off-topic categories, each with the reason shown in the import report. */
export const OFF_TOPIC_REASONS = {
  resume: '个人简历,与运营管理手册无关',
  government: '党政机关的讲话、通报或文件,与运营管理无关',
  article: '论文或评论文章,不是可用的手册文件',
  exam: '考试或报名通知,与运营管理无关',
  guide: '写作方法指导(如何写计划/总结),不是手册文件',
  essay: '散文或随笔,与运营管理无关',
  unrelated: '内容与运营管理无关',
} as const;
export type OffTopicCategory = keyof typeof OFF_TOPIC_REASONS;

type Target = ImportKind | OffTopicCategory;

/** What the classifier decided, with the evidence. */
export type Classification =
  | { kind: ImportKind; confidence: number; scores: Record<Target, number>; evidence: string[] }
  | { kind: null; confidence: number; reason: string; scores: Record<Target, number>; evidence: string[] };

/** The document as the features see it (all text folded to Simplified, half-width). */
interface Facts {
  title: string;
  headings: string[];
  lines: Line[];
  /** Items and paragraph lines (not headings or rows). */
  body: string[];
  text: string;
}

interface Feature {
  target: Target;
  /** Short description for `evidence`. */
  name: string;
  /** Weight added when the test holds; a function of a count when `count` is given. */
  weight: number;
  test: (facts: Facts) => boolean | number;
  /** Cap for counted features. */
  cap?: number;
  /** A title feature: full weight only when the content supports the same kind. */
  title?: boolean;
}

const has = (pattern: RegExp) => (text: string) => pattern.test(text);
const countDistinct = (text: string, words: readonly string[]) => words.filter((word) => text.includes(word)).length;
const share = (lines: string[], pattern: RegExp) => (lines.length === 0 ? 0 : lines.filter((line) => pattern.test(line)).length / lines.length);

const ROLE_TITLE = /(?:岗位|职位|工作)(?:职责|说明书?|描述|要求)|职责说明|任职(?:要求|资格|条件)|(?:主管|经理|总监|专员|助理|店长|主任|督导|[\u4e00-\u9fff]员)的?(?:岗位|工作)?(?:职责|说明书)/u;
const DEPARTMENT_TITLE = /(?:部门|部|中心|办公室)(?:工作)?(?:职能|职责)(?:说明书?)?|部门(?:职能|职责)|职能说明书/u;
const PROCEDURE_TITLE = /流程|值班|例会|晨会|周会|会议制度|开闭店|开店|闭店|开关门|进场|撤场|应急|预案|突发事件|汇报制度|报告制度|信息汇报|退换货|检查表|操作规程|作业指导|SOP|交接班|巡场|巡查/iu;
const ROLE_BEFORE_DUTIES = /(?:主管|经理|总监|专员|助理|店长|主任|督导|[^\s部]员)的?(?:岗位|工作)?(?:职责|说明)/u;
/** A department's function statement (运营部工作职责), not a role's (运营部主管岗位职责). */
const isDepartmentTitle = (title: string) => DEPARTMENT_TITLE.test(title) && !ROLE_BEFORE_DUTIES.test(title);
const POLICY_TITLE = /办法|细则|规定|管理制度|制度|方案|规则|条例|守则|规范/u;
const REPORT_TITLE = /工作计划|工作总结|述职报告|述职|年中总结|年终总结|工作汇报|个人总结|月计划|周计划|季度计划|年度计划|工作报告|总结|计划/u;

const PROCEDURE_TOPICS = ['值班', '例会', '晨会', '开店', '闭店', '进场', '撤场', '应急', '预案', '突发事件', '日报', '周报', '退换货', '巡场', '巡查', '交接班', '清场', '检查表', '广播', '布防'];
/**
 * How a duty starts: an imperative verb, possibly after when it is done
 * (每日开店前检查… / 每周汇总… / 定期走访…). Duties are written without a
 * subject, which is what sets them apart from the steps of a procedure
 * (客服员应… / 由保安部…).
 */
const ROLE_VERBS = /^(?:(?:每日|每天|每周|每月|每季度?|每半年|每年|定期|日常|随时)[^,。;]{0,6}?)?(?:负责|协助|督促|制定|组织|完成|参与|配合|协调|监督|指导|做好|管理|主持|审核|审批|建立|执行|落实|拟定|收集|分析|定期|根据|依据|跟进|处理|维护|策划|带领|培训|对|为|贯彻|了解|熟悉|掌握|熟知|及时|密切|关注|合理|确保|保证|按时|严格|积极|认真|统筹|推动|帮扶|开展|编制|审阅|主导|承担|检查|巡视|巡查|受理|汇总|统计|督导|安排|核对|编写|撰写|整理|保管|对接|联系|反馈|评估|考核|汇报|上报|走访|宣传|实施|提出|催缴|办理|接待)/u;

/** Verbs of operating steps (not of duties, which start 负责/协助…). */
const OPERATION = /^[^,。]{0,8}?(?:接待|询问|查验|核对|填写|办理|登记|上报|检查|开启|关闭|播放|通知|确认|签字|交接|清点|巡视|引导|汇报|通报|传达|提交|报送|清场|盘点|审批|签批|发放)/u;
const operations = (f: Facts) => {
  const items = f.lines.filter((l) => l.source === 'item' || (l.source === 'paragraph' && l.label !== ''));
  const hits = items.filter((l) => OPERATION.test(l.key) && !/^(?:负责|协助|参与|配合)/u.test(l.key)).length;
  return hits >= 3 && hits / Math.max(items.length, 1) >= 0.5;
};
const dutyList = (f: Facts) => f.body.length >= 3 && share(f.body, ROLE_VERBS) >= 0.5;
const manyDuties = (f: Facts) => f.lines.filter((l) => l.source === 'item' && ROLE_VERBS.test(l.key)).length >= 5;

const FEATURES: Feature[] = [
  // ---- role
  { target: 'role', name: '标题为岗位职责/说明书', weight: 3, title: true, test: (f) => ROLE_TITLE.test(f.title) && !isDepartmentTitle(f.title) },
  { target: 'role', name: '有“职责”小标题', weight: 2, test: (f) => f.headings.some(has(/^(?:岗位|工作|主要|具体)?职责(?:描述|范围|内容)?$|^工作内容$/u)) },
  { target: 'role', name: '有“任职条件/资格/要求”', weight: 3, test: (f) => f.lines.some((l) => /^(?:任职|岗位|资格|应聘)(?:条件|资格|要求|标准)/u.test(l.key)) },
  { target: 'role', name: '岗位说明书字段(职位名称、直接上级…)', weight: 4, test: (f) => countDistinct(f.text, ['职位名称', '岗位名称', '直接上级', '所属部门', '本岗编制', '职位等级', '职位编号', '岗位编号', '直接下级', '岗位工作概述']) >= 2 },
  // A list of duties belongs to whoever the title names: a role, or a department (运营部工作职责).
  { target: 'role', name: '多数条目以“负责/协助/制定…”开头', weight: 2, test: (f) => !isDepartmentTitle(f.title) && dutyList(f) },
  { target: 'role', name: '五条以上职责式条目', weight: 1.5, test: (f) => !isDepartmentTitle(f.title) && manyDuties(f) },
  { target: 'role', name: '有“…优先”“…以上学历”条件', weight: 1, test: (f) => f.body.some(has(/优先$|优先[。;]?$|学历|年以上.*经验/u)) },
  // ---- department
  { target: 'department', name: '标题为部门职能/职责', weight: 4, title: true, test: (f) => isDepartmentTitle(f.title) },
  { target: 'department', name: '有“部门职能/应知应会”小标题', weight: 3, test: (f) => f.headings.some(has(/部门(?:职能|职责|概述|简介|定位)|主要职能|^职能$|应知应会|部门设置|内设机构/u)) },
  { target: 'department', name: '部门标题下的职责式条目', weight: 2, test: (f) => isDepartmentTitle(f.title) && dutyList(f) },
  { target: 'department', name: '部门标题下五条以上职责式条目', weight: 1.5, test: (f) => isDepartmentTitle(f.title) && manyDuties(f) },
  { target: 'department', name: '多条“熟知/掌握/了解”', weight: 1, test: (f) => f.body.filter(has(/^(?:熟知|熟悉|掌握|了解|知晓)/u)).length >= 3 },
  // ---- procedure
  { target: 'procedure', name: '标题为流程/值班/例会/开闭店/应急…', weight: 3, title: true, test: (f) => PROCEDURE_TITLE.test(f.title) },
  { target: 'procedure', name: '正文谈值班/例会/开闭店/撤场…', weight: 2, test: (f) => countDistinct(f.text, PROCEDURE_TOPICS) >= 2 },
  { target: 'procedure', name: '同一主题反复出现', weight: 2.5, test: (f) => PROCEDURE_TOPICS.some((word) => f.text.split(word).length > 5) },
  { target: 'procedure', name: '正文提到某项管理制度/流程的名称', weight: 2, test: (f) => f.lines.some((l) => l.key.length <= 40 && PROCEDURE_TITLE.test(l.key) && /制度|流程|规定|程序|预案/u.test(l.key)) },
  { target: 'procedure', name: '小标题围绕值班/例会/开闭店…', weight: 1.5, test: (f) => f.headings.filter((h) => PROCEDURE_TOPICS.some((word) => h.includes(word))).length >= 2 },
  { target: 'procedure', name: '条目多为操作动作(接待/查验/填写/上报…)', weight: 2, test: (f) => operations(f) },
  { target: 'procedure', name: '条目写明“…的,”情形', weight: 1, test: (f) => f.body.filter(has(/^[^,。]{2,14}的[,,]/u)).length >= 2 },
  { target: 'procedure', name: '会议用语(议程/参会/主持/纪要…)', weight: 2, test: (f) => countDistinct(f.text, ['议程', '参会', '主持', '召集', '会议记录', '纪要', '与会', '请假']) >= 2 },
  { target: 'procedure', name: '有多个时间点', weight: 2, test: (f) => clockTimesIn(f.text).length >= 3 },
  { target: 'procedure', name: '有《…表/单》表单', weight: 1, test: (f) => formsIn(f.text).length >= 1 },
  { target: 'procedure', name: '有流程/程序/步骤小标题', weight: 1, test: (f) => f.headings.some(has(/流程|程序|步骤|操作|注意事项|检查内容|职责分工|时间安排|会议内容/u)) },
  { target: 'procedure', name: '条目写明由哪个岗位做什么(由…核实/…员应…)', weight: 1.5, test: (f) => f.body.filter(has(/由[^,。;]{2,8}(?:员|主管|经理|部|中心)[^,。;]{0,4}(?:核实|办理|处理|负责|审批|确认|签字|受理)|(?:员|主管|经理)(?:应|须|要|必须)[^,。;]{0,2}(?:在|及时|立即|热情|核实|填写|报告|上报|登记)/u)).length >= 2 },
  { target: 'procedure', name: '多个条目以执行岗位开头', weight: 1.5, test: (f) => f.body.filter((line) => leadingActors(line).length > 0).length >= 2 },
  // ---- policy
  { target: 'policy', name: '标题为办法/规定/制度/方案', weight: 3, title: true, test: (f) => POLICY_TITLE.test(f.title) && !PROCEDURE_TITLE.test(f.title) },
  { target: 'policy', name: '有“第N条”', weight: 3, test: (f) => f.lines.filter((l) => /^第[一二三四五六七八九十百零〇\d]+条/u.test(l.label || l.key)).length >= 2 },
  { target: 'policy', name: '有“第N章”', weight: 1.5, test: (f) => f.lines.some((l) => /^第[一二三四五六七八九十\d]+章/u.test(l.label || l.key)) },
  { target: 'policy', name: '有目的条款(为…制定本办法)', weight: 2.5, test: (f) => purposeSentence(f.text) !== undefined },
  { target: 'policy', name: '有适用范围(本办法适用于…)', weight: 2, test: (f) => scopeSentence(f.text) !== undefined },
  { target: 'policy', name: '有施行条款(自…起执行)', weight: 2, test: (f) => effectiveClause(f.text) !== undefined },
  { target: 'policy', name: '有总则/附则', weight: 1.5, test: (f) => f.headings.some(has(/^总则$|^附则$/u)) },
  { target: 'policy', name: '有考核权重', weight: 2, test: (f) => /考核|绩效/u.test(f.text) && (metricsFromSentence(f.text).length > 0 || f.body.filter((l) => metricFromItem(l) !== undefined).length >= 2) },
  { target: 'policy', name: '薪酬/提成/考核用语', weight: 2, test: (f) => countDistinct(f.text, ['提成', '奖金', '返点', '提成比例', '考核', '绩效', '核算', '回馈', '兑现', '薪酬', '底薪', '激励']) >= 4 },
  { target: 'policy', name: '有分数段发放办法', weight: 1.5, test: (f) => bandsIn(f.text).length >= 2 },
  { target: 'policy', name: '有计算公式', weight: 1, test: (f) => formulaIn(f.text) !== undefined },
  // ---- report
  { target: 'report', name: '标题为工作计划/总结/述职', weight: 3, title: true, test: (f) => REPORT_TITLE.test(f.title) },
  // A job description or a rule never names a period in its title; a plan or summary does.
  { target: 'report', name: '标题写明期间(2022年4月/上半年/年度…)', weight: 2, test: (f) => REPORT_TITLE.test(f.title) && periodIn(f.title) !== undefined },
  { target: 'report', name: '计划用语(力争/预计/将进一步/新的一年…)', weight: 2, test: (f) => (f.text.match(/力争|争取|预计|拟[定对将于]|将(?:进一步|继续|在|对|以|加强|积极|重点|全面)|计划于|打算|明年|新的一年|下一步/gu) ?? []).length >= 2 },
  { target: 'report', name: '称呼“尊敬的领导”', weight: 2, test: (f) => f.body.slice(0, 3).some(has(/^(?:尊敬的|各位领导|领导)[^。]{0,12}[:,]?$/u)) },
  { target: 'report', name: '“现将…总结/计划如下”或“特制定以下计划”', weight: 3, test: (f) => /现将[^。]{0,30}(?:总结|计划|汇报|报告|述职)|特制定(?:以下|如下|本)[^。]{0,6}计划|(?:总结|汇报)如下/u.test(f.text) },
  { target: 'report', name: '回顾期间(一年来/今年以来/本月…)', weight: 1.5, test: (f) => /一年来|今年以来|上半年|本月|本季度|过去的一年|回顾|半年来|年初以来|这一年/u.test(f.text) },
  { target: 'report', name: '有计划/总结式小标题(目标、措施、成绩…)', weight: 1.5, test: (f) => f.headings.some(has(/工作目标|目标任务|主要任务|工作措施|保障措施|具体措施|工作安排|时间安排|工作打算|下一步|重点工作|工作思路|工作要点|企划|策划|活动安排|成绩|存在的?问题|经验|体会|工作回顾|工作总结|工作计划/u)) },
  { target: 'report', name: '开头写明年份或月份', weight: 0.5, test: (f) => f.body.slice(0, 2).some(has(/^(?:\d{4}|20[xX×]{2})年|^(?:本|这个|上个?|下个?)月/u)) },
  { target: 'report', name: '有存在的问题/不足', weight: 1.5, test: (f) => /存在的?(?:主要)?问题|不足之处|存在不足|问题和不足/u.test(f.text) },
  { target: 'report', name: '有下一步打算', weight: 0.5, test: (f) => /下一步|下阶段|明年|新的一年|下月|今后|下半年/u.test(f.text) },
  { target: 'report', name: '第一人称叙述', weight: 0.5, test: (f) => (f.text.match(/我们|本人|我/gu) ?? []).length >= 3 },
  { target: 'report', name: '末尾署日期', weight: 0.5, test: (f) => f.body.slice(-3).some((line) => findDates(line).length > 0 || /^\d{4}年\d{1,2}月$/u.test(line)) },
  { target: 'report', name: '成绩数字(同比/完成/增长…)', weight: 0.5, test: (f) => (f.text.match(/(?:同比|环比|完成|增长|提高|下降)[^。,]{0,12}\d/gu) ?? []).length >= 2 },
  // ---- off-topic
  { target: 'resume', name: '简历字段', weight: 2.5, cap: 10, test: (f) => countDistinct(f.text, ['个人信息', '求职意向', '婚姻状况', '政治面貌', '毕业院校', '民族:', '性别:', '身高', '体重', '户籍', '自我评价', '教育背景', '工作经历', '期望薪资', '到岗时间']) },
  { target: 'government', name: '党政机关用语', weight: 1.5, cap: 15, test: (f) => countDistinct(f.text, ['区委', '市委', '县委', '省委', '区政府', '市政府', '县政府', '省政府', '党委', '书记', '街道', '同志们', '安监', '人大', '政协', '贯彻落实', '精神', '国务院', '干部', '群众', '政府', '公安厅', '财政厅', '工商局', '金融办', '银监', '人民银行', '属地', '十二五', '十三五', '党组', '党建', '党中央', '思想政治']) },
  { target: 'article', name: '论文/评论文章用语', weight: 2, cap: 10, test: (f) => countDistinct(f.text, ['关键词', '摘要', '参考文献', '笔者', '本文', '我国', '探讨', '综上所述', '研究', '[1]', '问题的提出', '对策', '措施建议', '表现在', '由此可见', '一方面', '另一方面', '弊端', '利弊', '积极影响', '消极影响', '莫过于', '值得注意的是']) },
  { target: 'exam', name: '考试/报名通知用语', weight: 2, cap: 10, test: (f) => countDistinct(f.text, ['考试', '报名', '考务', '准考证', '考生', '考场', '考点', '资格考试', '报考']) },
  { target: 'guide', name: '写作指导用语', weight: 2, cap: 10, test: (f) => countDistinct(f.text, ['怎么写', '如何写', '写法', '写作', '格式', '范文', '注意的问题', '一般写法', '写好', '署名', '正文', '前言', '结尾']) },
  { target: 'essay', name: '散文用语', weight: 1.5, cap: 8, test: (f) => countDistinct(f.text, ['人生', '青春', '梦想', '心灵', '感悟', '岁月', '生命', '灵魂', '时光', '回忆']) },
  {
    target: 'unrelated',
    name: '没有运营管理用语',
    weight: 4,
    test: (f) => countDistinct(f.text, ['商场', '门店', '店铺', '商户', '运营', '营运', '客户', '顾客', '岗位', '部门', '员工', '销售', '营业', '服务', '酒店', '经理', '主管', '楼层', '考核', '公司']) <= 1,
  },
];

/** Counted features only count past this many hits (one stray 我国 is not an article). */
const COUNT_THRESHOLD: Partial<Record<Target, number>> = { resume: 2, government: 3, article: 2, exam: 2, guide: 3, essay: 3 };

/**
 * The kind a title alone suggests (运营主管工作计划 → report), for telling
 * HR when a title does not match the content. Undefined when it names none.
 */
export function titleKind(title: string): ImportKind | undefined {
  const key = fold(cleanTitle(title));
  if (isDepartmentTitle(key)) return 'department';
  if (ROLE_TITLE.test(key)) return 'role';
  if (PROCEDURE_TITLE.test(key)) return 'procedure';
  if (POLICY_TITLE.test(key)) return 'policy';
  if (REPORT_TITLE.test(key)) return 'report';
  return undefined;
}

const KINDS: readonly ImportKind[] = ['role', 'department', 'procedure', 'policy', 'report'];
const OFF_TOPIC: readonly OffTopicCategory[] = ['resume', 'government', 'article', 'exam', 'guide', 'essay', 'unrelated'];

function factsOf(input: Pick<DocumentInput, 'title' | 'root' | 'removed'>): Facts {
  const lines = linesOf(input.root);
  const body = lines.filter((l) => l.source !== 'heading').map((l) => l.key);
  const headings = lines.filter((l) => l.source === 'heading').map((l) => l.key.replace(/[\s::。]+$/u, ''));
  return {
    title: fold(cleanTitle(input.title)),
    headings,
    lines,
    body,
    text: [...lines.map((l) => l.key), ...(input.removed ?? [])].join('\n'),
  };
}

/**
 * Decides which collection a document belongs to, judged by its content as
 * much as by its title. Returns `kind: null` with a Chinese reason for
 * off-topic documents (résumés, speeches, articles, notices, essays) and for
 * documents that show no handbook features.
 */
export function classifyDocument(input: Pick<DocumentInput, 'title' | 'root' | 'lang' | 'removed'>): Classification {
  const facts = factsOf(input);
  const scores = Object.fromEntries([...KINDS, ...OFF_TOPIC].map((t) => [t, 0])) as Record<Target, number>;
  const evidence: string[] = [];
  const content = { ...scores };
  const titles: Feature[] = [];
  for (const feature of FEATURES) {
    if (feature.title) {
      titles.push(feature);
      continue;
    }
    const result = feature.test(facts);
    let gain = 0;
    if (typeof result === 'number') {
      const threshold = COUNT_THRESHOLD[feature.target] ?? 1;
      if (result >= threshold) gain = Math.min(feature.cap ?? Infinity, result * feature.weight);
    } else if (result) {
      gain = feature.weight;
    }
    if (gain > 0) {
      scores[feature.target] += gain;
      content[feature.target] += gain;
      evidence.push(`${feature.target}+${gain}:${feature.name}`);
    }
  }
  for (const feature of titles) {
    if (!feature.test(facts)) continue;
    // A title alone proves little in scraped collections: half weight without support.
    const gain = content[feature.target] >= MIN_CONTENT / 2 ? feature.weight : feature.weight / 2;
    scores[feature.target] += gain;
    evidence.push(`${feature.target}+${gain}:${feature.name}`);
  }

  // Only kinds with enough content evidence compete; the title merely tips the balance.
  const ranked = [...KINDS].sort((a, b) => Number(content[b] >= MIN_CONTENT) - Number(content[a] >= MIN_CONTENT) || scores[b] - scores[a]);
  const best = ranked[0]!;
  const second = ranked[1]!;
  const offTopic = [...OFF_TOPIC].sort((a, b) => scores[b] - scores[a])[0]!;
  const offScore = scores[offTopic];
  const total = [...KINDS, ...OFF_TOPIC].reduce((sum, t) => sum + scores[t], 0);

  if (offScore > 0 && offScore >= scores[best]) {
    // Off-topic evidence at least as strong as the best kind's: drop, with that category's reason.
    const confidence = round(0.5 * (offScore / Math.max(total, 1)) + 0.5 * Math.min(1, offScore / 8));
    return { kind: null, confidence, reason: OFF_TOPIC_REASONS[offTopic], scores, evidence };
  }
  if (scores[best] < MIN_SCORE || content[best] < MIN_CONTENT) {
    return {
      kind: null,
      confidence: round(1 - scores[best] / MIN_SCORE / 2),
      reason: '未能判断文档类型:没有岗位职责、部门职能、流程、制度或计划总结的明显特征',
      scores,
      evidence,
    };
  }
  const confidence = round(0.5 * (scores[best] / Math.max(total, 1)) + 0.5 * Math.min(1, scores[best] / 10) - (scores[second] === scores[best] ? 0.1 : 0));
  return { kind: best, confidence, scores, evidence };
}

const round = (n: number) => Math.max(0.05, Math.min(0.99, Math.round(n * 100) / 100));
