/**
 * Synonyms that widen a query: a term containing one word of a group also
 * searches the term with that word replaced by each other word of the
 * group. Two sources:
 * - VOCABULARY below: words that differ between the mainland and Hong Kong
 *   branches (資訊 / 信息 …) and everyday words readers use for the
 *   handbook's terms (退货 / 退换货). Script differences alone (物業 / 物业)
 *   need no entry: folding already maps them to one form.
 * - department names, aliases and ids, derived from content/departments at
 *   build time (`departmentSynonyms`, served as search/synonyms.json).
 *
 * Words are compared in folded form (see `fold.ts`), so groups are written
 * in Simplified script and match Traditional queries too.
 */
import type { FoldTable } from './fold.ts';
import { searchableForm } from './query.ts';

/** Maintained vocabulary: each line is one group of interchangeable words. Edit here. */
export const VOCABULARY: readonly (readonly string[])[] = [
  ['信息', '资讯'],
  ['邮件', '电邮'],
  ['电子邮件', '电邮'],
  ['商户', '租户'],
  ['楼层', '楼面'],
  ['质量', '质素'],
  ['运营', '营运'],
  ['闭店', '关门', '关店'],
  ['开店', '开门'],
  ['巡场', '巡查'],
  ['安全通道', '走火通道'],
  ['台风', '热带气旋'],
  ['手机', '手提电话'],
  ['出租车', '的士'],
  ['打印', '列印'],
  ['软件', '软体'],
  ['视频', '影片'],
  ['退货', '退换货'],
  ['换货', '退换货'],
];

/** Most variants one term may expand to (the term itself included): each costs a search. */
export const MAX_VARIANTS = 6;

/** Groups of department names: name, aliases, id. Pure; fed from the departments collection. */
export function departmentSynonyms(departments: readonly { id: string; name: string; aliases?: readonly string[] | undefined }[]): string[][] {
  return departments
    .map((d) => [...new Set([d.name, ...(d.aliases ?? []), d.id])])
    .filter((group) => group.length > 1);
}

/** Groups in folded form, without empty words, for `expandTerm`. */
export function foldGroups(groups: readonly (readonly string[])[], table: FoldTable): string[][] {
  return groups
    .map((group) => [...new Set(group.map((word) => searchableForm(word, table)).filter(Boolean))])
    .filter((group) => group.length > 1);
}

/**
 * The term (folded) and its variants: for each group word found in the
 * term, the term with that word replaced by each other word of the group.
 * Longer words are matched first and occurrences do not overlap, so
 * 电子邮件 is replaced as a whole, not its 邮件. One replacement per
 * variant; at most MAX_VARIANTS, the term itself first.
 */
export function expandTerm(term: string, groups: readonly (readonly string[])[]): string[] {
  const variants = [term];
  const words = groups.flatMap((group) => group.map((word) => ({ word, group }))).sort((a, b) => b.word.length - a.word.length);
  const covered = new Set<number>();
  for (const { word, group } of words) {
    for (let at = term.indexOf(word); at >= 0; at = term.indexOf(word, at + 1)) {
      const span = [...Array(word.length).keys()].map((i) => at + i);
      if (span.some((i) => covered.has(i))) continue;
      span.forEach((i) => covered.add(i));
      for (const other of group) {
        const variant = term.slice(0, at) + other + term.slice(at + word.length);
        if (other === word || variants.includes(variant)) continue;
        variants.push(variant);
        if (variants.length >= MAX_VARIANTS) return variants;
      }
    }
  }
  return variants;
}
