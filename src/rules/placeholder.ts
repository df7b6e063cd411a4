import { formatTarget, parseTarget, writtenTarget } from '../kinds/common.js';
import { kinds } from '../kinds/index.js';
import { isLive } from '../model/queries.js';
import { neverHolds, unhealthySide } from '../model/thresholds.js';
import type { Path } from '../yaml/positions.js';
import { defineRule, type Messages, type ProblemOf } from './types.js';

const messages = {
  marked: {
    en: '`{value}` is starter text: replace it with the real value',
    zh: '`{value}` 是模板里的占位文字：请换成真实内容',
  },
  neverFires: {
    en: 'rollback trigger `{trigger}` on `{id}` can never fire: `{id}` is measured in {unit}, which is never below 0. Write the condition that starts a rollback, e.g. `{suggestion}`',
    zh: '`{id}` 的回滚触发条件 `{trigger}` 永远不会触发：`{id}` 的单位是 {unit}，不会小于 0。请写出触发回滚的条件，例如 `{suggestion}`',
  },
  noItems: {
    en: 'this {kind} file has no items yet ({lists} are empty): add the first one, or remove the file until there is one',
    zh: '这个 {kind} 文件还没有任何条目（{lists} 都为空）：请添加第一条，或在有内容之前删除该文件',
  },
} satisfies Messages;

/** A whole value in angle brackets: what a starter marks for replacing (`"<what was decided>"`, `"<谁负责>"`). */
const MARKED = /^<[^<>\n]+>$/;

/** Lists of a plan file that count as its items (a review's open questions too). */
const ITEM_LISTS: Partial<Record<string, readonly string[]>> = { review: ['decisions', 'open_questions'] };
/** Files that are whole without items of their own. */
const NO_ITEMS_NEEDED = new Set(['evaluation', 'launch-plan']);

function* markedValues(value: unknown, path: Path): Generator<{ path: Path; value: string }> {
  if (typeof value === 'string') {
    if (MARKED.test(value.trim())) yield { path, value: value.trim() };
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* markedValues(value[i], [...path, i]);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* markedValues(v, [...path, k]);
  }
}

export const placeholder = defineRule({
  meta: {
    id: 'placeholder',
    severity: 'warning',
    checks: {
      en: 'Starter text still in place (a whole value in angle brackets, as starters and `aipm new` mark what must be replaced); a rollback trigger that can never fire (`< 0` or below on a metric whose unit cannot be negative: %, ms, s, min, h, days, counts, 次, 个, 条, 秒, 分钟, 小时, 天); a plan file whose item lists are all empty (evaluation and launch-plan files excepted).',
      zh: '模板里的占位文字仍在（用尖括号括起的整个值，模板和 `aipm new` 用它标出必须替换的内容）；永远不会触发的回滚条件（单位不可能为负的指标上写 `< 0` 或更低：%、ms、s、min、h、days、counts、次、个、条、秒、分钟、小时、天）；所有条目列表都为空的规划文件（评估与上线计划文件除外）。',
    },
    title: { en: 'Starter text is replaced by a plan', zh: '模板文字已换成真实规划' },
    why: {
      en: 'A file that still holds what a starter put there passes every other check and says nothing: a blank plan, a decision `"<what was decided>"` or a rollback that cannot start reads as done in review.',
      zh: '仍保留模板内容的文件能通过其他所有检查，却什么也没说：空白的规划、写着 `"<决定了什么>"` 的决策、永远不会启动的回滚，在评审中看起来都像已完成。',
    },
    fix: {
      en: 'Replace each value in angle brackets with the real one; write a rollback trigger on the unhealthy side of the metric\'s target (`> 5` for a target `<= 2`); add the first item to an empty file, or remove the file.',
      zh: '把每个尖括号里的值换成真实内容；回滚触发条件写在指标目标不健康的一侧（目标 `<= 2` 时写 `> 5`）；给空文件添加第一条，或删除该文件。',
    },
  },
  messages,
  check(ctx) {
    const found: ProblemOf<typeof messages>[] = [];
    for (const file of ctx.model.files) {
      // A file that failed its schema has its findings already: one mistake, one finding.
      if (!file.kind || !file.doc || !isLive(file)) continue;
      for (const { path, value } of markedValues(file.raw, [])) found.push({ file, path, msg: 'marked', params: { value } });
      if (NO_ITEMS_NEEDED.has(file.kind)) continue;
      const lists = ITEM_LISTS[file.kind] ?? Object.keys(kinds[file.kind].lists);
      const raw = file.raw as Record<string, unknown>;
      if (lists.length > 0 && lists.every((l) => !Array.isArray(raw[l]) || raw[l].length === 0)) {
        const at = lists.find((l) => Object.hasOwn(raw, l));
        found.push({ file, path: at ? [at] : ['kind'], msg: 'noItems', params: { kind: file.kind, lists: lists.map((l) => `\`${l}\``).join(', ') } });
      }
    }
    for (const { file, value: plan } of ctx.docs('launch-plan')) {
      plan.rollback?.triggers?.forEach((trigger, i) => {
        const metric = ctx.find('metric', trigger.metric);
        const fires = parseTarget(trigger.target, metric?.value);
        if (!fires || !metric) return;
        const unit = metric.value.unit.trim();
        if (!neverHolds(fires, unit)) return;
        const target = parseTarget(metric.value.target, metric.value);
        const suggestion = target && unhealthySide(target) ? writtenTarget(unhealthySide(target)!) : '> 0';
        found.push({ file, path: ['rollback', 'triggers', i, 'target'], msg: 'neverFires', params: { trigger: formatTarget(fires), id: trigger.metric, unit, suggestion } });
      });
    }
    return found;
  },
});
