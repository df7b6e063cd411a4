import { t, type Lang } from '../i18n/index.js';
import { escapeInline, escapeMessage } from './markdown.js';
import type { ItemChange, SpecDiff, Suspect } from '../model/compare.js';

const SIGN = { added: '+', removed: '-', changed: '~', moved: '→', renamed: '~' } as const;

const value = (v: unknown) => (v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v));

function headline(lang: Lang, c: ItemChange): string {
  const what = c.kind === 'file' ? t(lang, 'diff.file') : c.kind;
  if (c.change === 'renamed') return `${what} ${t(lang, 'diff.renamed', { from: c.fromId, to: c.id })} (${c.fromFile ? `${c.fromFile} → ` : ''}${c.file})`;
  const change = c.change === 'moved' ? t(lang, 'diff.moved', { from: c.fromFile }) : t(lang, `diff.${c.change}`);
  return c.kind === 'file' ? `${what} ${c.file} ${change}` : `${what} ${c.id} (${c.file}) ${change}`;
}

function suspectLine(lang: Lang, s: Suspect): string {
  return s.type === 'evaluation' ? t(lang, 'diff.suspectEvaluation', { id: s.id, metric: s.metric, from: s.from, to: s.to }) : t(lang, 'diff.suspectTrigger', { metric: s.metric, file: s.file, from: s.from, to: s.to });
}

/** The diff for a terminal: one line per item, its changed fields below it (old → new). */
export function diffText(diff: SpecDiff, ref: string, lang: Lang): string {
  if (diff.changes.length === 0 && diff.suspects.length === 0) return `${t(lang, 'diff.none', { ref })}\n`;
  const lines = [`${t(lang, 'diff.title', { ref })}:`];
  for (const c of diff.changes) {
    lines.push(`  ${SIGN[c.change]} ${headline(lang, c)}`);
    for (const f of c.fields) lines.push(`      ${f.field}: ${value(f.from)} → ${value(f.to)}`);
  }
  if (diff.suspects.length > 0) lines.push('', `${t(lang, 'diff.suspects')}:`, ...diff.suspects.map((s) => `  ! ${suspectLine(lang, s)}`));
  return `${lines.join('\n')}\n`;
}

/**
 * The diff as Markdown, every value escaped: a section of its own under a `level` heading (for
 * `--format markdown`), or, with `title: false`, the body of a section the packet heads.
 */
export function diffMarkdown(diff: SpecDiff, ref: string, lang: Lang, options: { level?: number; title?: boolean } = {}): string {
  const level = options.level ?? 2;
  const head = options.title === false ? [] : [`${'#'.repeat(level)} ${escapeInline(t(lang, 'diff.title', { ref }))}`, ''];
  const h = '#'.repeat(level + 1);
  if (diff.changes.length === 0 && diff.suspects.length === 0) return `${[...head, escapeMessage(t(lang, 'diff.none', { ref }))].join('\n')}\n`;
  const lines: string[] = [...head];
  for (const c of diff.changes) {
    // `+` and `-` would start a nested list: the signs are written so Markdown keeps them as text.
    lines.push(`- ${({ added: '\\+', removed: '−', changed: '~', moved: '→', renamed: '~' } as const)[c.change]} ${escapeMessage(headline(lang, c))}`);
    for (const f of c.fields) lines.push(`  - \`${f.field.replace(/`/g, '')}\`: ${escapeInline(value(f.from))} → ${escapeInline(value(f.to))}`);
  }
  if (diff.suspects.length > 0) lines.push('', `${h} ${escapeInline(t(lang, 'diff.suspects'))}`, '', ...diff.suspects.map((s) => `- ⚠ ${escapeMessage(suspectLine(lang, s))}`));
  return `${lines.join('\n')}\n`;
}
