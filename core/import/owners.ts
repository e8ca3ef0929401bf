import type { OwnerDraft } from '../contract/draft';

// Who carries an item out, as plans write it after the item: （责任人：鲁若曦、陈雯）, （鲁若曦、陈雯）,
// 负责人：X, 牵头：X；配合：Y, ——组织部. The first person named under a lead label leads, the rest assist; people under
// 配合/协办 always assist. Input is normalised text (brackets already ASCII).

const LEAD_LABELS =
  '主要负责人|具体负责人|责任人|负责人|责任部门|负责部门|责任单位|负责单位|牵头单位|牵头部门|牵头领导|牵头人|牵头|主办单位|主办部门|主办|承办单位|承办|责任领导|分管领导|负责';
const ASSIST_LABELS = '配合单位|配合部门|配合|协办单位|协办|协助|参与单位|参与部门';
const LABEL = new RegExp(`(${LEAD_LABELS}|${ASSIST_LABELS})\\s*[:：]\\s*`, 'g');
const ASSIST = new RegExp(`^(?:${ASSIST_LABELS})$`);

// Common surnames: a bare "(X、Y)" counts as people only when every part starts with one of these.
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝';
const COMPOUND_SURNAMES = /^(?:欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|长孙|宇文|司徒|夏侯|令狐)/;
// Surnames that also start everyday words (全年, 常规, 时间, 和…); a single bare name must not use them.
const AMBIGUOUS_SURNAMES = '全常时和成明万单文安向于高方金关连应师商解周石';
const DEPARTMENT = /^(?:[\u4e00-\u9fff]{1,12}(?:部|处|室|办|中心|委|团委|学生会|协会|社|队|科|组|站|团总支|学院|系|馆)|学生会|团委|工会|团总支|校长室)$/;
// A bracketed remark such as (含团支部) or (由各学院) is not a department name.
const NOT_DEPARTMENT = /^(?:含|包括|即|如|由|在|每|以|按|对|向|与|和|及|第|本|该|等)|[的等和与及在]/;

function isPersonName(s: string, strict: boolean): boolean {
  if (!/^[\u4e00-\u9fff]{2,4}$/.test(s)) return false;
  if (COMPOUND_SURNAMES.test(s)) return true;
  return SURNAMES.includes(s[0]) && !(strict && AMBIGUOUS_SURNAMES.includes(s[0])) && s.length <= 3;
}

/** Splits "鲁若曦、陈雯" / "团委办公室，组织部" / "王  芳 李 明"; a name padded with spaces stays one name. */
export function splitNames(text: string): string[] {
  const names: string[] = [];
  for (const part of text.split(/[、,，;；/／|]+/)) {
    const tokens = part.trim().split(/\s+/).filter(Boolean);
    const padded = tokens.length > 1 && tokens.every((t) => t.length === 1) && tokens.length <= 4;
    for (const t of padded ? [tokens.join('')] : tokens) {
      const name = t.replace(/等$/, '').slice(0, 40);
      if (name && !names.includes(name)) names.push(name);
    }
  }
  return names;
}

function withRoles(lead: string[], assist: string[]): OwnerDraft[] {
  const owners: OwnerDraft[] = [];
  const add = (name: string, role: OwnerDraft['role']) => {
    if (!owners.some((o) => o.name === name)) owners.push({ name, role });
  };
  lead.forEach((name, i) => add(name, i === 0 ? 'lead' : 'assist'));
  assist.forEach((name) => add(name, owners.length === 0 ? 'lead' : 'assist'));
  return owners;
}

/** "责任人:A、B；配合:C" → owners, or null when the text is not made of labelled parts only. */
function labelledOwners(text: string): OwnerDraft[] | null {
  const labels = [...text.matchAll(LABEL)];
  if (labels.length === 0 || labels[0].index !== 0) return null;
  const lead: string[] = [];
  const assist: string[] = [];
  labels.forEach((m, i) => {
    const body = text.slice(m.index + m[0].length, i + 1 < labels.length ? labels[i + 1].index : text.length);
    (ASSIST.test(m[1]) ? assist : lead).push(...splitNames(body.replace(/[;；,，\s]+$/, '')));
  });
  const owners = withRoles(lead, assist);
  return owners.length > 0 ? owners : null;
}

/** "(鲁若曦、陈雯)" or "(团委办公室)": people or departments without a label. */
function bareOwners(text: string): OwnerDraft[] | null {
  const names = splitNames(text);
  if (names.length === 0) return null;
  const people = names.every((n) => isPersonName(n, names.length === 1));
  const departments = names.every((n) => DEPARTMENT.test(n) && !NOT_DEPARTMENT.test(n));
  return people || departments ? withRoles(names, []) : null;
}

/** True when a cell holds only names of people or departments (a 负责人 column without its header). */
export function looksLikeOwners(text: string): boolean {
  return bareOwners(text) !== null;
}

/** Owners written in a table's 负责人 column. */
export function ownersFromCell(text: string, role: 'lead' | 'assist' = 'lead'): OwnerDraft[] {
  const labelled = labelledOwners(text.trim());
  if (labelled) return labelled;
  const names = splitNames(text);
  return role === 'lead' ? withRoles(names, []) : names.map((name) => ({ name, role: 'assist' as const }));
}

export interface OwnersClause {
  owners: OwnerDraft[];
  /** Index in the text where the clause (with its bracket) starts: the item's content ends there. */
  start: number;
}

const TRAILING_JUNK = /[\s。.;；,，|]*$/;
const OPENERS: Record<string, string> = { ')': '(', ']': '[' };
const MAX_CLAUSE = 120;

/** The owners clause that ends an item, if there is one. */
export function trailingOwners(norm: string): OwnersClause | null {
  const end = norm.length - (TRAILING_JUNK.exec(norm)?.[0].length ?? 0);
  const close = norm[end - 1];
  if (close in OPENERS) {
    const open = norm.lastIndexOf(OPENERS[close], end - 2);
    if (open < 0 || end - open > MAX_CLAUSE) return null;
    const inner = norm.slice(open + 1, end - 1).trim();
    const owners = labelledOwners(inner) ?? bareOwners(inner);
    return owners ? { owners, start: open } : null;
  }
  // After a dash, as plans written as lists put the doer: "…——组织部", "…—— 张三、李四".
  const dash = /-{2,}\s*([^-]{2,60})$/.exec(norm.slice(0, end));
  if (dash) {
    const clause = dash[1].trim();
    const owners = labelledOwners(clause) ?? bareOwners(clause);
    if (owners) return { owners, start: dash.index };
  }
  // Unbracketed: "…。负责人：张三" — the first label after a sentence break that runs to the end.
  for (const m of norm.slice(0, end).matchAll(LABEL)) {
    const before = m.index === 0 ? '' : norm[m.index - 1];
    if (m.index > 0 && !/[\s。.;；,，]/.test(before)) continue;
    const tail = norm.slice(m.index, end);
    if (tail.length > MAX_CLAUSE || /[。]/.test(tail)) continue;
    const owners = labelledOwners(tail);
    if (owners) return { owners, start: m.index };
  }
  return null;
}
