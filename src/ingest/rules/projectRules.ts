import type { ProjectKind } from '../../model/records.js';

/**
 * Rules that spot a named project by how its name ends (the name itself is grown leftwards
 * to a clause boundary or a verb), or by a quoted name in a project context.
 */
export interface ProjectRule {
  id: string;
  /** Matches the END of a name in folded text; the name extends left from match start (unless `start: 'match'`). */
  pattern: RegExp;
  kind: ProjectKind;
  /**
   * Where the name starts: `grow` (default) grows it leftwards from the match to a verb, particle
   * or boundary; `match` takes the match as the whole name (14号线 printed without a prefix still
   * names the line; S7沪崇高速 is not 加快S7沪崇高速).
   */
  start?: 'grow' | 'match';
  /** Longest name (characters, from its start to the match's end) the rule accepts: a line name is short (嘉闵线). */
  maxLength?: number;
  /** Names the rule never accepts, whole (生产线, 公交专线: see GENERIC_LINES). */
  rejects?: RegExp;
  /** Fewest characters the name needs before the match: a renewal is named by its area (北片区旧改), not 非旧改. */
  minQualifier?: number;
}

/** Words ending in 线 that name no line (推进生产线建设, 公交专线开通). */
export const GENERIC_LINES = /^(?:生产|流水|专|干|支|热|防|岸|底|红|主|路|管|天际|生命|警戒|中试|示范|公交|骨干|高压|电力|供水|燃气|光缆|一|二|三)线$/;

export const PROJECT_RULES: ProjectRule[] = [
  // 轨交 14 号线嘉定段 / 14号线(嘉定段)
  { id: 'project.metro-line', pattern: /(?:轨交|轨道交通|地铁)?\d{1,2}号线(?:[东西南北]延伸)?/g, kind: 'RAIL', start: 'match' },
  // 沪通铁路一期(嘉定段)
  { id: 'project.railway', pattern: /铁路/g, kind: 'RAIL' },
  // 嘉闵线嘉定段 / 加快推进宁句线建设 (a two-character line name before 线; not 生产线, see GENERIC_LINES)
  { id: 'project.named-line', pattern: /线(?=[\u4e00-\u9fff]{2}段|[东西南北]延伸|\(|、|等|工程|开通|全线|建设|开工|前期|投入运营|建成)/g, kind: 'RAIL', maxLength: 4, rejects: GENERIC_LINES },
  // S7沪崇高速(二期) / S7公路一期 / G15嘉定段改扩建
  { id: 'project.road-code', pattern: /(?<![A-Za-z0-9])[SG]\d{1,4}(?![\d%])(?:[\u4e00-\u9fff]{0,4}?(?:高速公路|高速|公路|快速路|外环))?/g, kind: 'ROAD', start: 'match' },
  // 上海智能传感器产业园 / 嘉定同济大学科技园 / 临港嘉定科技城
  { id: 'project.park', pattern: /(?:产业园区?|科技园|科技城|产业基地|创新港|总部湾|总部园|科创园|示范区|集聚区|中央活动区)/g, kind: 'PARK' },
  // 嘉定氢能港 / 新能港
  { id: 'project.hub', pattern: /(?<=[\u4e00-\u9fff]{2})港(?![口澳台])/g, kind: 'PARK' },
  // 国家智能传感器创新中心 / 8英寸研发中试线
  { id: 'project.platform', pattern: /(?:创新中心|中试线|中试基地|实验室|研究院|功能型平台)/g, kind: 'PLATFORM' },
  // 第四届长三角科交会 / 中国国际进口博览会 / 上海汽车文化节 / F1中国大奖赛
  { id: 'project.event', pattern: /(?:博览会|进博会|科交会|科博会|交易会|运动会|大奖赛|锦标赛|马拉松|文化节|购物节|艺术节|旅游节|音乐节)/g, kind: 'EVENT' },
  // 硅光子市级重大专项 / 第七次全国人口普查
  { id: 'project.programme', pattern: /(?:重大专项|人口普查(?:试点)?|护理保险(?:制度|试点)?)/g, kind: 'PROGRAMME' },
  // 上汽大众 MEB 工厂 (a company and a plant code)
  { id: 'project.plant-code', pattern: /(?<=[\u4e00-\u9fff]{2})[A-Z]{3,5}(?![A-Za-z0-9])(?:工厂|基地)?/g, kind: 'INDUSTRIAL' },
  // 嘉定孔庙 / 西门历史文化街区
  { id: 'project.heritage', pattern: /(?:孔庙|历史文化街区|历史风貌区)/g, kind: 'RENEWAL' },
  // 北片区旧改一期 / 西门旧区改造 / 老城厢旧城改造 (a bare 旧区改造 is generic)
  { id: 'project.renewal', pattern: /(?:旧区改造|旧城改造|旧改(?!造))/g, kind: 'RENEWAL', minQualifier: 2 },
];

/** Generic names that are never one project (一批产业园区, 特色产业园区, 城市更新). */
export const GENERIC_NAME = /^(?:特色|重点|市级|区级|国家级|一批|各类|各|新|园区|产业|相关|若干|多个|\d+个|[一二三四五六七八九十]+个|世界级|高能级|城市|成片|零星|中心城区|区域)*(?:产业园区?|科技园|示范区|集聚区|创新中心|实验室|研究院|博览会|运动会|港|产业基地|铁路|功能型平台|重大专项|旧区改造|旧城改造|旧改|城市更新|有机更新|更新)$/;

/** A name listed before 等一批…项目 is a project: 真新南四块等一批区域更新项目. */
export const LISTED_PROJECT = /等(?:一批|\d+个|[一二三四五六七八九十]+个)[^,。;]{0,8}?(?:项目|工程)/g;

/**
 * Rules that read a name by its context rather than its ending, and the fields the extractor
 * reads of each: the id is recorded on the mention (evidence.rule) as for PROJECT_RULES.
 */
export const CONTEXT_RULES = {
  // 真新南四块等一批区域更新项目: a name of 3–10 characters before LISTED_PROJECT; RENEWAL when the list says 更新/改造/旧改
  listed: { id: 'project.listed', minLength: 3, maxLength: 10, renewal: /更新|改造|旧改/ },
  // 推进“美丽家园”建设 / 真新“南四块”项目 / “雪亮工程”: a quoted name followed by QUOTED_PROJECT_TAIL (or QUOTED_PROJECT_SELF);
  // a place at most 8 characters before the quote is kept; the tail is kept in the surface when it is `keptTail`;
  // RENEWAL when the tail is `renewalTail`, else PROGRAMME
  quoted: { id: 'project.quoted', minInner: 2, maxInner: 10, placeBefore: 8, keptTail: /^(?:改造|工程)$/, renewalTail: /改造|更新|开发|地块|征收/ },
  // 三墩“东街”顺利推进: a quoted name right after a place (PLACE_ENDING, a known town) is that place's RENEWAL project
  quotedPlace: { id: 'project.quoted-place' },
} as const;

/** Phase and section markers after a name that belong to its printed surface: 一期(工程) / (嘉定段) / 嘉定段 / 工厂 / 项目 / 地块. */
export const NAME_TAIL = /^(?:\(?[一二三四五六七八九十]期(?:工程)?\)?|\((?:[\u4e00-\u9fff]{2}段)\)|[\u4e00-\u9fff]{2}段(?![\u4e00-\u9fff]*[路街])|工厂|项目|地块)*/;

/** Words that follow a quoted name when it names a project or programme: 推进“美丽家园”建设. */
export const QUOTED_PROJECT_TAIL = /^(?:等|建设|工程|改造|有机更新|更新|项目|行动|试点|开发|创建|地块|征收)/;

/**
 * A quoted name printed right after a place below the district is a project of that place
 * (真新“南四块”, 江宁路“东街”); names ending so are places (roads, towns, villages).
 */
export const PLACE_ENDING = /[\u4e00-\u9fff]{2}(?:路|街|镇|乡|村|街道)$/;

/** A quoted name that is itself a programme (“雪亮工程”). */
export const QUOTED_PROJECT_SELF = /工程$/;

/**
 * Verbs and adverbs printed before a name: a name never grows leftwards past one
 * (深入推进|嘉定氢能港 → 嘉定氢能港, 做强|嘉定新能港 → 嘉定新能港). Plain data: add the
 * verbs of new documents here.
 */
export const NAME_VERBS = [
  // plan and status verbs
  '推进', '加快', '建设', '启动', '完成', '实现', '开展', '举办', '办好', '打造', '深化', '推动', '落实', '确保', '围绕', '依托', '聚焦',
  '加强', '支持', '引进', '参与', '做好', '保障', '筹备', '新建', '开工', '竣工', '建成', '投用',
  '开通', '通车', '运营', '对接', '融入', '承办', '协办', '配合', '申报', '申请', '获批', '成立', '设立', '创建', '落户', '入驻', '助力',
  '首发', '继续', '其中', '包括', '以及', '通过', '利用', '发挥',
  '编制', '一批', '一期', '二期', '实施', '召开', '亮相', '参加', '组织', '出台', '制定', '同步',
  '强化', '优化', '坚持', '贯彻', '面向', '依靠', '结合', '带动', '吸引', '拓展', '形成', '探索', '培育', '集聚',
  '完善', '提升', '推行', '纳入', '搭建', '加速', '提速', '壮大', '谋划', '布局', '争创', '力争', '争取', '抓紧',
  // verb + result: 做强嘉定新能港 / 打响“上海制造”品牌 / 建好用好…
  '做强', '做大', '做优', '做实', '做精', '做深', '做特', '做响', '打响', '擦亮', '建好', '用好', '管好', '抓好', '办精', '建强',
  // adverbs
  '全面', '积极', '持续', '成功', '重点', '着力', '全力', '有序', '稳步', '基本', '顺利', '正式', '进一步', '深入', '大力', '扎实',
  '高质量', '高水平', '高标准', '高起点', '加紧', '率先',
];

/**
 * One-character particles and verbs that end a name (嘉定和|真新…) — unless they sit inside
 * it: not when the rest would be empty, start with another of them, or be a bare road
 * fragment (共和新路“老城厢” is not 新路老城厢; 元和“老城厢” keeps 元和).
 */
export const NAME_PARTICLES = [
  '与', '和', '的', '在', '等', '为', '将', '是', '把', '从', '对', '向', '于', '以', '了', '已', '并', '共', '由', '至', '个', '做', '办', '推',
  '抓', '促', '争', '赴', '让', '使', '作', '有', '建',
];

/** A road fragment too short to be a name by itself (新路 of 共和新路). */
export const NAME_FRAGMENT = /^[\u4e00-\u9fff](?:路|街|巷|弄|桥)$/;

