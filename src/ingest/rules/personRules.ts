import type { PersonRole } from '../../model/enums.js';

/**
 * What the label or column printing a person's name says the person is to the task, as data:
 * tried in order on the label (责任领导) or header text (分管区领导) the name was read under.
 */
export const PERSON_ROLE_RULES: ReadonlyArray<{ id: string; pattern: RegExp; role: PersonRole }> = [
  // 联系人:赵敏 / 联系人及电话
  { id: 'person-role.contact', pattern: /联系人/, role: 'CONTACT' },
  // 责任领导:陈伟 / 分管领导 / 牵头领导 / 分管区领导 / 包保领导
  { id: 'person-role.leader', pattern: /领导/, role: 'LEADER' },
  // 责任人:王建国 / 责任人员 / 负责人 / 具体责任人
  { id: 'person-role.in-charge', pattern: /责任人|负责人/, role: 'PERSON_IN_CHARGE' },
];

/** A name printed among the units of a responsibility list (责任单位:区经委、王建国) is responsible for the task. */
export const PERSON_AMONG_UNITS = { id: 'person-role.among-units', role: 'PERSON_IN_CHARGE' } as const;

/**
 * Posts printed with a name, longest first within each family so 常务副区长 wins over 副区长
 * and 副区长 over 区长. Only posts of the genre: a government's or a party committee's leaders
 * and the heads of its departments and towns.
 */
export const PERSON_TITLES: readonly string[] = [
  '常务副区长', '常务副县长', '常务副市长', '副区长', '副县长', '副市长', '区长', '县长', '市长',
  '区委副书记', '县委副书记', '区委书记', '县委书记', '副书记', '书记', '区委常委', '县委常委', '常委',
  '副镇长', '镇长', '副乡长', '乡长', '副主任', '主任', '副局长', '局长', '副部长', '部长', '副主席', '主席',
  '副秘书长', '秘书长', '副处长', '处长', '副科长', '科长', '副总经理', '总经理', '副院长', '院长',
].slice().sort((a, b) => b.length - a.length);

/** How a title printed with a name was taken apart (the record's rule says which applied). */
export const PERSON_TITLE_RULES = [
  // 张三(副区长) / 张三（区长）
  { id: 'person-title.bracket' },
  // 张三(13800000000): a note in brackets, no post
  { id: 'person-title.bracket-note' },
  // 区长: a post alone names whoever holds it
  { id: 'person-title.post-only' },
  // 副区长张三
  { id: 'person-title.before' },
  // 张三副区长
  { id: 'person-title.after' },
  // 李副区长: a surname and a post, the person's whole printed name
  { id: 'person-title.surname' },
] as const;
