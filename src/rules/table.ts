import type { Lang } from '../i18n/index.js';
import { rules } from './index.js';

/** The rule table as Markdown, from the rules' own metadata (the README embeds it). */
export function ruleTable(lang: Lang): string {
  const escape = (s: string) => s.replace(/\|/g, '\\|');
  const head = lang === 'zh' ? '| 规则 | 默认 | 检查什么 |\n|---|---|---|' : '| rule | default | what it flags |\n|---|---|---|';
  const rows = rules.map(({ meta }) => `| \`${meta.id}\` | ${meta.severity === 'error' ? 'error' : 'warn'} | **${escape(meta.title[lang])}.** ${escape(meta.checks[lang])} |`);
  return [head, ...rows].join('\n');
}
