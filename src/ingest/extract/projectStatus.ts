import type { ProjectStatus } from '../../model/records.js';

/** Status words around a mention, as data; the nearest cue wins, words after the name first. */
export interface StatusRule {
  id: string;
  words: string[];
  status: ProjectStatus;
}

export const STATUS_RULES: StatusRule[] = [
  // S7 沪崇高速一期已基本建成 / 临洮路…建成通车
  { id: 'status.completed', words: ['建成', '竣工', '通车', '完工', '投产', '落成', '贯通', '基本建成'], status: 'COMPLETED' },
  // 国家智能传感器创新中心落户嘉定 / 正式运营
  { id: 'status.operating', words: ['运营', '投用', '投入使用', '开通', '运行', '开园', '落户', '成功举办', '揭牌'], status: 'OPERATING' },
  // 嘉闵线嘉定段…启动建设 / 开工建设
  { id: 'status.started', words: ['开工', '启动建设', '动工', '开建', '启动'], status: 'STARTED' },
  // 加快推进临港嘉定科技城建设 / 在建
  { id: 'status.under-construction', words: ['在建', '加快建设', '施工', '推进', '建设'], status: 'UNDER_CONSTRUCTION' },
  // 开展…规划研究 / 筹备 / 前期工作
  { id: 'status.planned', words: ['规划', '筹备', '谋划', '前期', '计划', '拟'], status: 'PLANNED' },
];

/** Status of the project named at `[a, b)` of folded sentence `s`, from the words around it. */
export function projectStatus(s: string, a: number, b: number): ProjectStatus | null {
  const after = s.slice(b, b + 12).split(/[,;。]/)[0]!;
  const before = s.slice(Math.max(0, a - 10), a).split(/[,;。]/).pop()!;
  for (const ctx of [after, before]) {
    let best: { at: number; status: ProjectStatus } | null = null;
    for (const r of STATUS_RULES) {
      for (const w of r.words) {
        const at = ctx === after ? ctx.indexOf(w) : ctx.length - ctx.lastIndexOf(w);
        if (ctx.includes(w) && (!best || at < best.at)) best = { at, status: r.status };
      }
    }
    if (best) return best.status;
  }
  return null;
}
