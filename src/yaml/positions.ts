import type { Document, Node, Pair } from 'yaml';
import { isAlias, isMap, isScalar, isSeq } from './lib.js';
import type { ParsedYaml } from './parse.js';
import { rangeOf } from './parse.js';

export type Path = readonly (string | number)[];

export interface Span {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

/**
 * Finds the YAML node at a data path. With `key`, the key of the last segment rather than its
 * value (for an unknown key). A path that runs out (a missing key) gives the last node found:
 * the mapping that lacks it.
 */
export function locate(parsed: Pick<ParsedYaml, 'doc' | 'lineCounter'>, path: Path, opts: { key?: boolean } = {}): Span {
  const [start, end] = rangeAt(parsed, path, opts);
  return spanOf(parsed.lineCounter, start, end);
}

/** The character range [start, end) of the node at a data path (or its key), as `locate` finds it. */
export function rangeAt(parsed: Pick<ParsedYaml, 'doc'>, path: Path, opts: { key?: boolean } = {}): [number, number] {
  const { doc } = parsed;
  let node: Node | null = doc.contents as Node | null;
  let keyNode: Node | null = null;
  for (const segment of path) {
    node = resolveAlias(doc, node);
    keyNode = null;
    let next: Node | null | undefined;
    if (isMap(node)) {
      const pair = pairsOf(node).get(String(segment));
      if (pair) {
        keyNode = pair.key;
        next = pair.value ?? pair.key;
      }
    } else if (isSeq(node) && typeof segment === 'number') {
      next = node.items[segment] as Node | undefined;
    }
    if (!next) break;
    node = next;
  }
  return rangeOf(opts.key && keyNode ? keyNode : node);
}

export function spanOf(lineCounter: ParsedYaml['lineCounter'], start: number, end: number): Span {
  const a = lineCounter.linePos(start);
  // A node's end offset is one past its last character; show the caret under the node itself.
  const b = lineCounter.linePos(Math.max(start, end));
  // Never past the end of the line (some syntax errors carry ranges that run on).
  const next = lineCounter.lineStarts[b.line];
  const lineEnd = next === undefined ? Infinity : next - (lineCounter.lineStarts[b.line - 1] ?? 0);
  return { line: Math.max(1, a.line), col: Math.max(1, a.col), endLine: Math.max(1, b.line), endCol: Math.max(1, Math.min(b.col, lineEnd)) };
}

/** A mapping's pairs by key, built once per mapping: finding many keys of a large mapping stays linear. */
const pairIndex = new WeakMap<object, Map<string, Pair<Node, Node>>>();
function pairsOf(map: { items: unknown[] }): Map<string, Pair<Node, Node>> {
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items as Pair<Node, Node>[]) if (isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p);
    pairIndex.set(map, index);
  }
  return index;
}

function resolveAlias(doc: Document, node: Node | null): Node | null {
  let guard = 0;
  while (isAlias(node) && guard++ < 100) node = node.resolve(doc) as Node | null;
  return node;
}

/** What stands at a character offset: the data path there, and the scalar under it if any. */
export interface PlaceAt {
  path: (string | number)[];
  /** The offset is on a mapping key (the last path segment). */
  key: boolean;
  /** The scalar under the offset, with its range; absent between items or in an empty value. */
  scalar?: { value: unknown; range: [number, number] };
}

/**
 * The place at `offset` in a parsed file, also in a half-typed one (yaml's tree after an error is
 * a best guess, which is what an editor wants): `status: |` is the value of `status`.
 */
export function placeAt(parsed: Pick<ParsedYaml, 'doc' | 'text'>, offset: number): PlaceAt {
  const path: (string | number)[] = [];
  let node = parsed.doc.contents as Node | null;
  const within = (r: readonly number[] | undefined | null) => Boolean(r) && r![0]! <= offset && offset <= r![1]!;
  for (let depth = 0; node && depth < 1000; depth++) {
    if (isScalar(node)) return { path, key: false, scalar: { value: node.value, range: rangeOf(node) } };
    if (isSeq(node)) {
      const index = node.items.findIndex((item) => within((item as Node | null)?.range));
      if (index < 0) return { path, key: false };
      path.push(index);
      node = node.items[index] as Node;
      continue;
    }
    if (!isMap(node)) return { path, key: false };
    let next: Node | null | undefined;
    for (const pair of node.items as Pair<Node | null, Node | null>[]) {
      const name = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (name === undefined) continue;
      if (within(pair.key!.range)) return { path: [...path, name], key: true, scalar: { value: name, range: rangeOf(pair.key) } };
      const value = pair.value;
      const empty = !value || (isScalar(value) && value.value === null && rangeOf(value)[0] === rangeOf(value)[1]);
      if (!empty && within(value!.range)) {
        path.push(name);
        next = value;
        break;
      }
      // An empty value: the rest of the key's own line belongs to it.
      const keyEnd = rangeOf(pair.key)[1];
      if (empty && offset > keyEnd && !parsed.text.slice(keyEnd, offset).includes('\n')) return { path: [...path, name], key: false };
    }
    if (!next) return { path, key: false };
    node = next;
  }
  return { path, key: false };
}
