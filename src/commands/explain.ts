import { ANNEX_III_CAPABILITIES, builtinCatalogues, findItem, type Catalogue, type CatalogueItem } from '../catalogues/index.js';
import { UserError } from '../errors.js';
import { CLEAN, exitCode } from '../exit-code.js';
import { t, type Lang } from '../i18n/index.js';
import { BUILTIN_CHECKS, builtinChecks, findRule, rules, RULE_IDS } from '../rules/index.js';
import { severityLabel } from '../rules/table.js';
import { nearest } from '../suggest.js';
import { languageFor, type CommandResult } from './shared.js';

export interface ExplainOptions {
  cwd: string;
  /** A rule id, a built-in check, or a regulation catalogue item id. */
  rule?: string;
  /** List this catalogue's items. */
  catalogue?: string;
  /** zh | en; default: the workspace's language, else the environment's locale. */
  lang?: string;
  env?: NodeJS.ProcessEnv;
}

export async function explain(opts: ExplainOptions): Promise<CommandResult> {
  const lang = await languageFor(opts.cwd, opts.lang, opts.env ?? process.env);
  if (opts.catalogue !== undefined) return { exitCode: exitCode(CLEAN), stdout: listCatalogue(opts.catalogue, lang) };
  if (opts.rule === undefined) return { exitCode: exitCode(CLEAN), stdout: listRules(lang) };
  // A rule, or one of the built-in checks (yaml-syntax, schema, duplicate-id, reference).
  const meta = findRule(opts.rule)?.meta ?? builtinChecks.find((c) => c.id === opts.rule);
  if (!meta) {
    const catalogues = builtinCatalogues();
    const found = findItem(catalogues, opts.rule);
    if (found) return { exitCode: exitCode(CLEAN), stdout: explainItem(found.catalogue, found.item, lang) };
    const itemIds = catalogues.flatMap((c) => c.items.map((i) => i.id));
    const suggestion = nearest(opts.rule, [...RULE_IDS, ...BUILTIN_CHECKS, ...itemIds]);
    // Item ids are upper case, rule ids lower case: say which of the two was meant.
    const meantItem = suggestion !== undefined ? itemIds.includes(suggestion) : /[A-Z]/.test(opts.rule);
    throw new UserError(meantItem ? 'error.unknownItem' : 'error.unknownRule', { value: opts.rule, suggestion, catalogues: catalogues.map((c) => c.id).join(', ') }, lang);
  }
  const lines = [
    `${meta.id} — ${meta.title[lang]}`,
    `${t(lang, 'explain.severity')}: ${severityLabel(meta.severity)}`,
    '',
    `${t(lang, 'explain.checks')}:`,
    `  ${meta.checks[lang]}`,
    '',
    `${t(lang, 'explain.why')}:`,
    `  ${meta.why[lang]}`,
    '',
    `${t(lang, 'explain.fix')}:`,
    `  ${meta.fix[lang]}`,
  ];
  return { exitCode: exitCode(CLEAN), stdout: `${lines.join('\n')}\n` };
}

function listRules(lang: Lang): string {
  const width = Math.max(...RULE_IDS.map((id) => id.length));
  const lines = [t(lang, 'explain.header'), ''];
  for (const { meta } of rules) {
    lines.push(`  ${meta.id.padEnd(width)}  ${severityLabel(meta.severity).padEnd(5)}  ${meta.title[lang]}`);
  }
  lines.push('', `${t(lang, 'explain.builtin')} ${BUILTIN_CHECKS.join(', ')}`);
  lines.push('', `${t(lang, 'explain.catalogues')} ${builtinCatalogues().map((c) => c.id).join(', ')}`);
  return `${lines.join('\n')}\n`;
}

/** One item in the reader's language: what it asks, of whom, from when, and where it is written. */
function explainItem(catalogue: Catalogue, item: CatalogueItem, lang: Lang): string {
  const from = item.from_existing ? `${item.from} (${t(lang, 'explain.item.fromExisting', { date: item.from_existing })})` : item.from;
  const lines = [
    `${item.id} — ${item.title[lang]}`,
    `${t(lang, 'explain.item.catalogue')}: ${catalogue.title[lang]} (${catalogue.id}, as_of ${catalogue.as_of})`,
    `${t(lang, 'explain.item.applies')}: ${appliesText(item, lang)}`,
    `${t(lang, 'explain.item.from')}: ${from}`,
    ...(item.verify ? [`  ${t(lang, 'explain.item.verify')}`] : []),
    '',
    `${t(lang, 'explain.item.evidence')}:`,
    `  ${item.evidence[lang]}`,
    '',
    `${t(lang, 'explain.item.where')}: ${item.where.join(', ')}`,
    '',
    `${t(lang, 'explain.item.source')}:`,
    ...[item.source, ...(item.also ?? [])].flatMap((s) => [`  ${s.act}, ${s.article}`, `    ${s.url}`]),
    '',
    t(lang, 'explain.notAdvice'),
  ];
  return `${lines.join('\n')}\n`;
}

function appliesText(item: CatalogueItem, lang: Lang): string {
  const { markets, capabilities, all } = item.applies;
  const parts = [t(lang, 'explain.item.markets', { markets: markets.join(', ') })];
  if (item.applies['high-risk']) parts.push(t(lang, 'explain.item.highRisk', { areas: ANNEX_III_CAPABILITIES.join(', ') }));
  if (capabilities) parts.push(t(lang, 'explain.item.anyOf', { capabilities: capabilities.join(', ') }));
  if (all) parts.push(t(lang, 'explain.item.allOf', { capabilities: all.join(', ') }));
  if (parts.length === 1) parts.push(t(lang, 'explain.item.everyProduct'));
  return parts.join(lang === 'zh' ? '；' : '; ');
}

function listCatalogue(id: string, lang: Lang): string {
  const catalogues = builtinCatalogues();
  const catalogue = catalogues.find((c) => c.id === id);
  if (!catalogue) {
    const ids = catalogues.map((c) => c.id);
    throw new UserError('error.unknownCatalogue', { value: id, suggestion: nearest(id, ids), choices: ids.join(', ') }, lang);
  }
  const idWidth = Math.max(...catalogue.items.map((i) => i.id.length));
  const lines = [t(lang, 'explain.catalogue.header', { title: catalogue.title[lang], count: catalogue.items.length, asOf: catalogue.as_of }), ''];
  for (const item of catalogue.items) {
    lines.push(`  ${item.id.padEnd(idWidth)}  ${item.from}${item.verify ? '*' : ' '}  ${item.title[lang]}`);
  }
  if (catalogue.items.some((i) => i.verify)) lines.push('', `* ${t(lang, 'explain.item.verify')}`);
  lines.push('', t(lang, 'explain.notAdvice'));
  return `${lines.join('\n')}\n`;
}
