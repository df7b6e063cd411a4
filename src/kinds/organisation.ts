import * as z from 'zod/mini';
import { doc, lazily, parts } from './common.js';
import { metricItem } from './metrics.js';

// The organisation file (SPEC: Organisation): what many products in one repository share and a
// product's `extends:` names. It is no spec file (no envelope, no kind): one per organisation,
// read with the product's aipm.yaml.

export const ORGANISATION_TITLE = { en: 'Organisation file', zh: '组织文件' } as const;

/** The organisation file's schema. Built on first use (see `lazily`). */
export const organisationSchema = lazily(() => {
  const { ids, text } = parts();
  return z.strictObject({
    version: z.literal(1).check(doc('Organisation file format version: 1', '组织文件格式版本：1')),
    lang: z.optional(z.enum(['zh', 'en'])).check(doc(
      'The language of a product that does not name its own (zh | en)',
      '未写 lang 的产品所用的语言（zh | en）',
    )),
    metrics: z.optional(z.array(metricItem())).check(doc(
      'Metrics every product may reference by id as if its own; a product may restate one only to tighten its target or red line',
      '各产品可按 id 直接引用的共享指标；产品重新声明时只能收紧 target 或 red_line',
    )),
    required: z.optional(ids).check(doc(
      'Metric ids (of metrics above) every product must reference or restate',
      '每个产品都必须引用或重新声明的指标 id（须为上面定义的指标）',
      ['M-COMPLAINT-RATE'],
    )),
    rules: z.optional(z.record(z.string(), z.enum(['error', 'warn', 'off']))).check(doc(
      'Default severities: rule id -> error | warn | off (a product\'s own rules: win, unless the rule is locked)',
      '默认严重级别：规则 id -> error | warn | off（产品自己的 rules: 优先，被锁定的规则除外）',
      { 'milestone-slipped': 'error' },
    )),
    locked: z.optional(z.array(z.string())).check(doc(
      'Rule ids no product may turn down (in its rules: or with # aipm-ignore)',
      '任何产品都不得调低的规则 id（不能在 rules: 中调低，也不能用 # aipm-ignore 屏蔽）',
      ['red-line-has-action'],
    )),
    vague_words: z.optional(z.array(text)).check(doc(
      'Extra vague words the quantified-target rule flags in every product',
      '所有产品的 quantified-target 规则都要标出的额外模糊词',
    )),
    catalogues: z.optional(z.array(text)).check(doc(
      'The organisation\'s own regulation catalogues, relative to this file',
      '组织自己的法规目录文件，路径相对于本文件',
      ['policies/ai-policy.yaml'],
    )),
  });
});
