import { defineRule, type Messages, type ProblemOf } from './types.js';
import type { RuleContext } from './types.js';
import type { Path } from '../yaml/positions.js';
import type { CheckedFile } from '../model/types.js';

const messages = {
  finding: {
    en: '"{text}" leans on the vague word "{word}" with no number to hold it to: add a comparison, e.g. ">= 90%", "P95 <= 300 ms" or "M-ACC >= target"',
    zh: '「{text}」使用了模糊词「{word}」，却没有可衡量的数字：请加上比较，例如「>= 90%」「P95 <= 300 ms」「不低于 95」',
  },
} satisfies Messages;

const ZH_WORDS = ['更快', '更准', '更好', '更高', '提升', '提高', '优化', '改善', '降低', '减少', '尽量', '尽可能', '大幅', '显著', '明显', '快速', '及时', '稳定'];
const EN_WORDS = [/\bbetter\b/i, /\bfaster\b/i, /\bhigher\b/i, /\blower\b/i, /\bimprove\w*/i, /\bincrease\w*/i, /\breduce\w*/i, /\boptimi\w*/i, /\bsignificant\w*/i, /\bnoticeabl\w*/i, /\bas much as possible\b/i];
/** A number: digits (not part of a name like Q3 or P95), full-width digits, or Chinese numerals. */
const NUMBER = String.raw`(?:(?<![A-Za-z0-9_.])[0-9０-９]+(?:[.．][0-9０-９]+)?|[零〇一二两三四五六七八九十百千万半]+)`;
const SYMBOL_OPERATORS = ['>=', '<=', '==', '=', '>', '<', '≥', '≤', '＞', '＜', '＝'];
const OPERATOR = String.raw`\s*(?:>=|<=|==|>|<|≥|≤)`;
/** Operators written before the number (`>= 90`, 不低于 90, at least 90) and after it (90 以内). */
const PREFIX_OPERATOR = String.raw`(?:${SYMBOL_OPERATORS.map(escapeRe).join('|')}|不低于|不高于|不超过|不少于|至少|至多|\b(?:at least|at most|no more than|no less than|under|below|above|over|within|up to)\b)`;
const POSTFIX_OPERATOR = '(?:以内|以上|以下)';
/** Units that make a number a measure: symbols and CJK directly after it, ASCII ones as whole words. */
const BUILTIN_UNITS = ['%', '％', '‰', '×', 'pp', 'x', 'ms', 's', 'min', 'h', '秒', '分钟', '小时', '天', '周', '月', '倍', '成', '个百分点'];

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A unit as a pattern: an ASCII unit that ends in a letter may not run on into a word (`s` is not `stores`). */
function unitPattern(unit: string): string {
  return /[A-Za-z]$/.test(unit) ? `${escapeRe(unit)}(?![A-Za-z])` : escapeRe(unit);
}

/** A matcher for the vague words: zh words as substrings, en words whole-word ignoring case. */
export function vagueWordMatcher(extra: readonly string[]): (text: string) => string | undefined {
  const extraPatterns = extra.map((w) => (/^[\x00-\x7f]+$/.test(w) ? new RegExp(`\\b${escapeRe(w)}\\b`, 'i') : w));
  const all: (string | RegExp)[] = [...ZH_WORDS, ...EN_WORDS, ...extraPatterns];
  return (text) => {
    for (const p of all) {
      if (typeof p === 'string') {
        if (text.includes(p)) return p;
      } else {
        const m = p.exec(text);
        if (m) return m[0];
      }
    }
    return undefined;
  };
}

/**
 * Whether a text holds a comparison: an operator next to a number (`>= 90`, 至少 3, at most 5,
 * 30 秒以内), a number with a unit or percent (20%, 800 ms, 2 倍, or a workspace metric's unit), or a
 * metric id with an operator (`M-ACC >= target`). A bare number ("for all 12 clause types") is not one.
 */
export function comparisonMatcher(metricIds: readonly string[], metricUnits: readonly string[]): (text: string) => boolean {
  const units = [...new Set([...BUILTIN_UNITS, ...metricUnits.map((u) => u.trim()).filter((u) => u !== '')])]
    .sort((a, b) => b.length - a.length)
    .map(unitPattern);
  const unit = `(?:${units.join('|')})`;
  const patterns = [
    new RegExp(`${PREFIX_OPERATOR}\\s*${NUMBER}`, 'iu'),
    new RegExp(`${NUMBER}\\s*(?:${unit}\\s*)?${POSTFIX_OPERATOR}`, 'u'),
    new RegExp(`${NUMBER}\\s*${unit}`, 'u'),
  ];
  const idPatterns = metricIds.map((id) => ({ id, re: new RegExp(`${escapeRe(id)}${OPERATOR}`) }));
  return (text) => patterns.some((re) => re.test(text)) || idPatterns.some(({ id, re }) => text.includes(id) && re.test(text));
}

export const quantifiedTarget = defineRule({
  meta: {
    id: 'quantified-target',
    severity: 'error',
    checks: {
      en: 'An acceptance criterion (milestones) or rollout exit criterion (launch plan) that leans on a vague word (faster, better, improve…; 更快, 提升, 尽量…, plus `vague_words`) with no comparison to hold it to. A comparison is an operator next to a number (`>=` `<=` `>` `<` `=` `≥` `≤`, at least, at most, no more than, no less than, under, below, above, over, within, up to; 不低于 不高于 不超过 不少于 至少 至多, or 以内 以上 以下 after the number), a number with a unit or percent (% ‰ pp x ms s min h 秒 分钟 小时 天 周 月 倍 成 个百分点, or any workspace metric\'s unit), or a metric id with an operator. A stray number is not one: "faster than in Q3 for all 12 clause types" fails; "提升 20%", "P95 < 800 ms" and "2 倍" pass.',
      zh: '里程碑验收标准或灰度放量标准使用了模糊词（更快、提升、尽量……，以及 `vague_words`），却没有可衡量的比较。比较是：紧挨数字的运算符（`>=` `<=` `>` `<` `=` `≥` `≤`、不低于 不高于 不超过 不少于 至少 至多，或数字后的 以内 以上 以下，以及英文 at least、at most 等）；带单位或百分号的数字（% ‰ pp x ms s min h 秒 分钟 小时 天 周 月 倍 成 个百分点，或工作区任一指标的单位）；或指标 id 加运算符。零散的数字不算：「比第三季度更快，覆盖全部 12 类条款」不通过；「提升 20%」「P95 < 800 ms」「2 倍」通过。',
    },
    title: { en: 'Criteria are numbers, not adjectives', zh: '目标是数字而不是形容词' },
    why: {
      en: 'An acceptance or exit criterion like "faster" or "better accuracy" cannot be checked: the team and the reviewers will each read it their own way, and the milestone can never be called done or failed.',
      zh: '「更快」「准确率更高」这样的验收或放量标准无法检验：团队和评审各有各的理解，里程碑永远无法判定完成或失败。',
    },
    fix: {
      en: 'Hold the criterion to a number: "P95 latency <= 300 ms", "intent accuracy >= 90% on the golden set", or name a metric with an operator ("M-ACC >= target").',
      zh: '给标准一个数字：「P95 延迟 <= 300 ms」「黄金集意图准确率 >= 90%」，或写出指标和运算符（「M-ACC >= 目标」）。',
    },
  },
  messages,
  check(ctx: RuleContext): ProblemOf<typeof messages>[] {
    const found: ProblemOf<typeof messages>[] = [];
    const vague = vagueWordMatcher(ctx.vagueWords);
    const metricIds = [...ctx.model.ids.values()].filter((d) => d.kind === 'metric').map((d) => d.id);
    const holdsComparison = comparisonMatcher(metricIds, ctx.model.items.metric.map((m) => m.value.unit));
    const inspect = (file: CheckedFile, path: Path, texts: readonly string[] | undefined) => {
      texts?.forEach((text, i) => {
        const word = vague(text);
        if (word && !holdsComparison(text)) found.push({ file, path: [...path, i], msg: 'finding', params: { text, word } });
      });
    };
    for (const m of ctx.items('milestone')) inspect(m.file, [...m.path, 'acceptance'], m.value.acceptance);
    for (const plan of ctx.docs('launch-plan')) {
      plan.value.rollout.forEach((stage, i) => inspect(plan.file, ['rollout', i, 'exit_criteria'], stage.exit_criteria));
    }
    return found;
  },
});
