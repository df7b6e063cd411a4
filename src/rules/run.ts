import { builtinCatalogues, parseCatalogue } from '../catalogues/index.js';
import { checkCovers } from '../check/covers.js';
import { buildModel } from '../check/index.js';
import { formatMessage, type Lang } from '../i18n/index.js';
import { builtinFinding, findingOf, sortFindings } from '../model/finding.js';
import { itemFinder, live } from '../model/queries.js';
import type { CheckMemo, Finding, Model, RuleSetting, Severity, SpecFile } from '../model/types.js';
import type { Config, Organisation } from '../model/config.js';
import { UserError } from '../errors.js';
import { readIgnoreComments, type IgnoreComment } from './ignore.js';
import { RULE_IDS, rules, type RuleId } from './index.js';
import type { Regulation, Rule, RuleContext } from './types.js';

export interface CheckOptions {
  lang: Lang;
  /** YYYY-MM-DD */
  today: string;
  rules?: Partial<Record<RuleId, RuleSetting>>;
  vagueWords?: readonly string[];
  /** What aipm.yaml declares for the regulation catalogues, and the catalogues themselves. */
  regulation?: Regulation;
  /** The organisation file aipm.yaml `extends`, with its shared metrics and locked rules. */
  organisation?: Organisation;
}

/** The check's options from a workspace's configuration. */
export function checkOptionsOf(config: Pick<Config, 'lang' | 'rules' | 'vagueWords'> & Partial<Pick<Config, 'product' | 'catalogueFiles' | 'source' | 'organisation'>>, today: string): CheckOptions {
  return { lang: config.lang, today, rules: config.rules, vagueWords: config.vagueWords, regulation: regulationOf(config), ...(config.organisation ? { organisation: config.organisation } : {}) };
}

/** The regulation side of a configuration: the product's markets and capabilities, the catalogues (read when first needed). */
function regulationOf(config: Pick<Config, 'lang'> & Partial<Pick<Config, 'product' | 'catalogueFiles' | 'source'>>): Regulation {
  const own = (config.catalogueFiles ?? []).map((f) => parseCatalogue(f.text, f.file, config.lang));
  let catalogues: ReturnType<Regulation['catalogues']> | undefined;
  const { markets = [], capabilities = [], launched } = config.product ?? {};
  return {
    markets,
    capabilities,
    ...(launched !== undefined ? { launched } : {}),
    catalogues: () => (catalogues ??= [...builtinCatalogues(), ...own.flatMap((o) => (o.catalogue ? [o.catalogue] : []))]),
    ...(config.source ? { config: { ...config.source, raw: config.source.parsed.value, broken: false } } : {}),
    findings: own.flatMap((o) => o.findings),
  };
}

export interface CheckResult {
  findings: Finding[];
  model: Model;
}

/**
 * The whole check, pure: the model (YAML syntax, schema, ids, references, `covers` into the
 * regulation catalogues), then the rules over the
 * whole workspace. Findings sorted by file, line, column, rule.
 */
export function checkSpecs(files: readonly SpecFile[], options: CheckOptions, memo?: CheckMemo): CheckResult {
  const { model, findings } = buildModel(files, options.lang, memo, options.organisation);
  const covers = checkCovers(model, options.regulation?.catalogues ?? builtinCatalogues, (options.regulation?.findings ?? []).length > 0);
  findings.push(...covers.map((p) => builtinFinding(p, options.lang)), ...runRules(model, options), ...(options.regulation?.findings ?? []));
  return { findings: sortFindings(findings), model };
}

/** Every rule that is not off, with its severity from aipm.yaml, drafts and suppression comments applied. */
export function runRules(model: Model, options: CheckOptions): Finding[] {
  const { ignores, problems } = readIgnoreComments(model.files, RULE_IDS);
  const findings = problems.map((p) => builtinFinding(p, options.lang));
  const ctx: RuleContext = {
    model,
    lang: options.lang,
    today: options.today,
    ...(options.regulation ? { regulation: options.regulation } : {}),
    vagueWords: options.vagueWords ?? [],
    ...(options.regulation?.config ? { configFile: options.regulation.config } : {}),
    items: (kind) => live(model.items[kind]),
    docs: (kind) => live(model.docs[kind]),
    find: itemFinder(model),
  };
  refuseLockedSuppressions(ignores, options);
  for (const rule of rules as readonly Rule[]) {
    const setting = rule.meta.id === ORG_POLICY ? 'error' : options.rules?.[rule.meta.id as RuleId];
    if (setting === 'off') continue;
    const base: Severity = setting === 'warn' ? 'warning' : setting === 'error' ? 'error' : rule.meta.severity;
    for (const problem of rule.check(ctx)) {
      // In a draft, rule findings are at most warnings.
      const severity: Severity = problem.mild || (problem.file.status === 'draft' && !problem.firm) ? 'warning' : base;
      const finding = findingOf({ ...problem, rule: rule.meta.id }, severity, (msg, params) => formatMessage(options.lang, rule.messages[msg]![options.lang], params, (id) => rule.messages[id]![options.lang]));
      suppress(finding, ignores.get(finding.file)?.get(finding.line - 1));
      findings.push(finding);
    }
  }
  return findings;
}

/** The rule that holds a product to its organisation: always on, at error, never suppressed. */
const ORG_POLICY = 'org-policy';

/**
 * A product may not silence what its organisation locks, nor org-policy: such an `# aipm-ignore`
 * is exit 2 (SPEC: Organisation), naming the comment, the rule and the organisation file.
 */
function refuseLockedSuppressions(ignores: ReadonlyMap<string, ReadonlyMap<number, IgnoreComment>>, options: CheckOptions): void {
  const locked = new Set([ORG_POLICY, ...(options.organisation?.locked ?? [])]);
  for (const [file, byLine] of ignores) {
    for (const [line, ignore] of byLine) {
      if (!locked.has(ignore.rule)) continue;
      const org = options.organisation?.source.file;
      const reason = ignore.rule === ORG_POLICY ? { msg: 'error.orgPolicySuppressed' as const } : { msg: 'error.lockedSuppressed' as const };
      throw new UserError(reason.msg, { file, line, rule: ignore.rule, ...(org ? { org } : {}) }, options.lang, { file, line, col: 1 });
    }
  }
}

function suppress(finding: Finding, ignore: IgnoreComment | undefined): void {
  if (ignore && ignore.rule === finding.rule) finding.suppressed = { reason: ignore.reason };
}
