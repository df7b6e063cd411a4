import type { SyntaxProblem } from './parse.js';

// What a Chinese keyboard puts where YAML needs ASCII: a full-width colon `：` after a key, a
// full-width comma `，` or `、` between the items of a `{…}`. Each is a mistake only where the file
// then fails to parse: Chinese prose (`说明：见附件`, `张三，李四` in a value) is never touched.

/** A key as aipm's files spell them, then `：` (spaces around it allowed), at the start of a line or list item. */
const KEY_COLON = /^(\s*(?:-\s+)*)([A-Za-z_][A-Za-z0-9_-]*)[ \t]*：/;
/** A key inside `{…}`, after the brace or a comma, then `：`. */
const FLOW_KEY_COLON = /([{,，、][ \t]*)([A-Za-z_][A-Za-z0-9_-]*)[ \t]*：/g;

interface Swap {
  at: number;
  /** What replaces the one character at `at`. */
  text: string;
  problem: SyntaxProblem;
}

/** `：` becomes `:`, and `: ` when nothing separates it from the value. */
function colonSwap(text: string, at: number, key: string): Swap {
  const next = text[at + 1];
  const fix = next === undefined || next === ' ' || next === '\t' || next === '\n' || next === '\r' ? ':' : ': ';
  return { at, text: fix, problem: { msg: 'fullWidthColon', params: { key }, range: [at, at + 1], fix } };
}

function commaSwap(text: string, at: number): Swap {
  const next = text[at + 1];
  const fix = next === ' ' ? ',' : ', ';
  return { at, text: fix, problem: { msg: 'fullWidthComma', params: { char: text[at]! }, range: [at, at + 1], fix } };
}

/** The full-width marks on one line that YAML would read as its own `:` and `,` were they ASCII. */
function swapsOnLine(text: string, start: number, line: string): Swap[] {
  const swaps: Swap[] = [];
  const block = KEY_COLON.exec(line);
  if (block) swaps.push(colonSwap(text, start + block[0].length - 1, block[2]!));
  // Inside `{…}` (outside quotes): commas between pairs and colons after keys.
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || line[i - 1] === ' ')) break;
    else if (c === '{') depth++;
    else if (c === '}') depth = Math.max(0, depth - 1);
    else if (depth > 0 && (c === '，' || c === '、')) swaps.push(commaSwap(text, start + i));
  }
  if (line.includes('{')) {
    for (const m of line.matchAll(FLOW_KEY_COLON)) {
      const at = start + m.index + m[0].length - 1;
      if (!swaps.some((s) => s.at === at)) swaps.push(colonSwap(text, at, m[2]!));
    }
  }
  return swaps;
}

/**
 * When a file fails to parse and would parse with its full-width colons and commas made ASCII,
 * one problem for each of them (with its fix), and whatever else is still wrong. Undefined when
 * no such mark explains anything: the caller words the syntax error as usual.
 */
export function keyboardMistakes(text: string, reparse: (text: string) => SyntaxProblem[]): SyntaxProblem[] | undefined {
  if (!/[：，、]/.test(text)) return undefined;
  const swaps: Swap[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (/[：，、]/.test(line)) swaps.push(...swapsOnLine(text, start, line));
    start += line.length + 1;
  }
  if (swaps.length === 0) return undefined;
  swaps.sort((a, b) => a.at - b.at);
  const failing = (problems: SyntaxProblem[]) => problems.filter((p) => p.msg.startsWith('syntax.') || p.msg === 'tab' || p.msg === 'tabs');
  /** The problems of the text with these swaps made, placed back in the original text. */
  const outcome = (set: readonly Swap[]) => {
    const back = (offset: number) => offset - set.filter((s) => s.at + s.text.length <= offset).reduce((n, s) => n + s.text.length - 1, 0);
    return reparse(applySwaps(text, set)).map((p): SyntaxProblem => {
      const range: [number, number] = [back(p.range[0]), back(p.range[1])];
      // A fix worked out on the swapped text holds only where no swap falls inside it.
      const { fix, ...problem } = p;
      return set.some((s) => s.at >= range[0] && s.at < range[1]) || fix === undefined ? { ...problem, range } : { ...problem, range, fix };
    });
  };
  /** Where the text first fails to parse (Infinity when it parses). */
  const firstFailure = (problems: SyntaxProblem[]) => Math.min(Infinity, ...failing(problems).map((p) => p.range[0]));
  const before = firstFailure(outcome([]));
  const withAll = firstFailure(outcome(swaps));
  // The marks explain nothing if the file fails as early with them made ASCII (the failure is elsewhere).
  if (withAll <= before) return undefined;
  // A mark is a mistake only if the file fails earlier without its fix: a `note：` line inside a block of
  // text, or a `，` inside a quoted value, is prose.
  const kept = swaps.length > 50 ? swaps : swaps.filter((s) => firstFailure(outcome(swaps.filter((o) => o !== s))) < withAll);
  if (kept.length === 0) return undefined;
  const rest = outcome(kept);
  const left = failing(rest);
  return [...kept.map((s) => s.problem), ...(left.length > 0 ? left : rest)];
}

function applySwaps(text: string, swaps: readonly Swap[]): string {
  let out = '';
  let from = 0;
  for (const s of swaps) {
    out += text.slice(from, s.at) + s.text;
    from = s.at + 1;
  }
  return out + text.slice(from);
}
