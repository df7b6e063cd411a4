import * as z from 'zod/mini';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import { isLang, type Lang, type Params } from '../i18n/index.js';
import { issuesAt, parseLenient } from '../kinds/zod-issues.js';
import { CAPABILITIES, MARKETS } from '../catalogues/capabilities.js';
import { isRealDate } from '../kinds/common.js';
import { PRODUCT_TYPES, type Config } from '../model/config.js';
import { builtinFinding } from '../model/finding.js';
import type { CheckedFile, Finding, Problem } from '../model/types.js';
import { nearest } from '../suggest.js';
import { parseYaml } from '../yaml/parse.js';

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
  extends: z.optional(z.string()),
});

/** The rule id of a finding about aipm.yaml itself (the editor's diagnostic code). */
export const CONFIG_RULE = 'config';

/**
 * A bad aipm.yaml: a user error (exit 2; the terminal's message lists every problem), whose
 * problems are also findings, each at its place, for the editor and `--format json`.
 */
export class ConfigError extends UserError {
  constructor(
    msg: 'error.configInvalid' | 'error.configPathOutside' | 'error.orgInvalid',
    params: Params,
    lang: Lang,
    readonly findings: readonly Finding[],
  ) {
    const first = findings[0];
    super(msg, params, lang, first && { file: first.file, line: first.line, col: first.col });
  }
}

/**
 * Reads aipm.yaml's text; every problem is a ConfigError naming the file, line and column (also
 * as data). `ruleIds` are the rule ids a `rules:` entry may name.
 */
export function parseConfig(text: string, file: string, displayName: string, ruleIds: readonly string[]): Config {
  const parsed = parseYaml(text);
  const raw = parsed.value as Record<string, unknown> | undefined;
  const lang: Lang = raw && isLang(raw.lang) ? raw.lang : 'en';
  // aipm.yaml as a checked file, so its problems become findings the way a spec file's do.
  const self: CheckedFile = { file: displayName, parsed, raw, broken: parsed.problems.length > 0 };
  const problems: Problem[] = [];
  const fail = () => {
    const findings = problems.map((p) => builtinFinding(p, lang));
    const lines = findings.map((f) => `${f.file}:${f.line}:${f.col} ${f.message}`);
    return new ConfigError('error.configInvalid', { details: lines.join('\n') }, lang, findings);
  };
  for (const p of parsed.problems) problems.push({ rule: CONFIG_RULE, file: self, path: [], range: p.range, msg: `yaml.${p.msg}`, params: p.params });
  if (problems.length > 0) throw fail();
  const result = parseLenient(configSchema, raw);
  if (!result.ok) {
    for (const issue of issuesAt(result.issues, configSchema, raw)) problems.push({ rule: CONFIG_RULE, file: self, ...issue });
  }
  const rawRules = raw?.rules;
  if (rawRules && typeof rawRules === 'object') {
    for (const id of Object.keys(rawRules)) {
      if (ruleIds.includes(id)) continue;
      const suggestion = nearest(id, ruleIds);
      problems.push({ rule: CONFIG_RULE, file: self, path: ['rules', id], key: true, msg: 'config.unknownRule', params: { id, suggestion } });
    }
    // org-policy holds a product to its organisation: it is never turned down.
    const orgPolicy = (rawRules as Record<string, unknown>)['org-policy'];
    if (orgPolicy !== undefined && orgPolicy !== 'error') problems.push({ rule: CONFIG_RULE, file: self, path: ['rules', 'org-policy'], msg: 'config.orgPolicyBuiltIn', params: {} });
  }
  if (problems.length > 0 || !result.ok) throw fail();
  const data = result.data;
  const rules: Config['rules'] = { ...data.rules };
  const root = resolve(file, '..');
  const inside = (field: 'specs' | 'out' | 'templates' | 'catalogues', value: string, at: readonly (string | number)[] = [field]): string => {
    const full = resolve(root, value);
    const rel = relative(root, full);
    if (value.includes('\0') || isAbsolute(value) || rel === '..' || rel.startsWith(`..${sep}`) || (rel !== '' && isAbsolute(rel)) || full.split(sep).includes('..')) {
      const finding = builtinFinding({ rule: CONFIG_RULE, file: self, path: at, msg: 'config.pathOutside', params: { field, value } }, lang);
      throw new ConfigError('error.configPathOutside', { file: displayName, line: finding.line, col: finding.col, field, value }, lang, [finding]);
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
    // Where it leads is checked when it is read (workspace/load.ts): it may leave the product's folder, not the repository.
    ...(data.extends !== undefined ? { extends: { written: data.extends, file: resolve(root, data.extends) } } : {}),
  };
}

