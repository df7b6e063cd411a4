import { Document, LineCounter, parseDocument, isAlias, isScalar, visit, type Node } from 'yaml';

/** A problem found while reading YAML text, before any schema applies. */
export interface SyntaxProblem {
  /** Message id under `yaml.` in the catalogues. */
  msg: 'syntax' | 'empty' | 'multipleDocs' | 'version' | 'tag' | 'duplicateKey' | 'aliases' | 'complexKey' | 'tooLarge';
  params: Record<string, string | number>;
  /** Character offsets [start, end) in the text. */
  range: [number, number];
}

export interface ParsedYaml {
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The document as plain data (undefined when `problems` is not empty). */
  value: unknown;
  problems: SyntaxProblem[];
}

/** Files above this size are not parsed: a planning document is never this large. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** More alias expansions than this is treated as an alias bomb. */
export const MAX_ALIAS_COUNT = 1000;

const CORE_TAGS = new Set(['map', 'seq', 'str', 'null', 'bool', 'int', 'float'].map((t) => `tag:yaml.org,2002:${t}`));

/**
 * Parses one YAML document with the 1.2 core schema, keeping node positions. Anything outside
 * the core schema is a problem, not a value: other YAML versions, custom tags, several documents,
 * duplicate keys (also `1` and `"1"`), and alias expansion past a bound.
 */
export function parseYaml(text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  if (text.length > MAX_FILE_BYTES) {
    const doc = parseDocument('', { lineCounter });
    return { text, doc, lineCounter, value: undefined, problems: [{ msg: 'tooLarge', params: { max: MAX_FILE_BYTES }, range: [0, 0] }] };
  }
  const doc = parseDocument(text, {
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
  const problems: SyntaxProblem[] = [];
  for (const e of [...doc.errors, ...doc.warnings]) {
    if (e.code === 'MULTIPLE_DOCS') problems.push({ msg: 'multipleDocs', params: {}, range: e.pos });
    else if (e.code === 'TAG_RESOLVE_FAILED') continue; // reported below with the tag's name
    else problems.push({ msg: 'syntax', params: { detail: firstLine(e.message) }, range: e.pos });
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
  visit(doc, {
    Alias(_, node) {
      aliases++;
      firstAlias ??= rangeOf(node);
    },
    Node(_, node) {
      if (node.tag && !CORE_TAGS.has(node.tag)) problems.push({ msg: 'tag', params: { tag: node.tag.replace(/^tag:yaml\.org,2002:/, '!!') }, range: rangeOf(node) });
    },
    Map(_, map) {
      const seen = new Map<string, number>();
      for (const pair of map.items) {
        const key = pair.key as Node | null;
        if (key !== null && !isScalar(key)) {
          problems.push({ msg: 'complexKey', params: {}, range: rangeOf(key) });
          continue;
        }
        const name = key === null ? '' : String(key.value);
        const line = key === null ? 0 : lineCounter.linePos(rangeOf(key)[0]).line;
        const first = seen.get(name);
        if (first !== undefined) problems.push({ msg: 'duplicateKey', params: { key: name, line: first }, range: rangeOf(key) });
        else seen.set(name, line);
      }
    },
  });
  if (problems.length > 0) return { text, doc, lineCounter, value: undefined, problems: sortProblems(problems) };
  let value: unknown;
  try {
    // Alias expansion is bounded only here, when converting to plain data.
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    if (!(e instanceof ReferenceError)) throw e;
    return { text, doc, lineCounter, value: undefined, problems: [{ msg: 'aliases', params: { count: aliases }, range: firstAlias ?? [0, 0] }] };
  }
  return { text, doc, lineCounter, value, problems };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

export function rangeOf(node: Node | null | undefined): [number, number] {
  if (!node || !node.range) return [0, 0];
  if (isAlias(node)) return [node.range[0], node.range[1]];
  return [node.range[0], node.range[1]];
}

function sortProblems(problems: SyntaxProblem[]): SyntaxProblem[] {
  return problems.sort((a, b) => a.range[0] - b.range[0]);
}
