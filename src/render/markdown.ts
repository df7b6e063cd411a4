/**
 * Markdown escaping for user text. Everything a user wrote goes through one of these before it
 * reaches a template, so templates (ours or a workspace's overrides) can never emit HTML, break a
 * table, or start a heading, a list or a code block by accident.
 */

const INLINE_SPECIAL = /[\\`*_[\]<>|~&#!$]/g;

/** Text on one line: newlines become spaces; Markdown and HTML syntax become literal characters. */
export function escapeInline(text: string): string {
  // Control characters and bidirectional overrides have no place in a document: they go.
  const visible = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  const oneLine = visible.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  const escaped = oneLine
    .replace(INLINE_SPECIAL, '\\$&')
    // Keep GitHub from turning URLs, www. names and e-mail addresses in plain text into links.
    .replace(/:\/\//g, '\\://')
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\\.`)
    .replace(/@/g, '\\@');
  return escapeLineStart(escaped);
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

/** A line may not start a list, a heading, a quote, a setext underline or a numbered list. */
function escapeLineStart(line: string): string {
  if (/^[-+=]/.test(line)) return `\\${line}`;
  return line.replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A link when the text is a plain http(s) URL, else escaped text. */
export function linkOrText(text: string): string {
  return /^https?:\/\/[^\s<>()[\]`|]+$/.test(text) ? `<${text}>` : escapeInline(text);
}

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
