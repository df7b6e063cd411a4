import { defineRule, type Messages, type ProblemOf } from './types.js';
import type { RuleContext } from './types.js';
import type { Path } from '../yaml/positions.js';
import type { CheckedFile } from '../model/types.js';

const messages = {
  finding: {
    en: '"{text}" leans on the vague word "{word}" with no number to hold it to',
    zh: '「{text}」使用了模糊词「{word}」，却没有可衡量的数字',
  },
} satisfies Messages;

const ZH_WORDS = ['更快', '更准', '更好', '更高', '提升', '提高', '优化', '改善', '降低', '减少', '尽量', '尽可能', '大幅', '显著', '明显', '快速', '及时', '稳定'];
const EN_WORDS = [/\bbetter\b/i, /\bfaster\b/i, /\bhigher\b/i, /\blower\b/i, /\bimprove\w*/i, /\bincrease\w*/i, /\breduce\w*/i, /\boptimi\w*/i, /\bsignificant\w*/i, /\bnoticeabl\w*/i, /\bas much as possible\b/i];
const DIGIT = /[0-9０-９]/;
const CHINESE_QUANTITY = /[零一二两三四五六七八九十百千万半]+\s*(?:倍|成|个百分点|%|％|天|周)/;
const OPERATOR = String.raw`\s*(?:>=|<=|==|>|<|≥|≤)`;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A matcher for the vague words: zh words as substrings, en words whole-word ignoring case. */
export function vagueWordMatcher(extra: readonly string[]): (text: string) => string | undefined {
  const extraPatterns = extra.map((w) => (/^[\x00-\x7f]+$/.test(w) ? new RegExp(`\\b${escape(w)}\\b`, 'i') : w));
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

/** A text is held to a number when it has a digit, a Chinese quantity with a unit, or a metric id with an operator. */
export function holdsNumber(text: string, metricIds: readonly string[]): boolean {
  if (DIGIT.test(text) || CHINESE_QUANTITY.test(text)) return true;
  return metricIds.some((id) => text.includes(id) && new RegExp(`${escape(id)}${OPERATOR}`).test(text));
}

export const quantifiedTarget = defineRule({
  meta: {
    id: 'quantified-target',
    severity: 'error',
    checks: {
      en: 'An acceptance criterion (milestones) or rollout exit criterion (launch plan) that leans on a vague word (faster, better, improve…; 更快, 提升, 尽量…, plus `vague_words`) with no number to hold it to.',
      zh: '里程碑验收标准或灰度放量标准使用了模糊词（更快、提升、尽量……，以及 `vague_words`），却没有可衡量的数字。',
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
    const hits: ProblemOf<typeof messages>[] = [];
    const vague = vagueWordMatcher(ctx.vagueWords);
    const metricIds = [...ctx.model.ids.values()].filter((d) => d.kind === 'metric').map((d) => d.id);
    const inspect = (file: CheckedFile, path: Path, texts: readonly string[] | undefined) => {
      texts?.forEach((text, i) => {
        const word = vague(text);
        if (word && !holdsNumber(text, metricIds)) hits.push({ file, path: [...path, i], msg: 'finding', params: { text, word } });
      });
    };
    for (const m of ctx.items('milestone')) inspect(m.file, [...m.path, 'acceptance'], m.value.acceptance);
    for (const plan of ctx.docs('launch-plan')) {
      plan.value.rollout.forEach((stage, i) => inspect(plan.file, ['rollout', i, 'exit_criteria'], stage.exit_criteria));
    }
    return hits;
  },
});
