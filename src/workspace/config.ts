import * as z from 'zod/mini';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import { isLang, t, type Lang } from '../i18n/index.js';
import { issuesAt, parseLenient } from '../kinds/zod-issues.js';
import { CAPABILITIES, MARKETS } from '../catalogues/capabilities.js';
import { isRealDate } from '../kinds/common.js';
import { PRODUCT_TYPES, type Config } from '../model/config.js';
import { nearest } from '../suggest.js';
import { parseYaml } from '../yaml/parse.js';
import { locate, spanOf, type Span } from '../yaml/positions.js';

/** A product id: lowercase letters, digits and dashes. */
export const PRODUCT_ID = /^[a-z0-9-]+$/;

export const configSchema = z.strictObject({
  version: z.literal(1),
  product: z.strictObject({
    id: z.string().check(z.refine((s) => PRODUCT_ID.test(s), { params: { msg: 'productId' } })),
    name: z.string(),
    owner: z.string(),
    type: z.optional(z.enum(PRODUCT_TYPES)),
    /** What the product does and for whom, in a sentence or two: the review packet opens with it. */
    description: z.optional(z.string()),
    markets: z.optional(z.array(z.enum(MARKETS))),
    capabilities: z.optional(z.array(z.enum(CAPABILITIES))),
    launched: z.optional(z.string().check(z.refine(isRealDate, { params: { msg: 'date' } }))),
  }),
  lang: z._default(z.enum(['zh', 'en']), 'en'),
  specs: z._default(z.string(), 'specs'),
  out: z._default(z.string(), 'docs/aipm'),
  templates: z.optional(z.string()),
  rules: z.optional(z.record(z.string(), z.enum(['error', 'warn', 'off']))),
  vague_words: z.optional(z.array(z.string())),
  catalogues: z.optional(z.array(z.string())),
});

/**
 * Reads aipm.yaml's text; every problem is a UserError naming the file, line and column (also
 * as data, for `--format json`). `ruleIds` are the rule ids a `rules:` entry may name.
 */
export function parseConfig(text: string, file: string, displayName: string, ruleIds: readonly string[]): Config {
  const parsed = parseYaml(text);
  const raw = parsed.value as Record<string, unknown> | undefined;
  const lang: Lang = raw && isLang(raw.lang) ? raw.lang : 'en';
  const problems: { span: Span; message: string }[] = [];
  const add = (span: Span, message: string) => problems.push({ span, message });
  const fail = () => {
    const lines = problems.map(({ span, message }) => `${displayName}:${span.line}:${span.col} ${message}`);
    const first = problems[0]?.span;
    return new UserError('error.configInvalid', { details: lines.join('\n') }, lang, first && { file: displayName, line: first.line, col: first.col });
  };
  for (const p of parsed.problems) add(spanOf(parsed.lineCounter, p.range[0], p.range[1]), t(lang, `yaml.${p.msg}`, p.params));
  if (problems.length > 0) throw fail();
  const result = parseLenient(configSchema, raw);
  if (!result.ok) {
    for (const issue of issuesAt(result.issues, configSchema, raw)) add(locate(parsed, issue.path, { key: Boolean(issue.key) }), t(lang, issue.msg, issue.params));
  }
  const rawRules = raw?.rules;
  if (rawRules && typeof rawRules === 'object') {
    for (const id of Object.keys(rawRules)) {
      if (ruleIds.includes(id)) continue;
      const suggestion = nearest(id, ruleIds);
      add(locate(parsed, ['rules', id], { key: true }), t(lang, 'config.unknownRule', { id, suggestion }));
    }
  }
  if (problems.length > 0 || !result.ok) throw fail();
  const data = result.data;
  const rules: Config['rules'] = { ...data.rules };
  const root = resolve(file, '..');
  const inside = (field: 'specs' | 'out' | 'templates' | 'catalogues', value: string, at: readonly (string | number)[] = [field]): string => {
    const full = resolve(root, value);
    const rel = relative(root, full);
    if (value.includes('\0') || isAbsolute(value) || rel.startsWith('..') || (rel !== '' && isAbsolute(rel)) || full.split(sep).includes('..')) {
      const span = locate(parsed, at);
      throw new UserError('error.configPathOutside', { file: displayName, line: span.line, col: span.col, field, value }, lang, { file: displayName, line: span.line, col: span.col });
    }
    return full;
  };
  return {
    root,
    file,
    product: data.product,
    lang: data.lang,
    specs: inside('specs', data.specs),
    out: inside('out', data.out),
    ...(data.templates !== undefined ? { templates: inside('templates', data.templates) } : {}),
    rules,
    vagueWords: data.vague_words ?? [],
    ...(data.catalogues ? { catalogues: data.catalogues.map((c, i) => inside('catalogues', c, ['catalogues', i])) } : {}),
    source: { file: displayName, parsed },
  };
}

