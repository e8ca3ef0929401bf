import { compact } from './normalize';

// What a heading announces. Preamble sections (指导思想, 工作目标, 工作要求 …) hold prose that must not become
// items; container headings (主要任务, 工作安排 …) hold the items without naming a section; any other heading
// names the section its items belong to (（一）强党建，… → sectionTitle 强党建，…).

export type HeadingKind = 'skip' | 'container' | 'section';

const SKIP =
  /^(?:指导思想|总体思路|工作思路|总体要求|基本原则|工作原则|工作目标|总体目标|主要目标|工作要求|有关要求|相关要求|具体要求|其他要求|保障措施|工作保障|组织保障|组织领导|活动主题|活动对象|参加对象|参与对象|活动时间|活动目的|活动意义|活动背景|背景|工作依据|编制依据|附件|附则|联系方式|其他事项)/;
// Short headings that end like a closing section: 几点要求, 注意事项, 组织保障.
const SKIP_END = /^.{0,4}(?:要求|注意事项|纪律|保障|说明)$/;
const CONTAINER =
  /(?:主要任务|重点任务|工作任务|主要工作|重点工作|工作内容|主要内容|工作安排|具体安排|主要安排|活动安排|进度安排|时间安排|工作措施|主要措施|具体措施|工作要点|工作纲要|月度安排|月度计划|实施步骤|工作步骤|行事历|具体工作)(?:如下)?$/;
const MAX_CONTAINER_CHARS = 14;

export function headingKind(text: string): HeadingKind {
  const c = compact(text).replace(/[:：]$/, '');
  if (SKIP.test(c) || SKIP_END.test(c)) return 'skip';
  if (c.length <= MAX_CONTAINER_CHARS && CONTAINER.test(c)) return 'container';
  return 'section';
}

/** The words a plan's title ends with (工作计划, 行事历, 任务分解表 …). */
export const PLAN_WORDS = /计划|要点|安排|方案|纲要|行事历|校历|周历|日程|清单|台账|任务书|分解表|一览表|进度表|推进表/;
const TITLE = new RegExp(`(?:${PLAN_WORDS.source})(?:表|一览表|汇总表?)?(?:\\([^()]{1,20}\\))?$`);
const MAX_TITLE_CHARS = 60;

/** The document's own title line (XX团委2024年工作计划): short, no sentence end, names a plan. */
export function isDocumentTitle(text: string): boolean {
  const c = compact(text).replace(/^#+/, '');
  return c.length >= 4 && c.length <= MAX_TITLE_CHARS && !/[。;!?]/.test(c) && TITLE.test(c);
}

const ORGANIZATION = /^(.{2,40}?(?:委员会|委|团总支|团支部|学生会|工会|大队部|少先队|德育处|协会)(?:\(关工委\))?)(?:\d{4}年|20\d\d)/;

/** 制表单位 from a title like "XX学院团委2024年工作计划". */
export function organizationOf(title: string): string {
  return ORGANIZATION.exec(compact(title))?.[1] ?? '';
}
