/**
 * Text from a spec, a file name or aipm.yaml on its way out: one function for each sink it can
 * reach. A pull request controls that text, and a terminal, a JSON consumer, an XML test view, a
 * Markdown page and an HTML page each act on different characters: escape sequences (colours, a
 * cleared screen, OSC 8 links that show one address and open another), the C1 controls (U+009B
 * starts a sequence like ESC [), DEL, and the bidirectional controls that make a line read in
 * another order than it holds. Every output of aipm passes its user text through one of these.
 */

/** Characters that act instead of showing (tab and line feed excepted): C0, DEL, C1 and the bidi controls. */
export const UNSAFE_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The same, and the line breaks: what may not stand in a one-line field (a name, a path). */
const UNSAFE_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]/g;

const braced = (ch: string) => `\\u{${ch.codePointAt(0)!.toString(16)}}`;

/**
 * For a terminal: every unsafe character shown escaped (`\u{1b}`), so the text reads as it is held
 * and nothing acts. Tabs and line ends stay unless `line` asks for one line (a name, a path).
 */
export function forTerminal(text: string, options: { line?: boolean } = {}): string {
  return text.replace(options.line ? UNSAFE_IN_LINE : UNSAFE_CHARS, braced);
}

/** A colour or style (SGR) sequence, the only escape sequence aipm writes itself (chalk). */
const SGR = /^\u001b\[[0-9;]*m$/;

/**
 * The last guard before the terminal, over a command's whole output: every unsafe character is
 * shown escaped, but aipm's own colours (SGR sequences) are kept. User text has passed a sink
 * before this; the guard catches text that did not (a file name in a list of written files).
 */
export function forTerminalOutput(text: string): string {
  return text.replace(/\u001b\[[0-9;]*m|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (m) => (SGR.test(m) ? m : braced(m)));
}

/** What JSON.stringify leaves raw and a reader of the JSON would still print as it acts: DEL, C1, bidi and line separators. */
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]/g;

const uEscape = (ch: string) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * A value as JSON text in which every unsafe character is a `\uXXXX` escape: the data read back is
 * unchanged, but no raw control reaches a log or a terminal the JSON is shown in. (Outside strings,
 * JSON text is ASCII, so escaping after stringifying touches strings only.)
 */
export function forJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(RAW_IN_JSON, uEscape);
}

/** What XML 1.0 cannot hold at all: C0 but tab, LF and CR; lone surrogates; U+FFFE and U+FFFF. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const XML_SPECIAL: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * For XML text or an attribute value (JUnit): the five special characters escaped; CR, DEL, C1 and
 * the bidi controls as character references (a parser keeps them, nothing raw is written); what
 * XML 1.0 forbids dropped.
 */
export function forXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/[&<>"']/g, (c) => XML_SPECIAL[c]!)
    .replace(/[\r\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]/g, (ch) => `&#x${ch.charCodeAt(0).toString(16)};`);
}

/** Unsafe characters dropped (tab and line feed kept): a document shows text, not escapes. */
export function dropUnsafe(text: string): string {
  return text.replace(UNSAFE_CHARS, '');
}

/**
 * For Markdown: unsafe characters dropped, and what would start raw HTML (`<` before a tag, a
 * comment or a declaration; `&` before a character reference) made literal, so no text can emit
 * `<script>` or `<img onerror>`. (render/markdown.ts escapes the rest of Markdown's syntax in user
 * text; this is what a template's own words and a table cell need at the least.)
 */
export function forMarkdown(text: string): string {
  return dropUnsafe(text).replace(/<(?=[A-Za-z/!?])/g, '\\<').replace(/&(?=#?\w+;)/g, '\\&');
}

const HTML_SPECIAL: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** For HTML text or an attribute value: unsafe characters dropped, the five special ones escaped. */
export function forHtml(text: string): string {
  return dropUnsafe(text).replace(/[&<>"']/g, (c) => HTML_SPECIAL[c]!);
}

/** Whether text holds a character no output may carry raw (for tests and checks). */
export function hasUnsafe(text: string): boolean {
  return ANY_UNSAFE.test(text);
}
const ANY_UNSAFE = new RegExp(UNSAFE_CHARS.source);
