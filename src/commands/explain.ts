import { UserError } from '../errors.js';
import { CLEAN, exitCode } from '../exit-code.js';
import { t, type Lang } from '../i18n/index.js';
import { BUILTIN_CHECKS, builtinChecks, findRule, rules, RULE_IDS } from '../rules/index.js';
import { severityLabel } from '../rules/table.js';
import { nearest } from '../suggest.js';
import { languageFor, type CommandResult } from './shared.js';

export interface ExplainOptions {
  cwd: string;
  rule?: string;
  /** zh | en; default: the workspace's language, else the environment's locale. */
  lang?: string;
  env?: NodeJS.ProcessEnv;
}

export async function explain(opts: ExplainOptions): Promise<CommandResult> {
  const lang = await languageFor(opts.cwd, opts.lang, opts.env ?? process.env);
  if (opts.rule === undefined) return { exitCode: exitCode(CLEAN), stdout: listRules(lang) };
  // A rule, or one of the built-in checks (yaml-syntax, schema, duplicate-id, reference).
  const meta = findRule(opts.rule)?.meta ?? builtinChecks.find((c) => c.id === opts.rule);
  if (!meta) {
    const suggestion = nearest(opts.rule, [...RULE_IDS, ...BUILTIN_CHECKS]);
    throw new UserError('error.unknownRule', { value: opts.rule, suggestion }, lang);
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
  return `${lines.join('\n')}\n`;
}
