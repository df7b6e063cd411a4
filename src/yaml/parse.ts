import type { Document, LineCounter, Node, Pair, YAMLError } from 'yaml';
import { isAlias, isPair, isScalar, newLineCounter, parseDocument, visit, yamlLib } from './lib.js';
import { lineTableOf, type LineTable } from './lines.js';
import { decodeText } from './decode.js';
import { parseFast } from './fast.js';
import { syntaxKeyOf, type SyntaxKey } from './errors.js';
import { keyboardMistakes } from './keyboard.js';

/** A problem found while reading YAML text, before any schema applies. */
export interface SyntaxProblem {
  /** Message id under `yaml.` in the catalogues. */
  msg: `syntax.${SyntaxKey}` | 'empty' | 'multipleDocs' | 'version' | 'tag' | 'duplicateKey' | 'aliases' | 'tooManyAliases' | 'aliasCycle' | 'complexKey' | 'tooLarge'
    | 'tab' | 'tabs' | 'colonInValue' | 'flowComma' | 'merge' | 'encoding' | 'fullWidthColon' | 'fullWidthComma';
  params: Record<string, string | number>;
  /** Character offsets [start, end) in the text. */
  range: [number, number];
  /** A safe fix: the text that replaces `range`. */
  fix?: string;
}

export interface ParsedYaml {
  text: string;
  /** The node tree (composed on demand when the fast path read the file). */
  doc: Document.Parsed;
  lineCounter: LineTable;
  /** The document as plain data (undefined when `problems` is not empty). */
  value: unknown;
  problems: SyntaxProblem[];
}

/** Files above this size are not parsed: a planning document is never this large. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/**
 * More aliases than this in one file is refused before any is resolved: resolving one costs work
 * in proportion to the anchors and aliases before it, so 20,000 aliases of one anchor (80 KB) would
 * take minutes. A planning document needs a handful.
 */
export const MAX_ALIAS_COUNT = 1000;
/** Resolving aliases costs about aliases × (anchors + aliases) steps: past this, the file is refused. */
const MAX_ALIAS_WORK = 20_000_000;
/** Aliases may not grow a file past this many characters of data (or 20 times its own size). */
export const MAX_EXPANDED_CHARS = 1_000_000;

const CORE_TAGS = new Set(['map', 'seq', 'str', 'null', 'bool', 'int', 'float'].map((t) => `tag:yaml.org,2002:${t}`));

/**
 * Parses one YAML document with the 1.2 core schema, keeping node positions. Anything outside
 * the core schema is a problem, not a value: other YAML versions, custom tags, several documents,
 * duplicate keys (also `1` and `"1"`), and alias expansion past a bound.
 */
export function parseYaml(input: string, options: { fast?: boolean; keyboard?: boolean } = {}): ParsedYaml {
  const text = normalizeLineEnds(input);
  if (text.length > MAX_FILE_BYTES) return unread(text, { msg: 'tooLarge', params: { max: MAX_FILE_BYTES }, range: [0, 0] });
  // Everyday YAML takes the fast path; the node tree is composed only if a finding needs a position.
  const fast = options.fast === false ? undefined : parseFast(text);
  if (fast) return restoreYaml(text, fast.value);
  const lineCounter = newLineCounter();
  const doc = composeDocument(text, lineCounter);
  const problems: SyntaxProblem[] = [];
  const errors: YAMLError[] = [];
  for (const e of [...doc.errors, ...doc.warnings]) {
    if (e.code === 'MULTIPLE_DOCS') problems.push({ msg: 'multipleDocs', params: {}, range: e.pos });
    else if (e.code !== 'TAG_RESOLVE_FAILED') errors.push(e); // a bad tag is reported below with its name
  }
  // What follows a syntax error is mostly its consequence: one finding, in plain words where the cause is known.
  if (errors.length > 0) {
    // A full-width `：` or `，` from a Chinese keyboard, when making it ASCII makes the file parse: one finding each.
    const keyboard = options.keyboard === false ? undefined : keyboardMistakes(text, (t) => parseYaml(t, { fast: false, keyboard: false }).problems);
    problems.push(...(keyboard ?? [explainSyntaxError(text, errors)]));
    // The tree after a syntax error is a guess: checking its keys would only add false findings.
    return { text, doc, lineCounter, value: undefined, problems: sortProblems(problems, text.length) };
  }
  const yamlDirective = doc.directives?.yaml;
  if (yamlDirective?.explicit && yamlDirective.version !== '1.2') {
    const at = text.indexOf('%YAML');
    problems.push({ msg: 'version', params: { version: yamlDirective.version }, range: [Math.max(at, 0), Math.max(at, 0) + 5] });
  }
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null && !doc.contents.tag)) {
    problems.push({ msg: 'empty', params: {}, range: [0, 0] });
  }
  let aliases = 0;
  let firstAlias: [number, number] | undefined;
  // Each alias's node, found once in document order (the last anchor of its name before it): yaml's
  // own `resolve` walks the whole document for every alias.
  const anchored = new Map<string, Node>();
  const sourceOf = new Map<Node, Node>();
  const seeAnchor = (node: Node) => {
    if (node.anchor) anchored.set(node.anchor, node);
  };
  visit(doc, {
    Alias(_, node) {
      aliases++;
      firstAlias ??= rangeOf(node);
      const [start, end] = rangeOf(node);
      if (aliases > MAX_ALIAS_COUNT) {
        problems.push({ msg: 'tooManyAliases', params: { max: MAX_ALIAS_COUNT }, range: [start, end] });
        return visitBreak();
      }
      const source = anchored.get(node.source);
      if (source) sourceOf.set(node, source);
      // `&a [*a]`: the alias stands inside the node it names, and the data would contain itself.
      if (source?.range && source.range[0] <= start && end <= source.range[1]) problems.push({ msg: 'aliasCycle', params: { name: node.source }, range: [start, end] });
      return undefined;
    },
    Node(_, node) {
      seeAnchor(node);
      if (node.tag && !CORE_TAGS.has(node.tag)) problems.push({ msg: 'tag', params: { tag: node.tag.replace(/^tag:yaml\.org,2002:/, '!!') }, range: rangeOf(node) });
    },
    Map(_, map) {
      seeAnchor(map);
      const seen = new Map<string, number>();
      // One finding a mapping: a lost `- ` merges two items into one mapping and repeats every key of the
      // second; the first repeat names the mistake, the rest would only echo it.
      let repeated = false;
      if (map.flow) problems.push(...splitFlowValues(text, map.items as Pair<Node | null, Node | null>[]));
      for (const pair of map.items) {
        const key = pair.key as Node | null;
        if (isScalar(key) && key.value === '<<' && key.type === 'PLAIN') {
          problems.push({ msg: 'merge', params: {}, range: rangeOf(key) });
          continue;
        }
        if (key !== null && !isScalar(key)) {
          problems.push({ msg: 'complexKey', params: {}, range: rangeOf(key) });
          continue;
        }
        const name = key === null ? '' : String(key.value);
        const line = key === null ? 0 : lineCounter.linePos(rangeOf(key)[0]).line;
        const first = seen.get(name);
        if (first !== undefined) {
          if (!repeated) problems.push({ msg: 'duplicateKey', params: { key: name, line: first }, range: rangeOf(key) });
          repeated = true;
        } else seen.set(name, line);
      }
    },
  });
  if (problems.length > 0) return { text, doc, lineCounter, value: undefined, problems: sortProblems(problems, text.length) };
  let value: unknown;
  try {
    if (aliases > 0) {
      // Bounded before anything is expanded: the work of resolving, then the size the data would grow to.
      if (aliases * (aliases + anchored.size) > MAX_ALIAS_WORK) throw new ReferenceError('work');
      if (expandedSize(doc.contents as Node, sourceOf, Math.max(MAX_EXPANDED_CHARS, text.length * 20)) < 0) throw new ReferenceError('expanded');
    }
    // yaml's own alias count would walk the document again for every alias: the bound above replaces it.
    value = doc.toJS({ maxAliasCount: -1 });
  } catch (e) {
    if (!(e instanceof ReferenceError)) throw e;
    return { text, doc, lineCounter, value: undefined, problems: [{ msg: 'aliases', params: { count: aliases }, range: firstAlias ?? [0, 0] }] };
  }
  return { text, doc, lineCounter, value, problems };
}

/** Stops a visit (yaml's `visit.BREAK`). */
const visitBreak = () => (yamlLib().visit as unknown as { BREAK: symbol }).BREAK;

/**
 * About how many characters the data of `root` takes once every alias is expanded (each node
 * counted once however many aliases lead to it, so this is linear in the document), or -1 as soon
 * as it passes `limit`.
 */
function expandedSize(root: Node | null, sourceOf: ReadonlyMap<Node, Node>, limit: number): number {
  const sizes = new Map<Node, number>();
  const size = (node: unknown): number => {
    if (node === null || typeof node !== 'object') return 1;
    const known = sizes.get(node as Node);
    if (known !== undefined) return known;
    let n: number;
    if (isAlias(node)) {
      const source = sourceOf.get(node);
      n = source ? size(source) : 1;
    } else if (isScalar(node)) n = String(node.value).length + 1;
    else if ('items' in node && Array.isArray(node.items)) {
      n = 2;
      for (const item of node.items as unknown[]) {
        n += isPair(item) ? size(item.key) + size(item.value) : size(item);
        if (n > limit) return Infinity;
      }
    } else n = 1;
    sizes.set(node as Node, n);
    return n;
  };
  const total = size(root);
  return total > limit ? -1 : total;
}

/** Old Mac line ends (CR alone) read as lines, not as one long line. */
function normalizeLineEnds(input: string): string {
  return input.includes('\r') && !input.includes('\n') ? input.replace(/\r/g, '\n') : input;
}

function composeDocument(text: string, lineCounter: LineCounter): Document.Parsed {
  return parseDocument(text, {
    lineCounter,
    version: '1.2',
    schema: 'core',
    merge: false,
    // yaml's own check is quadratic in the number of keys; ours below is linear.
    uniqueKeys: false,
    prettyErrors: false,
    strict: true,
    keepSourceTokens: false,
  });
}

/**
 * A clean parse of `input` rebuilt from its plain data, kept from an earlier run: the text and
 * value are here at once; the node tree that positions come from is composed only if a finding
 * asks for it, exactly as `parseYaml` composes it.
 */
export function restoreYaml(input: string, value: unknown): ParsedYaml {
  const text = normalizeLineEnds(input);
  let doc: Document.Parsed | undefined;
  let lineCounter: LineTable | undefined;
  return {
    text,
    value,
    problems: [],
    get doc() {
      return (doc ??= composeDocument(text, newLineCounter()));
    },
    get lineCounter() {
      return (lineCounter ??= lineTableOf(text));
    },
  };
}

/** Parses the bytes of a spec file: a file that is not UTF-8 is one `encoding` problem, never raw bytes. */
export function parseYamlBytes(bytes: Uint8Array): ParsedYaml {
  const { text, problem } = decodeText(bytes);
  if (!problem) return parseYaml(text);
  // The decoded text is kept (ids in it still resolve references), but nothing else is read from it.
  return unread(text, { msg: 'encoding', params: { encoding: problem }, range: [0, 0] });
}

/** A text not read as YAML at all (too large, not UTF-8): its one problem, an empty tree. */
function unread(text: string, problem: SyntaxProblem): ParsedYaml {
  let doc: Document.Parsed | undefined;
  return {
    text,
    value: undefined,
    problems: [problem],
    get doc() {
      return (doc ??= parseDocument('', { lineCounter: newLineCounter() }));
    },
    lineCounter: lineTableOf(text),
  };
}

/** The leading whitespace of a line holds a tab. */
const TAB_INDENT = /^[ ]*\t/;

/**
 * One problem for yaml's errors: a tab in the indentation (the usual cause of a cascade), a `: `
 * inside a plain value, or else the first error as yaml words it.
 */
function explainSyntaxError(text: string, errors: readonly YAMLError[]): SyntaxProblem {
  const lines = text.split('\n');
  const first = [...errors].sort((a, b) => a.pos[0] - b.pos[0])[0]!;
  const tabLines = lines.map((l, i) => (TAB_INDENT.test(l) ? i : -1)).filter((i) => i >= 0);
  if (tabLines.length > 0 && (errors.some((e) => e.code === 'TAB_AS_INDENT') || lineStart(lines, tabLines[0]!) <= first.pos[0])) {
    const at = lineStart(lines, tabLines[0]!) + lines[tabLines[0]!]!.indexOf('\t');
    return tabLines.length > 1 ? { msg: 'tabs', params: { count: tabLines.length }, range: [at, at + 1] } : { msg: 'tab', params: {}, range: [at, at + 1] };
  }
  if (first.code === 'BLOCK_AS_IMPLICIT_KEY') {
    const lineNo = text.slice(0, first.pos[0]).split('\n').length - 1;
    const m = /^(\s*(?:-\s+)?)([^\s:#][^:#]*?):[ \t]+([^'"{[|>&*!#].*?:\s.*?)\s*$/.exec(lines[lineNo] ?? '');
    if (m) {
      const start = lineStart(lines, lineNo) + lines[lineNo]!.indexOf(m[3]!, m[1]!.length + m[2]!.length);
      return { msg: 'colonInValue', params: { key: m[2]!, value: m[3]! }, range: [start, start + m[3]!.length], fix: JSON.stringify(m[3]!) };
    }
  }
  // yaml's own English is never shown: each code (or known cause) has aipm's words in each language.
  return { msg: `syntax.${syntaxKeyOf(first)}`, params: { char: text.slice(first.pos[0], first.pos[0] + 1).trim() }, range: first.pos };
}

function lineStart(lines: readonly string[], index: number): number {
  let offset = 0;
  for (let i = 0; i < index; i++) offset += lines[i]!.length + 1;
  return offset;
}

/** A plain key with no `:` after it and no value: in a flow mapping, what a stray `,` leaves behind. */
function isStrayKey(text: string, pair: Pair<Node | null, Node | null>): boolean {
  const { key, value } = pair;
  return value === null && isScalar(key) && key.type === 'PLAIN' && Boolean(key.range) && !/^\s*:/.test(text.slice(key.range![1]));
}

/**
 * `{note: 4,000 contracts}`: the `,` ended the value and YAML read `000 contracts` as a key with no
 * value. A pair with a plain value followed by such stray keys is that mistake, reported once over
 * the whole value the person meant (`4,000 contracts`).
 */
function splitFlowValues(text: string, pairs: readonly Pair<Node | null, Node | null>[]): SyntaxProblem[] {
  const found: SyntaxProblem[] = [];
  for (let i = 0; i + 1 < pairs.length; i++) {
    const { key, value } = pairs[i]!;
    if (!isScalar(key) || !isScalar(value) || value.type !== 'PLAIN' || !value.range || !isStrayKey(text, pairs[i + 1]!)) continue;
    let last = i + 1;
    while (last + 1 < pairs.length && isStrayKey(text, pairs[last + 1]!)) last++;
    const start = value.range[0];
    const end = (pairs[last]!.key as Node).range![1];
    found.push({ msg: 'flowComma', params: { key: String(key.value), extra: String((pairs[i + 1]!.key as { value: unknown }).value), value: text.slice(start, end) }, range: [start, end], fix: JSON.stringify(text.slice(start, end)) });
    i = last;
  }
  return found;
}

export function rangeOf(node: Node | null | undefined): [number, number] {
  if (!node || !node.range) return [0, 0];
  if (isAlias(node)) return [node.range[0], node.range[1]];
  return [node.range[0], node.range[1]];
}

/** Problems in text order, each range within the text (an error at the end may point past it). */
function sortProblems(problems: SyntaxProblem[], length: number): SyntaxProblem[] {
  for (const p of problems) p.range = [Math.min(p.range[0], length), Math.min(p.range[1], length)];
  return problems.sort((a, b) => a.range[0] - b.range[0]);
}
