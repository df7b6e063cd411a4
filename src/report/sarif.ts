import type { Lang } from '../i18n/index.js';
import type { Finding } from '../model/types.js';
import { builtinChecks, rules } from '../rules/index.js';
import type { RuleMeta } from '../rules/types.js';
import { VERSION } from '../version.js';
import { fingerprints, repoPath } from './paths.js';
import type { Reporter, ValidateResult } from './types.js';
import { forJson } from '../safe-text.js';

/** GitHub code scanning keeps this many results of a run. */
export const SARIF_MAX_RESULTS = 5000;
const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const FINGERPRINT = 'aipm/v1';

/** Every check that can fire, built-ins first: a result's `ruleIndex` points into this list. */
const allChecks: readonly RuleMeta[] = [...builtinChecks, ...rules.map((r) => r.meta)];
const ruleIndex = new Map(allChecks.map((m, i) => [m.id, i]));

const truncate = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/**
 * A rule as code scanning shows it: its whole help is carried here (what `aipm explain <rule>`
 * says), so no link to a web page is needed; the SARIF has no URL, as aipm has no public home yet.
 */
function driverRule(meta: RuleMeta, lang: Lang) {
  return {
    id: meta.id,
    name: meta.id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: meta.title[lang] },
    fullDescription: { text: truncate(meta.checks[lang], 1000) },
    help: {
      text: `${meta.checks[lang]}\n\n${meta.why[lang]}\n\n${meta.fix[lang]}`,
      markdown: `**${meta.title[lang]}**\n\n${meta.checks[lang]}\n\n*Why:* ${meta.why[lang]}\n\n*How to fix:* ${meta.fix[lang]}`,
    },
    defaultConfiguration: { level: meta.severity === 'error' ? 'error' : 'warning' },
  };
}

/** A file and a span as SARIF's physical location (a region at least one column wide). */
function physicalLocation(result: ValidateResult, at: Pick<Finding, 'file' | 'line' | 'col' | 'endLine' | 'endCol'>) {
  return {
    artifactLocation: { uri: repoPath(result, at.file) },
    region: { startLine: at.line, startColumn: at.col, endLine: at.endLine, endColumn: Math.max(at.endCol, at.endLine === at.line ? at.col + 1 : 1) },
  };
}

function sarifResult(result: ValidateResult, f: Finding, fingerprint: string) {
  return {
    ruleId: f.rule,
    ruleIndex: ruleIndex.get(f.rule) ?? 0,
    level: f.severity === 'error' ? 'error' : 'warning',
    message: { text: f.message },
    locations: [{ physicalLocation: physicalLocation(result, f) }],
    ...(f.related?.length ? { relatedLocations: f.related.map((r, i) => ({ id: i, physicalLocation: physicalLocation(result, r), message: { text: r.message } })) } : {}),
    partialFingerprints: { [FINGERPRINT]: fingerprint },
    ...(f.suppressed ? { suppressions: [{ kind: 'inSource', justification: f.suppressed.reason }] } : {}),
  };
}

/** One run: its findings (errors first past GitHub's limit, and a note saying so). */
function run(result: ValidateResult, findings: readonly Finding[], lang: Lang, product?: { id: string; fatal?: { message: string } }) {
  const prints = fingerprints(result, findings);
  let kept = findings.map((f, i) => ({ f, print: prints[i]! }));
  const notifications: object[] = [];
  if (kept.length > SARIF_MAX_RESULTS) {
    const rank = (f: Finding) => (f.suppressed ? 2 : f.severity === 'error' ? 0 : 1);
    kept = [...kept].sort((a, b) => rank(a.f) - rank(b.f)).slice(0, SARIF_MAX_RESULTS);
    notifications.push({ level: 'warning', message: { text: `aipm found ${findings.length} results; GitHub keeps ${SARIF_MAX_RESULTS} a run, so ${findings.length - SARIF_MAX_RESULTS} were left out (errors kept first). Run aipm validate for the full list.` } });
  }
  if (product?.fatal) notifications.push({ level: 'error', message: { text: product.fatal.message } });
  return {
    tool: {
      driver: {
        name: 'aipm',
        version: VERSION,
        semanticVersion: VERSION,
        rules: allChecks.map((m) => driverRule(m, lang)),
      },
    },
    ...(product ? { automationDetails: { id: `aipm/${product.id}/` } } : {}),
    invocations: [{ executionSuccessful: !product?.fatal, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
    results: kept.map(({ f, print }) => sarifResult(result, f, print)),
  };
}

/** SARIF 2.1.0 for GitHub code scanning: one run, or one run per product with `--all`. */
export const sarif: Reporter = (result) => {
  const products = result.products ?? [];
  const runs = products.length > 1
    ? products.map((p) => run(result, p.findings, p.lang, p))
    : [run(result, result.findings, result.lang)];
  return `${forJson({ $schema: SARIF_SCHEMA, version: '2.1.0', runs }, 2)}\n`;
};
