// A fast path for the YAML that planning documents are written in: block mappings and sequences,
// one-line flow collections, plain and one-line quoted scalars, comments. It either gives exactly
// the data `yaml`'s full parser gives (core schema) or gives up, and the full parser runs. It
// gives up at the first thing outside that subset — anchors, aliases, tags, block scalars,
// multi-line scalars and flow collections, document markers, directives, quoted or unusual keys,
// duplicate keys, `<<`, tabs, control characters, any indentation it does not expect — so every
// problem `parseYaml` reports still comes from the full parser. `test/fast-yaml.test.ts` holds
// it to that on the examples, the starters and generated and mutated documents.

/** Thrown to give up; caught once, at the top. */
class GiveUp extends Error {}
const giveUp = (): never => {
  throw new GiveUp();
};

/** Characters the subset never reads (the full parser decides what they mean). */
const OUTSIDE = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x85\u2028\u2029\ufeff]|\r(?!\n)/;
/** A plain key (letters, digits, `_`, `.`, `-`; see `keyLength`) is never one the core schema reads as null or bool. */
const NOT_A_STRING_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|__proto__)$/;

interface Line {
  indent: number;
  text: string;
}

/** The data of `text`, when it stays inside the subset; otherwise undefined. */
export function parseFast(text: string): { value: Record<string, unknown> } | undefined {
  if (OUTSIDE.test(text)) return undefined;
  const lines: Line[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    let indent = 0;
    while (line.charCodeAt(indent) === 32) indent++;
    if (indent === line.length || line[indent] === '#') continue;
    if (indent === 0 && (line.startsWith('---') || line.startsWith('...') || line[0] === '%')) return undefined;
    lines.push({ indent, text: line.slice(indent) });
  }
  if (lines.length === 0 || lines[0]!.indent !== 0 || isItem(lines[0]!.text)) return undefined;
  try {
    const reader = new Reader(lines);
    const value = reader.map(0);
    return reader.done() ? { value } : undefined;
  } catch (e) {
    // Nesting too deep for the stack is the full parser's to judge as well.
    if (e instanceof GiveUp || e instanceof RangeError) return undefined;
    throw e;
  }
}

function isItem(text: string): boolean {
  return text[0] === '-' && (text.length === 1 || text[1] === ' ');
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isKeyChar = (c: number) => isLetter(c) || (c >= 48 && c <= 57) || c === 46 || c === 45;

/** The length of a plain key at `from` — `[A-Za-z_][A-Za-z0-9_.-]*` followed by `:` and a space or the end — or -1. */
function keyLength(text: string, from = 0): number {
  if (!isLetter(text.charCodeAt(from))) return -1;
  let i = from + 1;
  while (i < text.length && isKeyChar(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== 58 || (i + 1 < text.length && text.charCodeAt(i + 1) !== 32)) return -1;
  return i - from;
}

/** The plain key at `from` and where its `:` ends; a key the core schema would not read as a string gives up. */
function keyAt(text: string, from = 0): { key: string; end: number } | undefined {
  const length = keyLength(text, from);
  if (length < 0) return undefined;
  const key = text.slice(from, from + length);
  if (NOT_A_STRING_KEY.test(key)) giveUp();
  return { key, end: from + length + 1 };
}

function keyOf(text: string): { key: string; rest: string } | undefined {
  const found = keyAt(text);
  return found && { key: found.key, rest: text.slice(found.end) };
}

/** YAML's white space is the space (tabs never reach here); JavaScript's trim would also take U+00A0 and others. */
function trimStart(s: string): string {
  let i = 0;
  while (s.charCodeAt(i) === 32) i++;
  return i === 0 ? s : s.slice(i);
}
function trimEnd(s: string): string {
  let i = s.length;
  while (i > 0 && s.charCodeAt(i - 1) === 32) i--;
  return i === s.length ? s : s.slice(0, i);
}

/** The text after a key or a dash holds nothing but (maybe) a comment. */
function isEmptyValue(rest: string): boolean {
  const t = trimStart(rest);
  return t === '' || t[0] === '#';
}

class Reader {
  private i = 0;
  constructor(private readonly lines: Line[]) {}

  done(): boolean {
    return this.i === this.lines.length;
  }

  private peek(): Line | undefined {
    return this.lines[this.i];
  }

  /** A block mapping whose keys stand at `indent`. */
  map(indent: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (let line = this.peek(); line && line.indent === indent && !isItem(line.text); line = this.peek()) {
      const entry = keyOf(line.text) ?? giveUp();
      if (Object.hasOwn(out, entry.key)) giveUp();
      this.i++;
      out[entry.key] = this.valueAfter(entry.rest, indent, true);
    }
    this.endOfBlock(indent);
    return out;
  }

  /** A block sequence whose dashes stand at `indent`. */
  seq(indent: number): unknown[] {
    const out: unknown[] = [];
    for (let line = this.peek(); line && line.indent === indent && isItem(line.text); line = this.peek()) {
      const after = line.text.slice(1);
      if (isEmptyValue(after)) {
        this.i++;
        out.push(this.nested(indent, false));
        continue;
      }
      let spaces = 0;
      while (after.charCodeAt(spaces) === 32) spaces++;
      const content = after.slice(spaces);
      if (isItem(content)) giveUp();
      if (keyOf(content)) {
        // `- id: X`: a mapping that starts on the dash's line, its keys at the column of `id`.
        const column = indent + 1 + spaces;
        this.lines[this.i] = { indent: column, text: content };
        out.push(this.map(column));
        continue;
      }
      this.i++;
      out.push(this.inline(content));
      this.noContinuation(indent);
    }
    this.endOfBlock(indent);
    return out;
  }

  /** What follows `key:` or a dash: a value on the same line, a block below, or null. */
  private valueAfter(rest: string, indent: number, compactSeq: boolean): unknown {
    if (isEmptyValue(rest)) return this.nested(indent, compactSeq);
    const value = this.inline(trimStart(rest));
    this.noContinuation(indent);
    return value;
  }

  private nested(indent: number, compactSeq: boolean): unknown {
    const next = this.peek();
    if (next && next.indent > indent) return isItem(next.text) ? this.seq(next.indent) : this.map(next.indent);
    // `key:` followed by `- item` at the key's own column: the sequence is the key's value.
    if (compactSeq && next && next.indent === indent && isItem(next.text)) return this.seq(indent);
    return null;
  }

  /** A value's line is not followed by a deeper one (a multi-line scalar, or a mistake). */
  private noContinuation(indent: number): void {
    const next = this.peek();
    if (next && next.indent > indent) giveUp();
  }

  /** Lines deeper than a finished block belong to nothing the subset knows. */
  private endOfBlock(indent: number): void {
    const next = this.peek();
    if (next && next.indent > indent) giveUp();
  }

  /** A value that starts and ends on one line, then perhaps a comment. */
  private inline(text: string): unknown {
    const first = text[0];
    if (first === '"' || first === "'" || first === '[' || first === '{') {
      const scanner = new FlowScanner(text);
      const value = scanner.value(first === '[' || first === '{');
      scanner.endOfLine();
      return value;
    }
    return plainBlockScalar(text);
  }
}

/** Characters a plain scalar may not start with (indicators), in any context. */
const INDICATOR_START = /^[&*!|>%@`,\]}?:#]/;

function plainBlockScalar(text: string): unknown {
  if (INDICATOR_START.test(text) || (text[0] === '-' && (text.length === 1 || text[1] === ' '))) giveUp();
  const comment = text.indexOf(' #');
  const value = trimEnd(comment >= 0 ? text.slice(0, comment) : text);
  // `a: b: c` is a mistake the full parser words; a trailing `:` is a key with no value.
  if (value.includes(': ') || value.endsWith(':')) giveUp();
  return resolvePlain(value);
}

/** Whether a plain scalar starting with this character may be something other than a string: `-+.~`, a digit, `nNtTfF`. */
function mayNotBeString(c: number): boolean {
  return c === 45 || c === 43 || c === 46 || c === 126 || (c >= 48 && c <= 57) || c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70;
}

/** How many digits a text starts with. */
function leadingDigits(s: string): number {
  let i = 0;
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  return i;
}

/** The core schema's reading of a plain scalar, exactly as `yaml` resolves it. */
export function resolvePlain(s: string): unknown {
  // Most values are words: only the empty string, `~`, null, a bool, a number, .inf and .nan start otherwise.
  if (s !== '' && !mayNotBeString(s.charCodeAt(0))) return s;
  const digits = leadingDigits(s);
  // Whole numbers, and dates and times (`2026-11-21`, `12:30`: digits, then a character no number has there).
  if (digits === s.length) return parseInt(s, 10);
  if (digits > 0 && s[0] !== '0' && !'.eE'.includes(s[digits]!)) return s;
  if (/^(?:~|[Nn]ull|NULL)?$/.test(s)) return null;
  if (/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s)) return s[0] === 't' || s[0] === 'T';
  if (/^0o[0-7]+$/.test(s)) return parseInt(s.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(s)) return parseInt(s, 10);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return parseInt(s.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s)) return parseFloat(s);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s)) return parseFloat(s);
  return s;
}

const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
};

/** `,` `[` `]` `{` `}`. */
const isFlowIndicator = (c: number) => c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
const isSpaceOrFlow = (c: number) => c === 32 || isFlowIndicator(c);

/** Quoted scalars and flow collections within one line. */
class FlowScanner {
  private p = 0;
  constructor(private readonly s: string) {}

  private spaces(): void {
    while (this.s[this.p] === ' ') this.p++;
  }

  /** Only spaces and a comment may follow the value. */
  endOfLine(): void {
    const rest = this.s.slice(this.p);
    if (!/^ *$/.test(rest) && !/^ +#/.test(rest)) giveUp();
  }

  value(inFlow: boolean): unknown {
    const c = this.s[this.p];
    if (c === '"') return this.doubleQuoted();
    if (c === "'") return this.singleQuoted();
    if (c === '[') return this.flowSeq();
    if (c === '{') return this.flowMap();
    if (!inFlow) giveUp();
    return this.flowPlain();
  }

  private doubleQuoted(): string {
    // Most quoted values hold no escape: up to the closing quote at once.
    const close = this.s.indexOf('"', this.p + 1);
    if (close > 0 && this.s.lastIndexOf('\\', close) <= this.p) {
      const out = this.s.slice(this.p + 1, close);
      this.p = close + 1;
      return out;
    }
    let out = '';
    for (let i = this.p + 1; i < this.s.length; i++) {
      const c = this.s[i]!;
      if (c === '"') {
        this.p = i + 1;
        return out;
      }
      if (c !== '\\') {
        out += c;
        continue;
      }
      const next = this.s[++i];
      if (next === undefined) giveUp();
      if (Object.hasOwn(ESCAPES, next!)) {
        out += ESCAPES[next!];
      } else if (next === 'x' || next === 'u' || next === 'U') {
        const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
        const code = this.s.substr(i + 1, length);
        if (!new RegExp(`^[0-9a-fA-F]{${length}}$`).test(code) || parseInt(code, 16) > 0x10ffff) giveUp();
        out += String.fromCodePoint(parseInt(code, 16));
        i += length;
      } else {
        giveUp();
      }
    }
    return giveUp();
  }

  private singleQuoted(): string {
    // Most quoted values hold no doubled quote: up to the closing quote at once.
    const close = this.s.indexOf("'", this.p + 1);
    if (close > 0 && this.s[close + 1] !== "'") {
      const out = this.s.slice(this.p + 1, close);
      this.p = close + 1;
      return out;
    }
    let out = '';
    for (let i = this.p + 1; i < this.s.length; i++) {
      const c = this.s[i]!;
      if (c !== "'") {
        out += c;
      } else if (this.s[i + 1] === "'") {
        out += "'";
        i++;
      } else {
        this.p = i + 1;
        return out;
      }
    }
    return giveUp();
  }

  /** Past an opening bracket: false when the collection closes at once (`[]`, `{ }`). */
  private opens(close: string): boolean {
    this.p++;
    this.spaces();
    if (this.s[this.p] !== close) return true;
    this.p++;
    return false;
  }

  /** After an entry: true at `,` (another entry follows), false at the closing bracket. */
  private more(close: string): boolean {
    this.spaces();
    const c = this.s[this.p++];
    if (c === close) return false;
    if (c !== ',') giveUp();
    this.spaces();
    // `[a, ]` and `[a,,b]`: the full parser decides.
    if (this.s[this.p] === close || this.s[this.p] === ',') giveUp();
    return true;
  }

  private flowSeq(): unknown[] {
    const out: unknown[] = [];
    if (!this.opens(']')) return out;
    do {
      out.push(this.value(true));
    } while (this.more(']'));
    return out;
  }

  private flowMap(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    if (!this.opens('}')) return out;
    do {
      const found = keyAt(this.s, this.p);
      if (!found || this.s[found.end] !== ' ' || Object.hasOwn(out, found.key)) giveUp();
      const { key, end } = found!;
      this.p = end;
      this.spaces();
      if (this.s[this.p] === ',' || this.s[this.p] === '}') giveUp();
      out[key] = this.value(true);
    } while (this.more('}'));
    return out;
  }

  /** A plain scalar inside `[]` or `{}`: up to `,`, `]`, `}`; never with `: `, `#` or brackets in it. */
  private flowPlain(): unknown {
    const s = this.s;
    const start = this.p;
    const first = s.charCodeAt(start);
    // `-` starts a plain scalar only before a character that could go on one (`-5`, never `- ` or `-,`).
    if (INDICATOR_START.test(s[start]!) || first === 91 || first === 123 || (first === 45 && (start + 1 === s.length || isSpaceOrFlow(s.charCodeAt(start + 1))))) giveUp();
    let end = start;
    for (let c = first; end < s.length && !isFlowIndicator(c); c = s.charCodeAt(++end)) {
      if (c === 58 && (end + 1 === s.length || isSpaceOrFlow(s.charCodeAt(end + 1)))) giveUp();
      if (c === 35 && s.charCodeAt(end - 1) === 32) giveUp();
    }
    if (s.charCodeAt(end) === 91 || s.charCodeAt(end) === 123) giveUp();
    const value = trimEnd(s.slice(start, end));
    if (value === '') giveUp();
    this.p = end;
    return resolvePlain(value);
  }
}
