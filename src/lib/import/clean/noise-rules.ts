/**
 * What counts as noise in scraped handbook text (domain notes §4), as a table
 * of small rules. Each rule either drops a whole line or rewrites part of it;
 * the cleaner records which rule fired so the import report can say why a line
 * disappeared.
 *
 * Patterns are written for both scripts (上一篇 / 上一篇, 关键词 / 關鍵詞 …):
 * the cleaner runs them on a Simplified-folded copy of each line, so one
 * spelling is enough.
 */

export interface NoiseRule {
  id: string;
  /** Chinese description for the report, e.g. 网页导航. */
  label: string;
  /** A line matching this (on the Simplified-folded, trimmed text) is dropped. */
  dropLine?: RegExp;
  /** Parts of a line matching this are removed (global regex). */
  strip?: RegExp;
}

/** Lines dropped outright. Order matters only for which label is reported. */
export const NOISE_RULES: NoiseRule[] = [
  { id: 'prev-next', label: '上一篇/下一篇导航', dropLine: /^(上一篇|下一篇|上一页|下一页|返回(首页|列表|顶部)|返回)[::]?/ },
  {
    id: 'navigation',
    label: '网页导航',
    dropLine: /^(当前位置|您的位置|你的位置|首页\s*[>»›])|^(首页|主页)(\s*[>»›|]\s*[^>»›|]{1,12}){1,6}$|^(相关(文章|推荐|链接|阅读)|推荐阅读|热门(文章|推荐)|猜你喜欢|延伸阅读|更多(精彩|相关)|您可能(还)?感兴趣)/,
  },
  {
    id: 'timestamp',
    label: '发布时间',
    dropLine: /^((发布|更新|上传)?(时间|日期)[::]\s*)?\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(\s+\d{1,2}:\d{2}(:\d{2})?)?$/,
  },
  {
    id: 'file-metadata',
    label: '文件信息(格式/大小/页数)',
    dropLine: /^((文件)?格式|(文件)?大小|页数|字数|下载(次数|积分|券)?|浏览(次数)?|阅读(次数|量)?|来源|上传者)[::]\s*\S{0,30}(\s+(格式|大小|页数|字数|下载|浏览|阅读|来源)[::]\s*\S{0,30})*$/,
  },
  // 行政部工作职责_运营督导岗位职责_范文大全: a page's <title> with the site's name.
  { id: 'page-title', label: '网页标题', dropLine: /^[^_\s]{2,40}(_[^_\s]{2,30}){1,4}$/ },
  { id: 'contents', label: '目录', dropLine: /^目\s*录[::]?(\s*\d+[.、].{2,40}){0,20}$/ },
  { id: 'keywords', label: '关键词', dropLine: /^(关键词|关键字|key\s*words?)[::]/i },
  { id: 'references', label: '参考文献', dropLine: /^(参考文献|参考资料|注释)[::]?\s*$|^\[\d{1,3}\]\s*\S.{0,200}\[(J|M|D|C|N|R|S|Z|EB\/OL)\]/ },
  { id: 'abstract', label: '摘要', dropLine: /^(摘要|内容摘要|内容提要)[::]/ },
  { id: 'editor', label: '责任编辑', dropLine: /^[((]?(责任编辑|编辑|校对|审核)[::][^))]{0,20}[))]?$/ },
  {
    id: 'site-blurb',
    label: '网站导言',
    dropLine:
      /^(导言|导读|引言)[::]|(小编|本站)(为(您|大家)|精心|整理|收集|搜集|分享)|本文(为(您|大家)|精心)|(为(您|大家)|帮(您|大家))(精心)?(整理|挑选|收集|准备)|以下是.{0,40}(范文|文章|资料|内容|实践|样本|模板)|下面是(由)?.{0,30}(分享|整理|收集|为(您|大家))|欢迎(阅读|参考|借鉴|大家阅读)|仅供参考|希望(对|能对|能|可以)?(您|你|大家).{0,20}(帮助|启发|借鉴|有所|参考)|(篇|份)(精选|优质|热门)/,
  },
  {
    id: 'ads-spam',
    label: '广告或垃圾信息',
    dropLine:
      /(https?:\/\/|www\.|\.com\b|\.cn\b)|(QQ|微信|加微|V信)[::]?\s*[0-9a-z_]{5,}|(点击|免费|立即)(下载|查看|阅读|领取|咨询)|(下载|复制|转载)(本文|全文|请注明)|本文(由|来自|转载)|版权(所有|归)|侵权(请)?(联系|删除)|(广告|赞助)[::]|【广告】|\[广告\]|(招租|招商|咨询)热线|扫码|关注公众号|在线咨询/i,
  },
  { id: 'form-artifact-line', label: '表单控件残留', dropLine: /^(窗体顶端|窗体底端|表单顶端|表单底端)+$/ },
  { id: 'collection-title', label: '合集标题', dropLine: /[((][^()()]{0,4}?(\d+|[一二三四五六七八九十]+)\s*篇\s*[))]\s*$/ },
  {
    id: 'page-metadata',
    label: '网页信息(发布时间/作者/阅读数)',
    dropLine: /^((发布|更新)?时间|日期|作者|来源|阅读|浏览|点击|人气)[::]\s*\S+(\s+\S+)?(\s+((发布|更新)?时间|日期|作者|来源|阅读|浏览|点击|人气)[::]\s*\S+(\s+\S+)?)+$/,
  },
];

/** Fragments removed from inside lines. */
export const STRIP_RULES: NoiseRule[] = [
  { id: 'html-tag', label: 'HTML 标签', strip: /<\/?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?\/?>/g },
  { id: 'form-artifact', label: '表单控件残留', strip: /窗体顶端|窗体底端|窗體頂端|窗體底端/g },
];

/**
 * Placeholders left where a value was blanked out or censored. They stay in
 * the text (a human fills them in) but are flagged as 待填写.
 */
export const PLACEHOLDER = /\^v\^|\*{2,}|(?<![A-Za-z])(?:20|19)?[xX×]{2}(?![A-Za-z])|××+|[xX×]{2,}(?=[年月日号名家个人元%])|(?<=[增长达为至计额入润到率])\s+(?=[万元%])|(?<![0-9一二三四五六七八九十〇零])年\s*月\s*日/g;

/** HTML elements whose *content* is chrome too: `<rt>` ruby text, `<noframes>`, scripts. */
export const DROP_ELEMENT_CONTENT = /<(rt|rp|noframes|script|style|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
