import * as z from 'zod';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import { isLang, t, type Lang } from '../i18n/index.js';
import { hitsFromIssues, parseLenient } from '../check/zod-issues.js';
import { isRuleId, RULE_IDS, type RuleId } from '../rules/index.js';
import type { RuleSetting } from '../check/index.js';
import { nearest } from '../suggest.js';
import { locate, spanOf, type Path } from './locate.js';
import { parseYaml } from './parse.js';

export const CONFIG_FILE = 'aipm.yaml';
export const PRODUCT_TYPES = ['recommendation', 'customer-service', 'image-classification', 'llm-assistant', 'blank'] as const;
export type ProductType = (typeof PRODUCT_TYPES)[number];

export const configSchema = z.strictObject({
  version: z.literal(1),
  product: z.strictObject({
    id: z.string().refine((s) => /^[a-z0-9-]+$/.test(s), { params: { msg: 'productId' } }),
    name: z.string(),
    owner: z.string(),
    type: z.enum(PRODUCT_TYPES).optional(),
  }),
  lang: z.enum(['zh', 'en']).default('en'),
  specs: z.string().default('specs'),
  out: z.string().default('docs/aipm'),
  templates: z.string().optional(),
  rules: z.record(z.string(), z.enum(['error', 'warn', 'off'])).optional(),
  vague_words: z.array(z.string()).optional(),
});

export interface Config {
  /** The folder holding aipm.yaml. */
  root: string;
  /** aipm.yaml's absolute path. */
  file: string;
  product: { id: string; name: string; owner: string; type?: ProductType };
  lang: Lang;
  /** Absolute folders. */
  specs: string;
  out: string;
  templates?: string;
  rules: Partial<Record<RuleId, RuleSetting>>;
  vagueWords: string[];
}

/** Reads aipm.yaml's text; every problem is a UserError naming the file, line and column. */
export function parseConfig(text: string, file: string, displayName: string): Config {
  const parsed = parseYaml(text);
  const raw = parsed.value as Record<string, unknown> | undefined;
  const lang: Lang = raw && isLang(raw.lang) ? raw.lang : 'en';
  const lines: string[] = [];
  const at = (path: Path, key = false) => {
    const span = locate(parsed, path, { key });
    return `${displayName}:${span.line}:${span.col}`;
  };
  for (const p of parsed.problems) {
    const span = spanOf(parsed.lineCounter, p.range[0], p.range[1]);
    lines.push(`${displayName}:${span.line}:${span.col} ${t(lang, `yaml.${p.msg}`, p.params)}`);
  }
  if (lines.length > 0) throw new UserError('error.configInvalid', { details: lines.join('\n') }, lang);
  const result = parseLenient(configSchema, raw);
  if (!result.ok) {
    for (const h of hitsFromIssues(result.issues, configSchema, raw)) {
      lines.push(`${at(h.path, h.key)} ${t(lang, h.msg, { ...h.params, suggestion: h.suggestion })}`);
    }
  }
  const rules: Config['rules'] = {};
  const rawRules = raw?.rules;
  if (rawRules && typeof rawRules === 'object') {
    for (const id of Object.keys(rawRules)) {
      if (isRuleId(id)) continue;
      const suggestion = nearest(id, RULE_IDS);
      lines.push(`${at(['rules', id], true)} ${t(lang, 'config.unknownRule', { id, suggestion })}`);
    }
  }
  if (lines.length > 0 || !result.ok) throw new UserError('error.configInvalid', { details: lines.join('\n') }, lang);
  const data = result.data;
  for (const [id, setting] of Object.entries(data.rules ?? {})) rules[id as RuleId] = setting;
  const root = resolve(file, '..');
  const inside = (field: 'specs' | 'out' | 'templates', value: string): string => {
    const full = resolve(root, value);
    const rel = relative(root, full);
    if (isAbsolute(value) || rel.startsWith('..') || (rel !== '' && isAbsolute(rel)) || full.split(sep).includes('..')) {
      const span = locate(parsed, [field]);
      throw new UserError('error.configPathOutside', { file: displayName, line: span.line, col: span.col, field, value }, lang);
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
  };
}
