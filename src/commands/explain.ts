import { UserError } from '../errors.js';
import { isLang, langFromEnv, t, type Lang } from '../i18n/index.js';
import { BUILTIN_CHECKS, findRule, rules, RULE_IDS } from '../rules/index.js';
import { nearest } from '../suggest.js';
import { findConfig, loadConfig } from '../workspace/load.js';
import type { CommandResult } from './validate.js';

export interface ExplainOptions {
  cwd: string;
  rule?: string;
  /** zh | en; default: the workspace's language, else the environment's locale. */
  lang?: string;
  env?: NodeJS.ProcessEnv;
}

/** The language of a command that works with or without a workspace. */
export async function languageFor(cwd: string, flag: string | undefined, env: NodeJS.ProcessEnv): Promise<Lang> {
  if (flag !== undefined) {
    if (!isLang(flag)) throw new UserError('error.badLang', { value: flag });
    return flag;
  }
  const configFile = findConfig(cwd);
  if (configFile) {
    const config = await loadConfig(configFile, cwd).catch(() => undefined);
    if (config) return config.lang;
  }
  return langFromEnv(env);
}

export async function explain(opts: ExplainOptions): Promise<CommandResult> {
  const lang = await languageFor(opts.cwd, opts.lang, opts.env ?? process.env);
  if (opts.rule === undefined) return { exitCode: 0, stdout: listRules(lang) };
  const rule = findRule(opts.rule);
  if (!rule) {
    const suggestion = nearest(opts.rule, RULE_IDS);
    throw new UserError('error.unknownRule', { value: opts.rule, suggestion }, lang);
  }
  const { meta } = rule;
  const severity = meta.severity === 'error' ? 'error' : 'warn';
  const lines = [
    `${meta.id} — ${meta.title[lang]}`,
    `${t(lang, 'explain.severity')}: ${severity}`,
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
  return { exitCode: 0, stdout: `${lines.join('\n')}\n` };
}

function listRules(lang: Lang): string {
  const width = Math.max(...RULE_IDS.map((id) => id.length));
  const lines = [t(lang, 'explain.header'), ''];
  for (const { meta } of rules) {
    lines.push(`  ${meta.id.padEnd(width)}  ${(meta.severity === 'error' ? 'error' : 'warn').padEnd(5)}  ${meta.title[lang]}`);
  }
  lines.push('', `${t(lang, 'explain.builtin')} ${BUILTIN_CHECKS.join(', ')}`);
  return `${lines.join('\n')}\n`;
}
