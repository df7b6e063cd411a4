import type { Node, Pair, YAMLMap, YAMLSeq } from 'yaml';
import type { ImportedNumber } from '../model/evidence.js';
import type { ParsedYaml } from '../yaml/parse.js';
import { isMap, isScalar, isSeq } from '../yaml/lib.js';
import type { TextEdit } from './text-edits.js';

// Writing imported numbers into an evaluation file as text edits: only the fields import owns
// (value, n, ci, stderr, source) of the results and segments it writes change; every other byte —
// comments, order, quoting, other results — stays. A number that did not change is not touched, so
// a second import of the same file changes nothing.

/** What happened to one result or segment. */
export interface WriteOutcome {
  number: ImportedNumber;
  status: 'added' | 'updated' | 'unchanged' | 'no-result';
}

const OWNED = ['value', 'n', 'ci', 'stderr', 'source'] as const;
type Owned = (typeof OWNED)[number];

type Fields = Partial<Record<Owned, unknown>>;

const RESERVED = /^(true|false|null|yes|no|on|off|y|n|~)$/i;
/** What YAML 1.2's core schema (and 1.1 readers) would read as a number. */
const CORE_NUMBER = /^([-+]?(\.\d+|\d[\d_]*(\.\d*)?)([eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)|\d+(:\d+)+)$/;

/** A value as YAML flow text: plain where that reads back the same, else JSON's double quotes. */
export function flowText(v: unknown): string {
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : JSON.stringify(String(v));
  if (typeof v === 'boolean') return String(v);
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
    const plain = /^[A-Za-z0-9_][A-Za-z0-9_./-]*$/.test(v) && !RESERVED.test(v) && !CORE_NUMBER.test(v);
    return plain ? v : JSON.stringify(v);
  }
  if (Array.isArray(v)) return `[${v.map(flowText).join(', ')}]`;
  return `{${Object.entries(v as Record<string, unknown>).map(([k, x]) => `${flowText(k)}: ${flowText(x)}`).join(', ')}}`;
}

function fieldsOf(number: ImportedNumber, imported: string): Fields {
  return {
    value: number.value,
    n: number.n,
    ci: number.ci,
    stderr: number.stderr,
    source: { ...number.source, imported },
  };
}

const sameSource = (a: unknown, b: unknown) => {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return false;
  const strip = ({ imported: _, ...rest }: Record<string, unknown>) => rest;
  return JSON.stringify(sortKeys(strip(a as Record<string, unknown>))) === JSON.stringify(sortKeys(strip(b as Record<string, unknown>)));
};
const sortKeys = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));

/** The imported fields equal what the item holds (the `imported` date aside). */
function unchanged(data: Record<string, unknown>, want: Fields): boolean {
  return OWNED.every((k) => (k === 'source' ? sameSource(data.source, want.source) : JSON.stringify(data[k]) === JSON.stringify(want[k])));
}

/** Writes numbers into the evaluation text; the edits and what became of each number. */
export function resultEdits(parsed: ParsedYaml, numbers: readonly ImportedNumber[], imported: string): { edits: TextEdit[]; outcomes: WriteOutcome[] } {
  const text = parsed.text;
  const root = parsed.doc.contents;
  const edits: TextEdit[] = [];
  const outcomes: WriteOutcome[] = [];
  if (!isMap(root)) return { edits, outcomes };
  const resultsPair = (root.items as Pair<Node, Node>[]).find((p) => isScalar(p.key) && p.key.value === 'results');
  const results = resultsPair?.value;
  const items = isSeq(results) ? (results.items as Node[]) : [];
  const dataOf = (n: Node | undefined) => (n ? (n.toJSON() as Record<string, unknown>) : {});

  const byMetric = new Map<string, ImportedNumber[]>();
  for (const n of numbers) byMetric.set(n.metric, [...(byMetric.get(n.metric) ?? []), n]);
  const appended: string[] = [];

  for (const [metric, list] of byMetric) {
    const overall = list.find((n) => n.segment === undefined);
    const segments = list.filter((n) => n.segment !== undefined);
    const index = items.findIndex((it) => isMap(it) && it.get('metric') === metric);
    const item = index >= 0 ? (items[index] as YAMLMap<Node, Node>) : undefined;
    if (!item) {
      if (!overall) {
        for (const s of segments) outcomes.push({ number: s, status: 'no-result' });
        continue;
      }
      const data: Record<string, unknown> = { metric, ...definedFields(fieldsOf(overall, imported)) };
      if (segments.length > 0) data.segments = segments.map((s) => ({ name: s.segment, ...definedFields(fieldsOf(s, imported)) }));
      appended.push(blockItem(data));
      outcomes.push({ number: overall, status: 'added' });
      for (const s of segments) outcomes.push({ number: s, status: 'added' });
      continue;
    }
    if (overall) {
      const want = fieldsOf(overall, imported);
      if (unchanged(dataOf(item), want)) outcomes.push({ number: overall, status: 'unchanged' });
      else {
        edits.push(...mapEdits(text, item, want));
        outcomes.push({ number: overall, status: 'updated' });
      }
    }
    if (segments.length === 0) continue;
    const segPair = (item.items as Pair<Node, Node>[]).find((p) => isScalar(p.key) && p.key.value === 'segments');
    const segSeq = segPair && isSeq(segPair.value) ? (segPair.value as YAMLSeq<Node>) : undefined;
    const newSegments: Record<string, unknown>[] = [];
    for (const s of segments) {
      const want = fieldsOf(s, imported);
      const segItem = segSeq?.items.find((x) => isMap(x) && x.get('name') === s.segment) as YAMLMap<Node, Node> | undefined;
      if (!segItem) {
        newSegments.push({ name: s.segment, ...definedFields(want) });
        outcomes.push({ number: s, status: 'added' });
      } else if (unchanged(dataOf(segItem), want)) outcomes.push({ number: s, status: 'unchanged' });
      else {
        edits.push(...(segItem.flow ? [replaceFlowMap(segItem, { ...dataOf(segItem), ...want })] : mapEdits(text, segItem, want)));
        outcomes.push({ number: s, status: 'updated' });
      }
    }
    if (newSegments.length === 0) continue;
    if (segSeq && !segSeq.flow && segSeq.items.length > 0) {
      const first = segSeq.items[0] as Node;
      const dash = ' '.repeat(Math.max(0, columnOf(text, first.range![0]) - 2));
      edits.push({ start: segSeq.range![1], end: segSeq.range![1], text: `${atLineStart(text, segSeq.range![1])}${newSegments.map((s) => `${dash}- ${flowText(s)}\n`).join('')}` });
    } else if (segSeq) {
      edits.push({ start: segSeq.range![0], end: segSeq.range![1], text: flowText([...segSeq.items.map((x) => dataOf(x)), ...newSegments]) });
    } else {
      const indent = columnOf(text, item.items[0]!.key.range![0]);
      const at = pairEnd(text, lastPair(item));
      const pad = ' '.repeat(indent);
      edits.push({ start: at, end: at, text: `${atLineStart(text, at)}${pad}segments:\n${newSegments.map((s) => `${pad}  - ${flowText(s)}\n`).join('')}` });
    }
  }

  if (appended.length > 0) {
    if (isSeq(results) && !results.flow && items.length > 0) {
      const dash = Math.max(0, columnOf(text, items[0]!.range![0]) - 2);
      const at = results.range![1];
      edits.push({ start: at, end: at, text: `${atLineStart(text, at)}${appended.map((b) => indentBlock(b, dash)).join('')}` });
    } else if (resultsPair) {
      // `results: []` (or an empty value): the list becomes a block below the key.
      const keyCol = columnOf(text, resultsPair.key.range![0]);
      const existing = isSeq(results) ? items.map((x) => blockItem(dataOf(x))) : [];
      const block = [...existing, ...appended].map((b) => indentBlock(b, keyCol + 2)).join('');
      if (results && results.range) {
        // `results: []` → `results:` (the space before the brackets goes too).
        let start = results.range[0];
        while (start > 0 && text[start - 1] === ' ') start--;
        edits.push({ start, end: results.range[1], text: '' });
      }
      const at = lineEnd(text, (results?.range?.[1] ?? resultsPair.key.range![1]) - 1);
      edits.push({ start: at, end: at, text: `${atLineStart(text, at)}${block}` });
    } else {
      const at = text.length;
      edits.push({ start: at, end: at, text: `${atLineStart(text, at)}results:\n${appended.map((b) => indentBlock(b, 2)).join('')}` });
    }
  }
  return { edits, outcomes };
}

const definedFields = (f: Fields) => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined));

/** A result as block lines at column 0 (`- metric: …`), nested values below it. */
function blockItem(data: Record<string, unknown>): string {
  const lines: string[] = [];
  Object.entries(data).forEach(([k, v], i) => {
    const lead = i === 0 ? '- ' : '  ';
    if (k === 'source' && v && typeof v === 'object' && !Array.isArray(v)) {
      lines.push(`${lead}source:`, ...Object.entries(v as Record<string, unknown>).map(([sk, sv]) => `    ${sk}: ${flowText(sv)}`));
    } else if (k === 'segments' && Array.isArray(v)) {
      lines.push(`${lead}segments:`, ...v.map((s) => `    - ${flowText(s)}`));
    } else lines.push(`${lead}${k}: ${flowText(v)}`);
  });
  return `${lines.join('\n')}\n`;
}

const indentBlock = (block: string, by: number) => block.replace(/^(?=.)/gm, ' '.repeat(by));

/** A newline first when the insertion point is not at a line's start (a file without a final newline). */
const atLineStart = (text: string, at: number) => (at > 0 && text[at - 1] !== '\n' ? '\n' : '');

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** The offset after the newline that ends the line holding `offset` (or the text's end). */
function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', Math.max(0, offset));
  return nl < 0 ? text.length : nl + 1;
}

/** Where a pair's lines end: after the line holding its value's last character. */
function pairEnd(text: string, pair: Pair<Node, Node>): number {
  const end = pair.value?.range?.[1] ?? pair.key.range![1];
  return lineEnd(text, end - 1);
}

function lastPair(map: YAMLMap<Node, Node>): Pair<Node, Node> {
  return map.items.reduce((a, b) => (b.key.range![0] > a.key.range![0] ? b : a));
}

function replaceFlowMap(map: YAMLMap<Node, Node>, data: Record<string, unknown>): TextEdit {
  const clean = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
  return { start: map.range![0], end: map.range![1], text: flowText(clean) };
}

/**
 * Field by field in a block mapping: a field that is there gets its new value in place (a comment
 * after it stays), one that is no longer measured is removed with its lines, one that is new is
 * added after the last of the fields import owns.
 */
function mapEdits(text: string, map: YAMLMap<Node, Node>, want: Fields): TextEdit[] {
  const edits: TextEdit[] = [];
  const pairs = new Map<string, Pair<Node, Node>>();
  for (const p of map.items) if (isScalar(p.key)) pairs.set(String(p.key.value), p);
  const indent = columnOf(text, map.items[0]!.key.range![0]);
  const pad = ' '.repeat(indent);
  const added: string[] = [];
  let anchor: Pair<Node, Node> | undefined;
  for (const key of OWNED) {
    const pair = pairs.get(key);
    const v = want[key];
    if (pair) {
      const firstOnLine = text.slice(lineStart(text, pair.key.range![0]), pair.key.range![0]).trim() === '';
      if (v === undefined) {
        if (firstOnLine) edits.push({ start: lineStart(text, pair.key.range![0]), end: pairEnd(text, pair), text: '' });
        continue;
      }
      if (!anchor || pair.key.range![0] > anchor.key.range![0]) anchor = pair;
      const node = pair.value;
      if (key === 'source' && isMap(node) && !node.flow) {
        const inner = ' '.repeat(columnOf(text, node.range![0]));
        const lines = Object.entries(v as Record<string, unknown>).map(([k, x]) => `${k}: ${flowText(x)}`);
        edits.push({ start: node.range![0], end: node.range![1], text: `${lines.join(`\n${inner}`)}\n` });
      } else if (node?.range) {
        const end = isSeq(node) || isMap(node) ? (node.flow ? node.range[1] : node.range[1]) : node.range[1];
        const block = (isSeq(node) || isMap(node)) && !node.flow;
        edits.push({ start: node.range[0], end, text: `${flowText(v)}${block ? '\n' : ''}` });
      }
    } else if (v !== undefined) {
      if (key === 'source') added.push(`${pad}source:\n${Object.entries(v as Record<string, unknown>).map(([k, x]) => `${pad}  ${k}: ${flowText(x)}`).join('\n')}\n`);
      else added.push(`${pad}${key}: ${flowText(v)}\n`);
    }
  }
  if (added.length > 0) {
    const at = pairEnd(text, anchor ?? lastPair(map));
    edits.push({ start: at, end: at, text: `${atLineStart(text, at)}${added.join('')}` });
  }
  return edits;
}
