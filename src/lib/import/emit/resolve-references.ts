/**
 * Gives every imported document its id and turns the names it mentions
 * (所属部门 运营部, 直接上级 运营经理, a step's actor) into ids of handbook
 * entries — existing ones or ones imported in the same run. A department
 * named but missing gets a draft of its own; a role that cannot be found is
 * never invented: the field is left out (or, where the schema needs one, the
 * responsible role is used) and a flag says so.
 */
import { fieldLabel } from '../../content/field-labels.ts';
import { TO_FILL, type Flag, type ImportedDocument } from '../model.ts';
import { contentKey } from '../text/fold.ts';
import { slugFromTitle, uniqueId } from './entry-id.ts';
import type { Collection, HandbookIndex } from './handbook-index.ts';

export const COLLECTION_OF: Record<ImportedDocument['kind'], Collection> = {
  role: 'roles',
  department: 'departments',
  procedure: 'procedures',
  policy: 'policies',
  report: 'reports',
};

/** Department used when a document names none; the operations department if the handbook has one. */
const DEFAULT_DEPARTMENT_NAMES = ['运营部', '运营管理部', '营运部'];

type Path = Array<string | number>;

/**
 * Assigns ids (`outputPath`) and resolves references in place. Documents whose
 * fingerprint an earlier import already wrote keep that file and are marked
 * `unchanged`. Returns department drafts created for departments that were
 * named but do not exist.
 */
export function resolveReferences(documents: ImportedDocument[], index: HandbookIndex, today: string): ImportedDocument[] {
  const taken: Record<Collection, Set<string>> = Object.fromEntries(
    Object.entries(index.ids).map(([collection, ids]) => [collection, new Set(ids)]),
  ) as Record<Collection, Set<string>>;
  const departments = index.departments.map((d) => ({ ...d }));
  const roles = index.roles.map((r) => ({ ...r }));
  const created: ImportedDocument[] = [];

  // 1. Ids, so documents of this run can refer to each other.
  const idOf = new Map<ImportedDocument, string>();
  for (const doc of documents) {
    const collection = COLLECTION_OF[doc.kind];
    const earlier = index.imported.get(doc.fingerprint);
    if (earlier) {
      doc.outputPath = earlier;
      doc.outcome = 'unchanged';
      idOf.set(doc, earlier.replace(/^[^/]+\//, '').replace(/\.mdx?$/, ''));
      continue;
    }
    const named = [doc.frontmatter.title, doc.frontmatter.name, doc.title].map((v) => (typeof v === 'string' ? v.trim() : '')).find((v) => v && v !== TO_FILL);
    const title = named ?? '';
    // A document without a usable title is named after its fingerprint: stable across runs.
    const id = uniqueId(slugFromTitle(title, `daoru-${doc.fingerprint.slice(0, 8)}`), taken[collection]);
    idOf.set(doc, id);
    doc.outputPath = `${collection}/${id}.mdx`;
  }
  for (const doc of documents) {
    if (doc.kind === 'department') departments.push({ id: idOf.get(doc)!, name: String(doc.frontmatter.name), aliases: [] });
    if (doc.kind === 'role') roles.push({ id: idOf.get(doc)!, title: String(doc.frontmatter.title), department: undefined });
  }

  const findDepartment = (name: string) => {
    const key = contentKey(name);
    if (!key) return undefined;
    return (
      departments.find((d) => [d.name, ...d.aliases].some((n) => contentKey(n) === key)) ??
      // 商场运营部 → 运营部: the longest department name the text ends with.
      departments
        .filter((d) => [d.name, ...d.aliases].some((n) => contentKey(n).length >= 2 && key.endsWith(contentKey(n))))
        .sort((a, b) => b.name.length - a.name.length)[0]
    );
  };
  const findRole = (name: string) => {
    const key = contentKey(name);
    return key ? roles.find((r) => contentKey(r.title) === key) : undefined;
  };
  const defaultDepartment = () => DEFAULT_DEPARTMENT_NAMES.map(findDepartment).find(Boolean) ?? departments[0];
  const headOf = (departmentId: string | undefined) => {
    const department = departments.find((d) => d.id === departmentId);
    return department?.head ?? roles.find((r) => r.department === departmentId)?.id;
  };

  // 2. Departments first: roles need theirs to find an owner.
  for (const doc of documents) {
    if (doc.outcome === 'unchanged') continue;
    const flag = (message: string, field?: string) => doc.flags.push({ message, field, line: doc.startLine });
    for (const ref of doc.refs.filter((r) => r.collection === 'departments' && r.path.length === 1 && r.path[0] === 'department')) {
      const name = ref.name.trim() === TO_FILL ? '' : ref.name.trim();
      let department = name ? findDepartment(name) : undefined;
      // An empty handbook has no department to fall back on: start the operations department.
      const stubName = name || (defaultDepartment() ? '' : DEFAULT_DEPARTMENT_NAMES[0]!);
      if (!department && stubName) {
        const stub = departmentDraft(stubName, doc, today);
        const id = uniqueId(slugFromTitle(stubName), taken.departments);
        stub.outputPath = `departments/${id}.mdx`;
        idOf.set(stub, id);
        created.push(stub);
        department = { id, name: stubName, aliases: [] };
        departments.push(department);
        // A found name whose entry is new: the flag names no field (the name is right).
        if (name) flag(`所属部门“${name}”在手册中不存在,已新建部门草稿 ${id},请补全其职能`);
        else flag(`未写明所属部门,手册中也还没有部门,已新建部门草稿“${stubName}”(${id}),请核对`, 'department');
      } else if (!department) {
        department = defaultDepartment();
        const said = doc.flags.find((f) => f.field === 'department');
        if (department && said) said.message += `(已暂归入“${department.name}”)`;
        else if (department) flag(`未写明所属部门,暂归入“${department.name}”,请核对`, 'department');
      } else if (contentKey(department.name) !== contentKey(name) && !department.aliases.some((a) => contentKey(a) === contentKey(name))) {
        flag(`所属部门“${name}”按“${department.name}”处理,请核对`);
      }
      if (department) setAt(doc.frontmatter, ref.path, department.id);
      if (doc.kind === 'role') {
        const self = roles.find((r) => r.id === idOf.get(doc));
        if (self) self.department = department?.id;
      }
    }
  }

  // 3. Roles, then owners (department drafts made in step 2 included).
  for (const doc of [...documents, ...created]) {
    if (doc.outcome === 'unchanged') continue;
    const flag = (message: string, field?: string) => doc.flags.push({ message, field, line: doc.startLine });
    const departmentId = typeof doc.frontmatter.department === 'string' ? doc.frontmatter.department : undefined;
    // Who keeps the entry: the role itself; else the department's head (or first
    // role); else the operations department's; else any role. Flagged below.
    const owner =
      doc.kind === 'role'
        ? idOf.get(doc)!
        : (headOf(doc.kind === 'department' ? idOf.get(doc) : departmentId) ?? headOf(defaultDepartment()?.id) ?? roles[0]?.id);
    // A department named where a role is needed (保安部 as a step's actor) acts through its head.
    for (const ref of doc.refs.filter((r) => r.collection === 'departments' && !(r.path.length === 1 && r.path[0] === 'department'))) {
      const head = headOf(findDepartment(ref.name)?.id);
      if (head) {
        setAt(doc.frontmatter, ref.path, head);
        flag(`“${ref.name}”是部门,已按其负责岗位 ${head} 填写,请核对`, ref.path.join('.'));
      } else {
        ref.collection = 'roles';
      }
    }
    // Deleting list entries by index: go from the end so earlier paths stay valid.
    const roleRefs = doc.refs.filter((r) => r.collection === 'roles').reverse();
    for (const ref of roleRefs) {
      const found = findRole(ref.name);
      if (found) {
        setAt(doc.frontmatter, ref.path, found.id);
        continue;
      }
      const field = ref.path.join('.');
      if (ref.path[0] === 'steps' || ref.path[0] === 'branches') {
        if (owner) setAt(doc.frontmatter, ref.path, owner);
        // An actor the text does not name is already flagged by the extractor.
        if (ref.name) flag(`执行岗位“${ref.name}”在手册中没有对应岗位,暂填为本条目的维护岗位,请核对`, field);
      } else if (ref.path[0] === 'role') {
        if (owner) setAt(doc.frontmatter, ref.path, owner);
        flag(`报告所属岗位“${ref.name || '(未写明)'}”在手册中没有对应岗位,暂填为部门负责岗位,请核对`, field);
      } else {
        // An escalation without a target means nothing: drop the whole line.
        removeAt(doc.frontmatter, ref.path[0] === 'escalation' ? ref.path.slice(0, 2) : ref.path);
        if (ref.name) flag(`“${ref.name}”在手册中没有对应岗位,${fieldLabel(ref.path, COLLECTION_OF[doc.kind])}已留空,请补填`, field);
      }
    }
    if (owner) {
      doc.frontmatter.owner = owner;
      if (doc.kind !== 'role') flag(`负责维护本条目的岗位暂定为 ${owner},请核对`, 'owner');
    } else {
      flag('找不到可以负责本条目的岗位(手册里还没有岗位),请先导入或建立岗位', 'owner');
    }
    doc.frontmatter.updated ??= today;
  }
  return created;
}


/** A department draft for a department that a document names but the handbook lacks. */
function departmentDraft(name: string, from: ImportedDocument, today: string): ImportedDocument {
  const flags: Flag[] = [{ field: 'functions', message: `部门“${name}”由导入新建,请填写部门职能`, line: from.startLine }];
  return {
    kind: 'department',
    confidence: 1,
    frontmatter: { name, functions: [TO_FILL], updated: today, lang: from.lang, status: 'draft' },
    body: { type: 'root', children: [] },
    flags,
    names: {},
    refs: [],
    source: from.source,
    startLine: from.startLine,
    endLine: from.startLine,
    title: name,
    lang: from.lang,
    fingerprint: `department:${contentKey(name)}`,
    repairs: [],
    duplicates: [],
    derived: true,
  };
}

function setAt(target: Record<string, unknown>, path: Path, value: unknown): void {
  let node: any = target;
  for (const key of path.slice(0, -1)) node = node?.[key];
  if (node && typeof node === 'object') node[path.at(-1)!] = value;
}

function removeAt(target: Record<string, unknown>, path: Path): void {
  let node: any = target;
  for (const key of path.slice(0, -1)) node = node?.[key];
  if (Array.isArray(node)) node.splice(Number(path.at(-1)), 1);
  else if (node && typeof node === 'object') delete node[path.at(-1)!];
}
