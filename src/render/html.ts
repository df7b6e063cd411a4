import { Slugger } from './markdown.js';

/**
 * The review packet as one HTML page: the packet's Markdown (which aipm wrote, every user text
 * escaped) read back block by block into HTML, its charts as inline SVG, styles inline. Only the
 * Markdown aipm's templates write is read: headings, paragraphs, quotes, lists, pipe tables, fenced
 * blocks, and inline code, strong text, autolinks and in-page links. Everything else is text, and
 * all text is HTML-escaped; a link is made only for http(s), mailto and the page's own anchors.
 * Nothing on the page needs a script or loads anything (its Content-Security-Policy says so).
 */

export interface PageInput {
  lang: 'zh' | 'en';
  title: string;
  /** The packet's Markdown, generated mark and all. */
  markdown: string;
  /** SVG figures by fenced block: `mermaid` blocks in order, and `aipm-chart` blocks by name. */
  figure: (language: string, body: string, index: number) => string | undefined;
}

const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;

/** HTML text: the five characters that act in HTML become references; invisible controls go. */
export function escapeHtml(text: string): string {
  return text.replace(INVISIBLE, '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A link target the page may hold: http(s), mailto, or an anchor of the page itself. */
export function safeHref(url: string): string | undefined {
  if (/^#[\p{L}\p{N}_-]*$/u.test(url)) return url;
  if (/^(https?:\/\/|mailto:)[^\s<>"'`\\]+$/i.test(url)) return url;
  if (/^[^\s<>"'`\\@:/]+@[^\s<>"'`\\@:/]+$/.test(url)) return `mailto:${url}`;
  return undefined;
}

/** Inline Markdown (as aipm writes it) to HTML. */
export function inlineHtml(text: string): string {
  let out = '';
  let i = 0;
  let strong = false;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length && /[!-/:-@[-`{-~]/.test(text[i + 1]!)) {
      out += escapeHtml(text[i + 1]!);
      i += 2;
      continue;
    }
    if (c === '`') {
      const end = text.indexOf('`', i + 1);
      if (end > i) {
        out += `<code>${escapeHtml(text.slice(i + 1, end))}</code>`;
        i = end + 1;
        continue;
      }
    }
    if (c === '*' && text[i + 1] === '*') {
      out += strong ? '</strong>' : '<strong>';
      strong = !strong;
      i += 2;
      continue;
    }
    if (c === '<') {
      const m = /^<([^<>\s]+)>/.exec(text.slice(i));
      const href = m && safeHref(m[1]!);
      if (m && href) {
        out += `<a href="${escapeHtml(href)}">${escapeHtml(m[1]!)}</a>`;
        i += m[0].length;
        continue;
      }
    }
    if (c === '[') {
      const m = /^\[((?:\\.|[^\]\\])*)\]\((#[^()\s]*)\)/.exec(text.slice(i));
      const href = m && safeHref(m[2]!);
      if (m && href) {
        out += `<a href="${escapeHtml(href)}">${inlineHtml(m[1]!)}</a>`;
        i += m[0].length;
        continue;
      }
    }
    out += escapeHtml(c);
    i++;
  }
  return strong ? `${out}</strong>` : out;
}

/** A table row's cells: split on the pipes no backslash escapes. */
function cells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  const out: string[] = [];
  let cell = '';
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === '\\' && i + 1 < inner.length) {
      cell += inner[i]! + inner[i + 1]!;
      i++;
    } else if (inner[i] === '|') {
      out.push(cell.trim());
      cell = '';
    } else cell += inner[i];
  }
  out.push(cell.trim());
  return out;
}

/** The anchor of a heading, as the packet's contents link to it. */
export function headingText(markdown: string): string {
  return markdown.replace(/(?<!\\)<(?:https?:|mailto:)[^<>\s]+>|(?<!\\)<[^<>\s@]+@[^<>\s]+>/gi, '').replace(/\\(.)/g, '$1');
}

/** The page's body: the Markdown's blocks as HTML. */
export function bodyHtml(markdown: string, figure: PageInput['figure']): string {
  const lines = markdown.split('\n');
  const out: string[] = [];
  const slugger = new Slugger();
  const fences = new Map<string, number>();
  let para: string[] = [];
  const flush = () => {
    if (para.length) out.push(`<p>${para.map((l) => inlineHtml(l.replace(/\\$/, ''))).join('<br>\n')}</p>`);
    para = [];
  };
  let level = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('<!--')) continue;
    const fence = /^```(\S*)$/.exec(line);
    if (fence) {
      flush();
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== '```'; i++) body.push(lines[i]!);
      const language = fence[1] ?? '';
      const index = fences.get(language) ?? 0;
      fences.set(language, index + 1);
      out.push(figure(language, body.join('\n'), index) ?? `<pre><code>${escapeHtml(body.join('\n'))}</code></pre>`);
      continue;
    }
    const heading = /^(#{1,6}) (.*)$/.exec(line);
    if (heading) {
      flush();
      const n = heading[1]!.length;
      const id = slugger.slug(headingText(heading[2]!));
      // Each level-2 part opens a section: the print stylesheet starts it on a new page.
      if (n === 2) {
        if (level > 0) out.push('</section>');
        out.push('<section class="part">');
        level = 1;
      }
      out.push(`<h${n} id="${escapeHtml(id)}">${inlineHtml(heading[2]!)}</h${n}>`);
      continue;
    }
    if (line.startsWith('|')) {
      flush();
      const rows: string[][] = [];
      for (; i < lines.length && lines[i]!.startsWith('|'); i++) rows.push(cells(lines[i]!));
      i--;
      const [head, , ...body] = rows;
      out.push(
        '<div class="table"><table>',
        `<thead><tr>${(head ?? []).map((c) => `<th scope="col">${inlineHtml(c)}</th>`).join('')}</tr></thead>`,
        `<tbody>${body.map((r) => `<tr>${r.map((c) => `<td>${inlineHtml(c)}</td>`).join('')}</tr>`).join('\n')}</tbody>`,
        '</table></div>',
      );
      continue;
    }
    if (line.startsWith('> ')) {
      flush();
      out.push(`<blockquote><p>${inlineHtml(line.slice(2))}</p></blockquote>`);
      continue;
    }
    if (/^ *- /.test(line)) {
      flush();
      const items: { depth: number; text: string }[] = [];
      for (; i < lines.length && /^ *- /.test(lines[i]!); i++) {
        const m = /^( *)- (.*)$/.exec(lines[i]!)!;
        items.push({ depth: Math.floor(m[1]!.length / 2), text: m[2]! });
      }
      i--;
      out.push(listHtml(items));
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    para.push(line);
  }
  flush();
  if (level > 0) out.push('</section>');
  return out.join('\n');
}

function listHtml(items: { depth: number; text: string }[]): string {
  let html = '<ul>';
  let depth = 0;
  let open = false;
  for (const item of items) {
    while (depth < item.depth) {
      html += '<ul>';
      depth++;
      open = false;
    }
    while (depth > item.depth) {
      html += '</li></ul>';
      depth--;
    }
    if (open) html += '</li>';
    html += `<li>${inlineHtml(item.text)}`;
    open = true;
  }
  while (depth > 0) {
    html += '</li></ul>';
    depth--;
  }
  return `${html}</li></ul>`;
}

const STYLE = `
:root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --pass: #1a7f37; --fail: #cf222e; --accent: #0969da; --soft: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem; color: var(--ink); background: #fff; font: 15px/1.6 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; overflow-wrap: anywhere; }
h1 { font-size: 1.9rem; margin: 0 0 .5rem; }
h2 { font-size: 1.45rem; border-bottom: 1px solid var(--line); padding-bottom: .3rem; margin-top: 2rem; }
h3 { font-size: 1.2rem; margin-top: 1.5rem; }
h4, h5, h6 { font-size: 1rem; }
a { color: var(--accent); }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; background: var(--soft); padding: .1em .3em; border-radius: 4px; }
blockquote { margin: 1rem 0; padding: .5rem 1rem; border-left: 4px solid var(--fail); background: #fff5f5; }
.table { overflow-x: auto; margin: 1rem 0; }
table { border-collapse: collapse; min-width: 50%; }
th, td { border: 1px solid var(--line); padding: .35rem .6rem; text-align: left; vertical-align: top; }
th { background: var(--soft); }
figure { margin: 1rem 0; }
figure svg { max-width: 100%; height: auto; display: block; }
figcaption { color: var(--muted); font-size: .9rem; }
details { margin: .5rem 0 1rem; }
summary { color: var(--accent); }
svg text { font-family: inherit; }
@media print {
  @page { size: A4; margin: 15mm 12mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  section.part { break-before: page; }
  .table { overflow: visible; }
  thead { display: table-header-group; }
  tr, figure { break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; }
  details > *:not(summary) { display: block; }
  a { color: inherit; }
}
`;

/** The whole page, byte-stable for the same input. */
export function pageHtml(input: PageInput): string {
  const body = bodyHtml(input.markdown, input.figure);
  return [
    '<!-- generated by aipm -->',
    '<!DOCTYPE html>',
    `<html lang="${input.lang === 'zh' ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'none'; base-uri 'none'; form-action 'none'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="aipm">',
    `<title>${escapeHtml(input.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
