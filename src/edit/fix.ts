import { buildModel } from '../check/index.js';
import { count, t, type Lang } from '../i18n/index.js';
import type { Finding } from '../model/types.js';
import { parseYaml } from '../yaml/parse.js';
import { applyEdits } from './text-edits.js';

/** What `fix` changed in one file, and whether the result can be written. */
export interface FileFix {
  file: string;
  before: string;
  after: string;
  /** One line per change: where, and the finding it answers. */
  changes: string[];
  /** The file still does not parse: nothing may be written to it. */
  unsafe: boolean;
}

const TAB_INDENT = /^([ \t]*)\t/;
/** Problems `fix` resolves by itself once the tabs are gone. */
const QUOTABLE = new Set(['colonInValue', 'flowComma', 'fullWidthColon', 'fullWidthComma']);

/** Whether the text parses once the values YAML split are quoted. */
function parsesOrQuotable(text: string): boolean {
  let current = text;
  for (let pass = 0; pass < 10; pass++) {
    const { problems } = parseYaml(current);
    if (problems.length === 0) return true;
    const quotable = problems.filter((p) => QUOTABLE.has(p.msg) && p.fix !== undefined);
    if (quotable.length !== problems.length) return false;
    current = applyEdits(current, quotable.map((p) => ({ start: p.range[0], end: p.range[1], text: p.fix! }))).text;
  }
  return false;
}

/** A line that opens a block scalar (`key: |`, `- >-`, `|2 # note`), and its leading whitespace. */
const BLOCK_HEADER = /^([ \t]*)(?:-[ \t]+)*(?:[^#\s][^#]*?:[ \t]+)?[|>][1-9+-]{0,2}[ \t]*(?:#.*)?$/;

/** How wide leading whitespace is, a tab counted as `width` spaces. */
const widthOf = (lead: string, width: number) => lead.replace(/\t/g, ' '.repeat(width)).length;

/**
 * Each line with the tabs of its indentation as `width` spaces. Inside a block scalar only the
 * block's own indentation changes: a tab after it is the text's own (a tab-led line in `notes: |`),
 * unless the block is indented with tabs throughout.
 */
function untab(lines: readonly string[], width: number): string[] {
  const out: string[] = [];
  let block: { header: number; prefix?: string } | undefined;
  for (const line of lines) {
    const lead = /^[ \t]*/.exec(line)![0];
    if (block && line.trim() !== '' && widthOf(lead, width) <= block.header) block = undefined;
    if (block && line.trim() !== '') {
      // The first line of the block sets its indentation: its leading spaces when a tab follows
      // them (the text's own), else all its leading whitespace (a block indented with tabs).
      block.prefix ??= /^ +\t/.test(lead) ? /^ */.exec(lead)![0] : lead;
      if (line.startsWith(block.prefix)) {
        out.push(block.prefix.replace(/\t/g, ' '.repeat(width)) + line.slice(block.prefix.length));
        continue;
      }
    }
    out.push(line.replace(/^[ \t]+/, (l) => l.replace(/\t/g, ' '.repeat(width))));
    const header = BLOCK_HEADER.exec(line);
    if (header && !block) block = { header: widthOf(header[1]!, width) };
  }
  return out;
}

/** Tabs in indentation become spaces: the first width (2, 4, 8) at which the file parses (but for quoting). */
function fixTabs(text: string): { text: string; width: number; lines: number } | undefined {
  const lines = text.split('\n');
  if (!lines.some((l) => TAB_INDENT.test(l)) || parseYaml(text).problems.length === 0) return undefined;
  for (const width of [2, 4, 8]) {
    const changed = untab(lines, width);
    const candidate = changed.join('\n');
    if (parsesOrQuotable(candidate)) return { text: candidate, width, lines: changed.filter((l, i) => l !== lines[i]).length };
  }
  return undefined;
}

/**
 * The safe fixes for one file, applied to its text with its comments and layout kept: tabs to
 * spaces, quotes around a value YAML split, quotes removed from a number, an enum value's case or
 * spelling, a misspelled key (each only where there is exactly one candidate). Repeats until
 * nothing more can be fixed; a file that still does not parse is marked unsafe.
 */
export function fixFile(file: string, text: string, lang: Lang): FileFix {
  const changes: string[] = [];
  let current = text;
  const tabs = fixTabs(current);
  if (tabs) {
    current = tabs.text;
    changes.push(t(lang, 'fix.tabs', { file, lines: count(lang, 'line', tabs.lines), width: tabs.width }));
  }
  for (let pass = 0; pass < 5; pass++) {
    const { findings } = buildModel([{ file, parsed: parseYaml(current) }], lang);
    const fixable = findings.filter((f) => f.fix && (!f.anchor?.endsWith('#schema.listComma') || inFlowList(current, f.fix.start)));
    if (fixable.length === 0) break;
    const { text: next, applied } = applyEdits(current, fixable.map((f) => f.fix!));
    const done = new Set(applied);
    for (const f of fixable) if (done.has(f.fix!)) changes.push(`${f.file}:${f.line}:${f.col} ${f.message}`);
    if (next === current) break;
    current = next;
  }
  // A file that still does not parse is marked; the command keeps the fixes made to its text.
  const unsafe = parseYaml(current).problems.length > 0;
  return { file, before: text, after: current, changes, unsafe };
}

/** The value at `start` is an item of a `[…]` (after `[` or `,`): `A, B` there is two items, in a `- ` list one text. */
function inFlowList(text: string, start: number): boolean {
  return /[[,]\s*$/.test(text.slice(Math.max(0, start - 200), start));
}

/**
 * The fixes rules carry (a target written as a fraction of a `%` metric), applied to the texts
 * they point into. A rule reads the whole workspace, so its findings come from a check of every
 * file after each file's own fixes; only findings of `ruleIds` count (the checks before the rules
 * had their turn in `fixFile`). A file whose text would no longer parse is left as it was.
 */
export function applyRuleFixes(textOf: (file: string) => string, findings: readonly Finding[], ruleIds: readonly string[]): Map<string, { after: string; fixed: Finding[] }> {
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!f.fix || f.suppressed || !ruleIds.includes(f.rule)) continue;
    byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  }
  const out = new Map<string, { after: string; fixed: Finding[] }>();
  for (const [file, found] of byFile) {
    const before = textOf(file);
    const { text, applied } = applyEdits(before, found.map((f) => f.fix!));
    if (text === before || parseYaml(text).problems.length > 0) continue;
    const done = new Set(applied);
    out.set(file, { after: text, fixed: found.filter((f) => done.has(f.fix!)) });
  }
  return out;
}
