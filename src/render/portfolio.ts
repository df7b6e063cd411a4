import { count, t, type Lang } from '../i18n/index.js';
import type { PortfolioEntry, PortfolioRow, Rollout } from '../model/portfolio.js';
import { fitWidth, padWidth, textWidth } from '../text-width.js';
import { escapeInline, escapeMessage } from './markdown.js';

// The portfolio as text (`status --all`) and as a Markdown page (`render --all`'s
// aipm-portfolio.md): one row a product, in the language of the environment. Pure.

/** Why a product was not checked, on one line (its aipm.yaml's message runs over several). */
const notChecked = (lang: Lang, error: string) => t(lang, 'portfolio.noFolder', { error: error.replace(/\s*\n\s*/g, ' ') });

const HEADERS = ['portfolio.product', 'portfolio.errors', 'portfolio.warnings', 'portfolio.next', 'portfolio.due', 'portfolio.failing', 'portfolio.rollout'] as const;

/** Where a rollout stands, in words. */
export function rolloutText(r: Rollout, lang: Lang): string {
  switch (r.state) {
    case 'none': return t(lang, 'portfolio.rollout.none');
    case 'unscheduled': return t(lang, 'portfolio.rollout.unscheduled');
    case 'before': return t(lang, 'portfolio.rollout.before', { date: r.starts });
    case 'done': return t(lang, 'portfolio.rollout.done', { date: r.since });
    case 'stage': return t(lang, r.until === undefined ? 'portfolio.rollout.lasting' : 'portfolio.rollout.stage', { index: r.index, of: r.of, stage: r.stage, traffic: r.traffic, since: r.since, until: r.until });
  }
}

/** A product's cells after the first, as plain text (user text not yet escaped for any sink). */
function cellsOf(row: PortfolioRow, lang: Lang): string[] {
  return [
    String(row.errors),
    String(row.warnings),
    row.next ? row.next.id : t(lang, 'portfolio.allDone'),
    row.next ? (row.next.overdue ? t(lang, 'portfolio.overdue', { date: row.next.due }) : row.next.due) : '—',
    row.failing.length > 0 ? row.failing.join(', ') : '—',
    rolloutText(row.rollout, lang),
  ];
}

/** The totals under the table: products, errors, warnings, failing metrics, each in its plural form. */
export function portfolioTotals(entries: readonly PortfolioEntry[], lang: Lang): string {
  const rows = entries.filter((e) => e.kind === 'product');
  const sum = (f: (r: PortfolioRow) => number) => rows.reduce((n, r) => n + f(r), 0);
  const line = t(lang, 'portfolio.totals', {
    products: count(lang, 'product', entries.length),
    errors: count(lang, 'error', sum((r) => r.errors)),
    warnings: count(lang, 'warning', sum((r) => r.warnings)),
    failing: count(lang, 'failingMetric', sum((r) => r.failing.length)),
  });
  const broken = entries.length - rows.length;
  return broken > 0 ? `${line}; ${t(lang, 'portfolio.broken', { products: count(lang, 'product', broken) })}` : line;
}

/**
 * The portfolio for a terminal, every line within `width` columns: columns as wide as their widest
 * cell, the widest narrowed first (its cells cut with `…`) until the table fits.
 */
export function portfolioText(entries: readonly PortfolioEntry[], lang: Lang, width: number): string {
  const totals = fitWidth(portfolioTotals(entries, lang), width);
  if (entries.length === 0) return `${totals}\n`;
  const table = [HEADERS.map((h) => t(lang, h)), ...entries.map((e) => (e.kind === 'product' ? [e.product.id, ...cellsOf(e, lang)] : [e.folder]))];
  const widths = HEADERS.map((_, i) => Math.max(...table.map((r) => (r[i] === undefined ? 0 : textWidth(r[i]!)))));
  const GAP = 2;
  const total = () => widths.reduce((a, b) => a + b, 0) + GAP * (widths.length - 1);
  // Until the table fits: the text columns give way to 12 columns, the widest first; then headers
  // wider than their column's cells; then the text columns to 4; then all. The counts and the due
  // date are cut last.
  const cells = HEADERS.map((_, i) => Math.max(0, ...table.slice(1).map((r) => (r[i] === undefined ? 0 : textWidth(r[i]!)))));
  const text = (i: number) => i === 0 || i === 3 || i === 5 || i === 6;
  const stages: ((i: number) => number)[] = [(i) => (text(i) ? 12 : Infinity), (i) => Math.max(cells[i]!, 4), (i) => (text(i) ? 4 : Infinity), () => 4];
  for (const floor of stages) {
    while (total() > width) {
      const widest = widths.reduce((w, c, i) => (c > floor(i) && (w < 0 || c > widths[w]!) ? i : w), -1);
      if (widest < 0) break;
      widths[widest]!--;
    }
  }
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? fitWidth(c, widths[i]!) : padWidth(fitWidth(c, widths[i]!), widths[i]!))).join(' '.repeat(GAP)).trimEnd();
  const lines = table.map((cells, i) => {
    const entry = entries[i - 1];
    if (entry?.kind !== 'broken') return line(cells);
    // A product that could not be read: its folder, then why, across the other columns.
    return fitWidth(`${padWidth(fitWidth(entry.folder, widths[0]!), widths[0]!)}${' '.repeat(GAP)}${notChecked(lang, entry.error)}`, width);
  });
  return `${[...lines, '', totals].map((l) => fitWidth(l, width)).join('\n')}\n`;
}

/**
 * The portfolio page (Markdown, markdownlint-clean): a heading, the date, the table with each
 * product linked to its packet (`linkOf`: a relative URL, already encoded), and the totals. Every
 * name, id and message from a product is escaped for Markdown.
 */
export function portfolioMarkdown(entries: readonly PortfolioEntry[], lang: Lang, date: string, linkOf: (e: PortfolioEntry) => string | undefined): string {
  const rows = entries.map((e) => {
    const link = linkOf(e);
    if (e.kind === 'broken') return [`${escapeInline(e.config)}: ${escapeMessage(notChecked(lang, e.error))}`, '—', '—', '—', '—', '—', '—'];
    const name = `${escapeInline(e.product.name)} (${escapeInline(e.product.id)})`;
    return [link ? `[${name}](${link})` : name, ...cellsOf(e, lang).map(escapeInline)];
  });
  const lines = [
    `# ${escapeInline(t(lang, 'portfolio.title'))}`,
    '',
    ...(date ? [escapeInline(t(lang, 'portfolio.date', { date })), ''] : []),
    ...(rows.length > 0 ? [`| ${HEADERS.map((h) => t(lang, h)).join(' | ')} |`, `|${HEADERS.map(() => ' --- |').join('')}`, ...rows.map((r) => `| ${r.join(' | ')} |`), ''] : []),
    escapeInline(portfolioTotals(entries, lang)),
  ];
  return `${lines.join('\n')}\n`;
}

/** A relative path as a link target: each segment percent-encoded, parentheses too (they would end the link). */
export function linkPath(relativePath: string): string {
  return relativePath.split('/').map((s) => encodeURIComponent(s).replace(/[()!*']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join('/');
}
