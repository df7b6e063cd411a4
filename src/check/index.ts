import { ITEM_KINDS, KIND_NAMES, type ItemKind, type KindName } from '../kinds/index.js';
import { t, type Lang } from '../i18n/index.js';
import { rules, isRuleId, RULE_IDS, type RuleContext, type RuleId } from '../rules/index.js';
import { nearest } from '../suggest.js';
import { locate, spanOf } from '../workspace/locate.js';
import { collectIds } from './ids.js';
import { checkReferences } from './references.js';
import { checkFileSchema } from './schema.js';
import type { CheckedFile, Entry, Finding, Hit, Model, Severity, SpecFile } from './types.js';

export type RuleSetting = 'error' | 'warn' | 'off';

export interface CheckOptions {
  lang: Lang;
  /** YYYY-MM-DD */
  today: string;
  rules?: Partial<Record<RuleId, RuleSetting>>;
  vagueWords?: readonly string[];
}

export interface CheckResult {
  findings: Finding[];
  model: Model;
}

/**
 * The whole check, pure: YAML syntax, schema, ids, references, then the rules over the whole
 * workspace. Each stage skips what an earlier stage found broken, so one mistake is one finding.
 */
export function checkSpecs(files: readonly SpecFile[], options: CheckOptions): CheckResult {
  const hits: Hit[] = [];
  const findings: Finding[] = [];
  for (const f of files) {
    for (const p of f.parsed.problems) {
      const span = spanOf(f.parsed.lineCounter, p.range[0], p.range[1]);
      findings.push({ rule: 'yaml-syntax', severity: 'error', file: f.file, ...span, message: t(options.lang, `yaml.${p.msg}`, p.params) });
    }
  }
  const checked: CheckedFile[] = [];
  const entries: Entry[] = [];
  for (const f of files) {
    const outcome = checkFileSchema(f);
    checked.push(outcome.file);
    hits.push(...outcome.hits);
    entries.push(...outcome.entries);
  }
  const { ids, hits: duplicateHits } = collectIds(checked);
  hits.push(...duplicateHits);
  const model = buildModel(checked, entries, ids);
  const metrics = new Map(model.items.metric.map((m) => [m.id, m]));
  hits.push(...checkReferences(checked, ids, metrics));

  const { ignores, hits: ignoreHits } = readIgnoreComments(checked);
  hits.push(...ignoreHits);
  for (const hit of hits) findings.push(place(hit, 'error', options.lang));
  findings.push(...runRules(model, options, ignores));
  return { findings: sortFindings(findings), model };
}

function buildModel(files: CheckedFile[], entries: Entry[], ids: Model['ids']): Model {
  const items = Object.fromEntries(ITEM_KINDS.map((k) => [k, [] as Entry[]])) as Record<ItemKind, Entry[]>;
  for (const e of entries) items[e.kind].push(e);
  const docs = Object.fromEntries(KIND_NAMES.map((k) => [k, [] as { file: CheckedFile; value: unknown }[]])) as Record<KindName, { file: CheckedFile; value: unknown }[]>;
  for (const file of files) if (file.kind && file.doc) docs[file.kind].push({ file, value: file.doc });
  return { files, items, docs, ids } as unknown as Model;
}

function place(hit: Hit, severity: Severity, lang: Lang): Finding {
  const span = hit.range
    ? spanOf(hit.file.parsed.lineCounter, hit.range[0], hit.range[1])
    : locate(hit.file.parsed, hit.path, hit.key ? { key: true } : {});
  return { rule: hit.rule, severity, file: hit.file.file, ...span, message: t(lang, hit.msg, hit.params) };
}

function runRules(model: Model, options: CheckOptions, ignores: Map<string, Map<number, IgnoreComment>>): Finding[] {
  const live = (file: CheckedFile) => file.status !== 'superseded';
  const byId = new Map<string, Entry>();
  for (const kind of ITEM_KINDS) for (const e of model.items[kind]) if (!byId.has(`${kind}:${e.id}`)) byId.set(`${kind}:${e.id}`, e);
  const ctx: RuleContext = {
    model,
    today: options.today,
    vagueWords: options.vagueWords ?? [],
    items: (kind) => model.items[kind].filter((e) => live(e.file)) as never,
    docs: (kind) => model.docs[kind].filter((d) => live(d.file)) as never,
    find: (kind, id) => byId.get(`${kind}:${id}`) as never,
  };
  const findings: Finding[] = [];
  for (const rule of rules) {
    const setting = options.rules?.[rule.meta.id];
    if (setting === 'off') continue;
    const base: Severity = setting === 'warn' ? 'warning' : setting === 'error' ? 'error' : rule.meta.severity;
    for (const hit of rule.check(ctx)) {
      // In a draft, rule findings are at most warnings.
      const severity: Severity = hit.mild || hit.file.status === 'draft' ? 'warning' : base;
      const finding = place({ ...hit, rule: rule.meta.id }, severity, options.lang);
      const ignore = ignores.get(hit.file.file)?.get(finding.line - 1);
      if (ignore && ignore.rule === rule.meta.id) finding.suppressed = { reason: ignore.reason };
      findings.push(finding);
    }
  }
  return findings;
}

interface IgnoreComment {
  rule: string;
  reason: string;
}

const IGNORE = /^\s*#\s*aipm-ignore\s+([^\s:]+)\s*(?::\s*(.*?))?\s*$/;

/** `# aipm-ignore <rule-id>: <reason>` comments, by file and line; malformed ones are schema hits. */
function readIgnoreComments(files: readonly CheckedFile[]): { ignores: Map<string, Map<number, IgnoreComment>>; hits: Hit[] } {
  const ignores = new Map<string, Map<number, IgnoreComment>>();
  const hits: Hit[] = [];
  for (const file of files) {
    if (file.broken || !file.parsed.text.includes('aipm-ignore')) continue;
    const byLine = new Map<number, IgnoreComment>();
    file.parsed.text.split(/\r?\n/).forEach((line, i) => {
      const m = IGNORE.exec(line);
      if (!m) return;
      const rule = m[1]!;
      const reason = m[2] ?? '';
      const start = (file.parsed.lineCounter.lineStarts[i] ?? 0) + line.indexOf('#');
      const at = { path: [], file, rule: 'schema', range: [start, start + line.trim().length] as [number, number] };
      if (!isRuleId(rule)) {
        const suggestion = nearest(rule, RULE_IDS);
        hits.push({ ...at, msg: 'schema.ignoreRule', params: { rule, ...(suggestion ? { suggestion } : {}) } });
      } else if (!reason) {
        hits.push({ ...at, msg: 'schema.ignoreReason', params: { rule } });
      } else byLine.set(i + 1, { rule, reason });
    });
    ignores.set(file.file, byLine);
  }
  return { ignores, hits };
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.col - b.col || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)));
}

