import { dirname, resolve } from 'node:path';
import type { Lang } from '../i18n/index.js';
import { issuesAt, parseLenient } from '../kinds/zod-issues.js';
import { organisationSchema } from '../kinds/organisation.js';
import type { Config, Organisation } from '../model/config.js';
import { builtinFinding } from '../model/finding.js';
import type { CheckedFile, Problem, RuleSetting, Severity } from '../model/types.js';
import { nearest } from '../suggest.js';
import { parseYaml } from '../yaml/parse.js';
import { CONFIG_RULE, ConfigError } from './config.js';
import { isWithin } from './guard.js';

// The organisation file (SPEC: Organisation): read and checked here, then merged into each product's
// Config. A product's own settings win over the organisation's, which win over the built-in ones;
// a product may not turn down a rule the organisation locks.

/** The rule that holds products to their organisation: never off, never suppressed. */
export const ORG_POLICY = 'org-policy';

/** What the organisation file sets besides what the check reads from `Organisation`. */
export interface OrganisationSettings {
  organisation: Organisation;
  rules: Partial<Record<string, RuleSetting>>;
  vagueWords: string[];
  lang?: Lang;
  /** Absolute paths. */
  catalogues: string[];
}

/**
 * Reads an organisation file's text (`file` absolute, `shown` as the user sees it); every problem
 * is a ConfigError (exit 2) naming the file, line and column. Catalogue paths are relative to the
 * file and must stay inside `repoRoot`. `ruleIds` are the rule ids `rules:` and `locked:` may name.
 */
export function parseOrganisation(text: string, file: string, shown: string, repoRoot: string, ruleIds: readonly string[], fallback: Lang): OrganisationSettings {
  const parsed = parseYaml(text);
  const raw = parsed.value as Record<string, unknown> | undefined;
  const lang: Lang = raw?.lang === 'zh' || raw?.lang === 'en' ? raw.lang : fallback;
  const self: CheckedFile = { file: shown, parsed, raw, broken: parsed.problems.length > 0 };
  const problems: Problem[] = [];
  const fail = () => {
    const findings = problems.map((p) => builtinFinding(p, lang));
    const lines = findings.map((f) => `${f.file}:${f.line}:${f.col} ${f.message}`);
    return new ConfigError('error.orgInvalid', { file: shown, details: lines.join('\n') }, lang, findings);
  };
  const add = (p: Omit<Problem, 'rule' | 'file'>) => problems.push({ rule: CONFIG_RULE, file: self, ...p });
  for (const p of parsed.problems) add({ path: [], range: p.range, msg: `yaml.${p.msg}`, params: p.params });
  if (problems.length > 0) throw fail();
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    add({ path: [], msg: 'org.notMapping', params: {} });
    throw fail();
  }
  // One level only: an organisation file that extends another would hide where a product's rules
  // come from, and a chain could loop back to a product. Said here rather than as an unknown key.
  const { extends: parent, ...rest } = raw;
  if (parent !== undefined) add({ path: ['extends'], key: true, msg: 'org.noExtends', params: {} });
  const result = parseLenient(organisationSchema(), rest);
  if (!result.ok) for (const issue of issuesAt(result.issues, organisationSchema(), rest)) add(issue);
  const ruleIdAt = (id: unknown, path: (string | number)[], key: boolean) => {
    if (typeof id !== 'string' || ruleIds.includes(id)) return;
    add({ path, ...(key ? { key } : {}), msg: 'config.unknownRule', params: { id, suggestion: nearest(id, ruleIds) } });
  };
  if (raw.rules && typeof raw.rules === 'object') for (const id of Object.keys(raw.rules)) ruleIdAt(id, ['rules', id], true);
  if (Array.isArray(raw.locked)) raw.locked.forEach((id, i) => ruleIdAt(id, ['locked', i], false));
  if (problems.length > 0 || !result.ok) throw fail();
  const data = result.data;
  if (data.rules?.[ORG_POLICY] !== undefined && data.rules[ORG_POLICY] !== 'error') add({ path: ['rules', ORG_POLICY], msg: 'config.orgPolicyBuiltIn', params: {} });
  // Ids unique in the file; `required`, `supports` and `guards` name metrics of the file itself
  // (a product's own metrics are not known here).
  const metrics = data.metrics ?? [];
  const ids = new Map<string, number>();
  metrics.forEach((m, i) => {
    const first = ids.get(m.id);
    if (first !== undefined) add({ path: ['metrics', i, 'id'], msg: 'org.duplicateMetric', params: { id: m.id, first: first + 1 } });
    else ids.set(m.id, i);
  });
  const known = [...ids.keys()];
  const refTo = (id: string, path: (string | number)[]) => {
    if (!ids.has(id)) add({ path, msg: 'org.unknownMetric', params: { id, suggestion: nearest(id, known) } });
  };
  (data.required ?? []).forEach((id, i) => refTo(id, ['required', i]));
  metrics.forEach((m, i) => {
    (m.supports ?? []).forEach((id, j) => refTo(id, ['metrics', i, 'supports', j]));
    (m.guards ?? []).forEach((id, j) => refTo(id, ['metrics', i, 'guards', j]));
  });
  const folder = dirname(file);
  const catalogues = (data.catalogues ?? []).map((c, i) => {
    const full = resolve(folder, c);
    if (c.includes('\0') || !isWithin(repoRoot, full)) add({ path: ['catalogues', i], msg: 'org.outsideRepo', params: { field: 'catalogues', value: c } });
    return full;
  });
  if (problems.length > 0) throw fail();
  return {
    organisation: {
      file,
      source: { file: shown, parsed },
      metrics: metrics.map((value, i) => ({ id: value.id, path: ['metrics', i], value })),
      required: data.required ?? [],
      locked: data.locked ?? [],
    },
    rules: { ...data.rules },
    vagueWords: data.vague_words ?? [],
    ...(data.lang ? { lang: data.lang } : {}),
    catalogues,
  };
}

const RANK: Record<RuleSetting, number> = { off: 0, warn: 1, error: 2 };
const asSetting = (s: Severity): RuleSetting => (s === 'warning' ? 'warn' : 'error');

/**
 * The product's Config with what it inherits: rules (the product's own settings over the
 * organisation's), vague words and catalogues (both), the language (the product's, else the
 * organisation's). A locked rule the product turns down is a ConfigError at its `rules:` line.
 * `defaults` are the built-in severities.
 */
export function inherit(config: Config, settings: OrganisationSettings, defaults: Readonly<Record<string, Severity>>): Config {
  const { organisation } = settings;
  const productLang = (config.source?.parsed.value as { lang?: unknown } | undefined)?.lang;
  const lang: Lang = productLang === undefined && settings.lang ? settings.lang : config.lang;
  const self: CheckedFile = { file: config.source!.file, parsed: config.source!.parsed, raw: config.source!.parsed.value, broken: false };
  const orgFile: CheckedFile = { file: organisation.source.file, parsed: organisation.source.parsed, raw: organisation.source.parsed.value, broken: false };
  for (const rule of organisation.locked) {
    const own = config.rules[rule];
    if (own === undefined) continue;
    const floor = settings.rules[rule] ?? asSetting(defaults[rule] ?? 'error');
    if (RANK[own] >= RANK[floor]) continue;
    const index = organisation.locked.indexOf(rule);
    const problem: Problem = {
      rule: CONFIG_RULE,
      file: self,
      path: ['rules', rule],
      msg: 'config.lockedRule',
      params: { rule, setting: own, org: organisation.source.file },
      related: [{ file: orgFile, path: ['locked', index], msg: 'related.locked', params: { rule } }],
    };
    const finding = builtinFinding(problem, lang);
    throw new ConfigError('error.configInvalid', { details: `${finding.file}:${finding.line}:${finding.col} ${finding.message}` }, lang, [finding]);
  }
  return {
    ...config,
    lang,
    rules: { ...settings.rules, ...config.rules },
    vagueWords: [...new Set([...settings.vagueWords, ...config.vagueWords])],
    ...(settings.catalogues.length > 0 || config.catalogues ? { catalogues: [...settings.catalogues, ...(config.catalogues ?? [])] } : {}),
    organisation: { ...organisation, named: config.extends?.written ?? organisation.source.file },
  };
}
