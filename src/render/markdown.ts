/**
 * Markdown escaping for user text. Everything a user wrote goes through one of these before it
 * reaches a template, so templates (ours or a workspace's overrides) can never emit HTML, break a
 * table, or start a heading, a list or a code block by accident. Only what would act is escaped:
 * `<=` stays `<=` and `snake_case` stays as written, so the raw Markdown reads as the text does.
 */

import { UNSAFE_CHARS } from '../safe-text.js';

/** Control characters and bidirectional overrides have no place in a document: they go. */
const INVISIBLE = UNSAFE_CHARS;

/** http(s) and mailto URLs and e-mail addresses: the only text that becomes a link. */
const LINKABLE = /\b(?:https?:\/\/|mailto:)[^\s<>`|"\\]+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;
/** Punctuation that ends a sentence rather than a URL. */
const TRAILING = /[.,;:!?)\]}'。，；：！？）」』】]+$/u;

/** One piece of plain text: the characters that would act in Markdown become literal. */
function escapeText(text: string): string {
  return text
    .replace(/[\\`*[\]|~$#]/g, '\\$&')
    // `_` acts only at a word's edge (GFM: no emphasis inside a word).
    .replace(/_/g, (m, at: number, s: string) => (/[\p{L}\p{N}]/u.test(s[at - 1] ?? '') && /[\p{L}\p{N}]/u.test(s[at + 1] ?? '') ? m : '\\_'))
    // `<` acts only before a tag or an autolink; `&` only as a character reference.
    .replace(/<(?=[A-Za-z/!?])/g, '\\<')
    .replace(/&(?=#?\w+;)/g, '\\&')
    // Keep GitHub from turning www. names into links (URLs with a scheme are links on purpose).
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\\.`);
}

/** A URL or e-mail address as an autolink; an address of another scheme stays text. */
function autolink(url: string): string {
  return `<${url}>`;
}

/** Plain text with its URLs as links, nothing trimmed. */
function escapeRun(text: string): string {
  let out = '';
  let from = 0;
  for (const m of text.matchAll(LINKABLE)) {
    const url = m[0].replace(TRAILING, '');
    // A scheme with nothing after it is no link.
    if (!url.includes('@') && url.length <= url.indexOf(':') + 3) continue;
    out += escapeText(text.slice(from, m.index)) + autolink(url);
    from = m.index + url.length;
  }
  return out + escapeText(text.slice(from));
}

const oneLine = (text: string) => text.replace(INVISIBLE, '').replace(/\s*[\r\n]+\s*/g, ' ').trim();

/** Text on one line: newlines become spaces; Markdown and HTML syntax become literal characters, URLs links. */
export function escapeInline(text: string): string {
  return escapeLineStart(escapeRun(oneLine(text)));
}

/** aipm's own message text (validation, diff): its `code spans` stay code spans, the rest is escaped. */
export function escapeMessage(text: string): string {
  const parts = oneLine(text).split(/(`[^`|]+`)/);
  return escapeLineStart(parts.map((p, i) => (i % 2 === 1 ? p : escapeRun(p))).join(''));
}

/** Text as a paragraph: each line escaped, kept apart by hard line breaks. */
export function escapeBlock(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => escapeInline(line))
    .join('\\\n');
}

/** A line may not start a list, a quote, a setext underline or a numbered list (`#` is always escaped). */
function escapeLineStart(line: string): string {
  if (/^[-+=>]/.test(line)) return `\\${line}`;
  return line.replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A link when the text is a plain http(s) URL, else escaped text. */
export const linkOrText = escapeInline;

/** GitHub's heading anchors: lower-cased, punctuation dropped, spaces to dashes, repeats numbered. */
export class Slugger {
  private seen = new Map<string, number>();

  slug(heading: string): string {
    const base = heading
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
      .replace(/ /g, '-');
    const count = this.seen.get(base) ?? 0;
    this.seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count}`;
  }
}

/** Tidies rendered Markdown: no trailing spaces, no runs of blank lines, one final newline. */
export function tidy(markdown: string): string {
  return `${markdown
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
