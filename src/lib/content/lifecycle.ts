/**
 * Lifecycle rules that span fields or entries: a superseded entry needs a
 * successor, a changeover never leaves a gap with nothing in force, an entry
 * takes effect before it is due for review, change logs are not dated in the
 * future, published entries should not point at drafts, and reviews that are
 * overdue or due soon are reported as reminders.
 *
 * Which version is in force on a date is decided by `handbook/lifecycle.ts`
 * (an old version stays in force until its successor's effective date), and
 * the advice here follows it: HR leaves the old version `active`; the site
 * shows it as replaced from the new version's effective date on.
 */
import { formatChineseDate } from '../handbook/dates.ts';
import { lifecycleOf, type Lifecycle as EntryLifecycle } from '../handbook/lifecycle.ts';
import { reviewItems } from '../handbook/review.ts';
import type { LoadedEntry } from './check.ts';
import type { Problem } from './problems.ts';
import { referencesOf } from '../collections/references.ts';

type LineOf = (file: string, path: (string | number)[]) => number | undefined;

interface LifecycleFields {
  status?: string;
  supersedes?: string;
  effective?: string;
  reviewBy?: string;
  version?: string;
  changes?: { date: string; version?: string }[];
  title?: string;
  name?: string;
  owner: string;
}

const life = (entry: LoadedEntry) => entry.data as unknown as LifecycleFields;

/** Lifecycle problems of the loaded entries, as of `today` (YYYY-MM-DD). */
export function checkLifecycle(entries: readonly LoadedEntry[], lineOf: LineOf, today: string): Problem[] {
  const problems: Problem[] = [];
  const at = (entry: LoadedEntry, path: (string | number)[], severity: Problem['severity'], message: string) =>
    problems.push({ file: entry.file, line: lineOf(entry.file, path), field: path.join('.'), severity, message });
  const key = (collection: string, id: string) => `${collection}/${id}`;
  const byKey = new Map(entries.map((e) => [key(e.collection, e.id), e]));
  const successors = new Set(entries.flatMap((e) => (life(e).supersedes ? [key(e.collection, life(e).supersedes!)] : [])));
  const lifecycles = new Map<string, EntryLifecycle>();
  const lifecycleIn = (collection: string) => {
    if (!lifecycles.has(collection)) {
      lifecycles.set(collection, lifecycleOf(entries.filter((e) => e.collection === collection).map((e) => ({ id: e.id, status: life(e).status ?? 'active', effective: life(e).effective, supersedes: life(e).supersedes }))));
    }
    return lifecycles.get(collection)!;
  };

  for (const entry of entries) {
    const data = life(entry);
    if (data.status === 'superseded' && !successors.has(key(entry.collection, entry.id))) {
      at(entry, ['status'], 'error', '状态是 superseded(已废止),但没有哪个条目用 supersedes 指向它。请在新版本里写上 supersedes: ' + entry.id + ',或把状态改为 archived(已归档)');
    } else if (data.status === 'superseded' && !lifecycleIn(entry.collection).successorOf(entry.id)) {
      at(entry, ['status'], 'warning', '状态是 superseded(已废止),但替代它的新版还没有发布(草稿或已归档的版本不算):新版发布前没有有效版本。请保持 status: active,新版施行后网站会自动显示为“已被替代”');
    }
    if (data.supersedes === entry.id) at(entry, ['supersedes'], 'error', '条目不能替代它自己');
    else if (data.supersedes && data.status !== 'draft') {
      const old = byKey.get(key(entry.collection, data.supersedes));
      const oldStatus = old ? life(old).status ?? 'active' : undefined;
      const pending = Boolean(data.effective && data.effective > today);
      if (old && pending && oldStatus === 'superseded') {
        at(old, ['status'], 'warning', `新版“${entry.id}”${formatChineseDate(data.effective!)}才施行,在此之前旧版仍然有效:请保持 status: active,到期后网站自动显示为“已被替代”,不必再改`);
      } else if (old && pending && (oldStatus === 'archived' || oldStatus === 'draft')) {
        at(entry, ['supersedes'], 'warning', `旧版“${data.supersedes}”状态是 ${oldStatus},新版${formatChineseDate(data.effective!)}才施行:在此之前没有有效版本。请把旧版状态改回 active`);
      }
    }
    if (data.effective && data.reviewBy && data.reviewBy < data.effective) {
      at(entry, ['reviewBy'], 'error', `复查日期 ${data.reviewBy} 早于生效日期 ${data.effective}`);
    }
    (data.changes ?? []).forEach((change, i) => {
      if (change.date > today) at(entry, ['changes', i, 'date'], 'error', `修订日期 ${change.date} 还没到(今天是 ${today})`);
    });
    const latest = [...(data.changes ?? [])].sort((a, b) => b.date.localeCompare(a.date))[0];
    if (latest?.version && data.version && latest.version !== data.version) {
      at(entry, ['version'], 'warning', `版本是 ${data.version},但最近一条修订记录写的是 ${latest.version}`);
    }
    if (data.status !== 'draft') {
      for (const ref of referencesOf(entry.collection, entry.data as Record<string, any>)) {
        const target = byKey.get(key(ref.target, ref.id));
        if (target && life(target).status === 'draft') {
          at(entry, ref.path, 'warning', `引用的“${ref.id}”还是草稿:正式网站不显示草稿,这里不会出现链接`);
        }
      }
    }
  }

  // As on /review/ (data/entries.ts): only policies have a changeover on the site; other kinds go by their status.
  const candidates = entries.map((e) => ({ collection: e.collection, id: e.id, title: life(e).title ?? life(e).name ?? e.id, owner: life(e).owner, reviewBy: life(e).reviewBy, status: life(e).status ?? 'active', state: e.collection === 'policies' ? lifecycleIn(e.collection).stateOf(e.id, today).kind : undefined }));
  for (const item of reviewItems(candidates, today)) {
    const entry = byKey.get(key(item.collection, item.id))!;
    at(entry, ['reviewBy'], 'warning', item.overdue ? `复查日期 ${item.reviewBy} 已过 ${-item.daysLeft} 天,请负责岗位复查并更新` : `将于 ${item.reviewBy} 到期复查(还有 ${item.daysLeft} 天)`);
  }
  return problems;
}
