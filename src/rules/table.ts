import type { Lang } from '../i18n/index.js';
import type { Severity } from '../model/types.js';
import { rules } from './index.js';

/** A default severity as aipm.yaml spells it: `error` or `warn`. */
export function severityLabel(severity: Severity): 'error' | 'warn' {
  return severity === 'error' ? 'error' : 'warn';
}

/** The rule table as Markdown, from the rules' own metadata (the README embeds it). */
export function ruleTable(lang: Lang): string {
  const escape = (s: string) => s.replace(/\|/g, '\\|');
  const head = lang === 'zh' ? '| 规则 | 默认 | 检查什么 |\n|---|---|---|' : '| rule | default | what it flags |\n|---|---|---|';
  const rows = rules.map(({ meta }) => `| \`${meta.id}\` | ${severityLabel(meta.severity)} | **${escape(meta.title[lang])}.** ${escape(meta.checks[lang])} |`);
  return [head, ...rows].join('\n');
}
