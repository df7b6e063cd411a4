/** Edit distance counting a swap of two neighbours as one edit (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = v;
    }
  }
  return rows[a.length]![b.length]!;
}

/** The known name nearest to `name` (case-insensitive), if it is near enough to be a typo. */
export function nearest(name: string, known: Iterable<string>): string | undefined {
  const lower = name.toLowerCase();
  const max = lower.length <= 3 ? 1 : lower.length <= 6 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of known) {
    if (Math.abs(candidate.length - lower.length) > max) continue;
    const d = editDistance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * Chinese words for the enum values of aipm's kinds: `layer: 护栏` means `guardrail`. A word may
 * stand for several values (完成 is `done` for a milestone and a requirement alike); it is
 * suggested only where exactly one of them is allowed.
 */
const CHINESE_WORDS: Readonly<Record<string, readonly string[]>> = {
  业务: ['business'], 业务指标: ['business'], 模型: ['model'], 模型指标: ['model'], 系统: ['system'], 系统指标: ['system'],
  护栏: ['guardrail'], 护栏指标: ['guardrail'], 反馈: ['feedback'],
  草稿: ['draft'], 评审中: ['in-review'], 审核中: ['in-review'], 已批准: ['approved'], 已通过: ['approved', 'pass'], 已废弃: ['superseded', 'dropped'], 已作废: ['superseded'],
  提议: ['proposed'], 已提议: ['proposed'], 已接受: ['accepted'], 进行中: ['in-progress'], 已完成: ['done'], 完成: ['done'], 已放弃: ['dropped'], 放弃: ['dropped'],
  计划中: ['planned'], 已计划: ['planned'], 有风险: ['at-risk'], 风险: ['at-risk'], 已延期: ['slipped'], 延期: ['slipped'],
  功能: ['feature'], 技术债: ['tech-debt'], 探索: ['exploration'], 合规: ['compliance'],
  可以: ['can'], 可行: ['can', 'go'], 困难: ['hard'], 不能: ['cannot'], 不可行: ['cannot', 'no-go'],
  可用: ['available'], 部分可用: ['partial'], 部分: ['partial'], 不可用: ['unavailable'],
  有条件: ['conditional'], 条件通过: ['conditional'], 不通过: ['no-go', 'fail'],
  低: ['low'], 中: ['medium'], 高: ['high'],
  离线: ['offline'], 线上实验: ['online-ab'], 影子: ['shadow'], 人工: ['manual'], 人工评估: ['manual'],
  上线: ['ship', 'launch'], 发布: ['ship', 'launch'], 迭代: ['iterate'], 停止: ['stop'],
  灰度: ['gradual'], 全量: ['full'], 打开: ['open'], 未完成: ['open'], 待定: ['open'], 缓解中: ['mitigating'], 已关闭: ['closed'], 关闭: ['closed'],
  通过: ['pass'], 失败: ['fail'], 不适用: ['n/a'],
  内部: ['internal'], 外部: ['external'], 采购: ['purchased'], 购买: ['purchased'], 生成: ['generated'], 合成: ['generated'],
  数据: ['data'], 评估: ['evaluation', 'evaluate'], 集成: ['integration'], 监控: ['monitoring'],
};

/** The one allowed value a Chinese word stands for, if the word is known and only one of its values is allowed. */
export function chineseEnumWord(written: string, allowed: readonly string[]): string | undefined {
  const candidates = (CHINESE_WORDS[written] ?? []).filter((v) => allowed.includes(v));
  return candidates.length === 1 ? candidates[0] : undefined;
}
