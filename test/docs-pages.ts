// The reference pages under docs/: the parts generated from the code (rules, command options),
// and what the docs test checks in every page (commands, flags, paths and links that exist).
import type { Argument, Command, Option } from 'commander';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { builtinChecks, rules } from '../src/rules/index.js';
import { severityLabel } from '../src/rules/table.js';
import type { RuleMeta } from '../src/rules/types.js';

// ---------------------------------------------------------------------------------------------
// Generated blocks: `<!-- generated:NAME -->` … `<!-- /generated -->`; the test rewrites what is
// between the two lines and compares (UPDATE_DOCS=1 writes it back).

const BLOCK = /(<!-- generated:([\w:-]+) -->\n)([\s\S]*?)(<!-- \/generated -->)/g;

/** The page with every generated block filled from `make(name)`; a name `make` does not know throws. */
export function fillGenerated(page: string, make: (name: string) => string | undefined): string {
  return page.replace(BLOCK, (_all, open: string, name: string, _old: string, close: string) => {
    const body = make(name);
    if (body === undefined) throw new Error(`unknown generated block \`${name}\``);
    return `${open}\n${body.trim()}\n\n${close}`;
  });
}

/** The names of the generated blocks a page holds, in order. */
export function generatedBlocks(page: string): string[] {
  return [...page.matchAll(BLOCK)].map((m) => m[2]!);
}

/** Text for a table cell: pipes escaped, `<name>` outside code shown as text rather than read as HTML. */
const cell = (s: string) =>
  s
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 ? part : part.replace(/</g, '\\<')))
    .join('')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ');

// ---------------------------------------------------------------------------------------------
// docs/rules.md

/** The rule table, each rule linking to its section below. */
export function ruleSummary(metas: readonly RuleMeta[]): string {
  const rows = metas.map((m) => `| [\`${m.id}\`](#${m.id}) | ${severityLabel(m.severity)} | ${cell(m.title.en)} |`);
  return ['| rule | default | in short |', '| --- | --- | --- |', ...rows].join('\n');
}

/** One section a rule: what it checks, why and how to fix it, in English then Chinese. */
export function ruleSections(metas: readonly RuleMeta[]): string {
  return metas
    .map((m) =>
      [
        `### \`${m.id}\``,
        '',
        `Default: ${severityLabel(m.severity)}.`,
        '',
        `**${m.title.en}.**`,
        '',
        `- **Checks:** ${m.checks.en}`,
        `- **Why:** ${m.why.en}`,
        `- **Fix:** ${m.fix.en}`,
        '',
        `**${m.title.zh}。**`,
        '',
        `- **检查：** ${m.checks.zh}`,
        `- **原因：** ${m.why.zh}`,
        `- **修复：** ${m.fix.zh}`,
      ].join('\n'),
    )
    .join('\n\n');
}

export function rulesBlock(name: string): string | undefined {
  const metas = rules.map((r) => r.meta as RuleMeta);
  if (name === 'rule-table') return ruleSummary(metas);
  if (name === 'rules') return ruleSections(metas);
  if (name === 'builtin-checks') return ruleSections(builtinChecks);
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// docs/commands.md: each command's arguments and options, from the commander program itself.

function argumentLabel(a: Argument): string {
  const name = `${a.name()}${a.variadic ? '...' : ''}`;
  return a.required ? `<${name}>` : `[${name}]`;
}

function optionMeaning(o: Option): string {
  const parts = [o.description];
  if (o.argChoices) parts.push(`one of ${o.argChoices.map((c) => `\`${c}\``).join(', ')}`);
  if (o.defaultValue !== undefined && o.defaultValue !== false) parts.push(`default \`${String(o.defaultValue)}\``);
  return parts.join('; ');
}

/** The usage line and the table of a command's arguments and options. */
export function optionsTable(command: Command): string {
  const args = command.registeredArguments.map((a) => `| \`${argumentLabel(a)}\` | ${cell(a.description)} |`);
  const opts = command.options.filter((o) => !o.hidden).map((o) => `| \`${o.flags}\` | ${cell(optionMeaning(o))} |`);
  const usage = ['aipm', command.name(), ...command.registeredArguments.map(argumentLabel), ...(opts.length ? ['[options]'] : [])].join(' ');
  const rows = [...args, ...opts];
  return [`\`${usage}\``, '', ...(rows.length ? ['| argument or option | meaning |', '| --- | --- |', ...rows] : [])].join('\n');
}

export function commandsBlock(program: Command, name: string): string | undefined {
  if (name === 'command-list') {
    return program.commands.map((c) => `- [\`aipm ${c.name()}\`](#${c.name()}): ${c.description()}`).join('\n');
  }
  if (name === 'global-options') {
    const rows = program.options.map((o) => `| \`${o.flags}\` | ${cell(optionMeaning(o))} |`);
    return ['| option | meaning |', '| --- | --- |', ...rows, '| `-h, --help` | the commands, or a command\'s arguments and options |'].join('\n');
  }
  const match = /^options:(.+)$/.exec(name);
  const command = match && program.commands.find((c) => c.name() === match[1]);
  return command ? optionsTable(command) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Reading Markdown: code spans, code blocks, links and heading anchors.

export interface Located {
  text: string;
  line: number;
}

/** Fenced code blocks with their language and first line. */
export function codeBlocks(md: string): { lang: string; body: string; line: number }[] {
  const out: { lang: string; body: string; line: number }[] = [];
  const lines = md.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const fence = open[2]!;
    const start = i + 1;
    let j = start;
    while (j < lines.length && !lines[j]!.trimStart().startsWith(fence)) j++;
    out.push({ lang: open[3]!.trim(), body: lines.slice(start, j).join('\n'), line: start + 1 });
    i = j;
  }
  return out;
}

/** The page with its fenced code blocks blanked (line numbers kept), for reading prose. */
export function prose(md: string): string {
  const lines = md.split('\n');
  let fence: string | undefined;
  return lines
    .map((line) => {
      const mark = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence) {
        if (mark && line.trimStart().startsWith(fence)) fence = undefined;
        return '';
      }
      if (mark) {
        fence = mark;
        return '';
      }
      return line;
    })
    .join('\n');
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Inline code spans of the prose (``a `b` c`` gives "a `b` c"). */
export function codeSpans(md: string): Located[] {
  const text = prose(md);
  return [...text.matchAll(/(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g)].map((m) => ({ text: m[2]!.trim(), line: lineAt(text, m.index) }));
}

/** Link targets of the prose (inline links, outside code spans). */
export function links(md: string): Located[] {
  const text = prose(md).replace(/(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g, (s) => s.replace(/[^\n]/g, ' '));
  return [...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => ({ text: m[1]!, line: lineAt(text, m.index) }));
}

/** The anchors GitHub gives a page's headings (`## In CI` → `in-ci`; a repeated one gets `-1`, `-2`). */
export function anchors(md: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const line of prose(md).split('\n')) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1];
    if (heading === undefined) continue;
    const plain = heading.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[`*_]/g, (c) => (c === '_' ? '_' : ''));
    const slug = plain.toLowerCase().replace(/[^\p{L}\p{N}\p{M} _-]/gu, '').replace(/ /g, '-');
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    out.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// What a page names: `aipm` commands and their flags, bare flags, repository paths, links.

export interface CommandLine {
  /** The command's options (long and short), and its name. */
  commands: Map<string, Set<string>>;
  global: Set<string>;
}

export function commandLineOf(program: Command): CommandLine {
  const flagsOf = (options: readonly Option[]) => new Set(options.flatMap((o) => [o.long, o.short].filter((f): f is string => Boolean(f))));
  return {
    commands: new Map(program.commands.map((c) => [c.name(), flagsOf(c.options)])),
    global: new Set([...flagsOf(program.options), '--help', '-h']),
  };
}

const isFlag = (token: string) => /^--?[A-Za-z][\w-]*/.test(token);
const flagOf = (token: string) => /^--?[A-Za-z][\w-]*/.exec(token)![0];

/** The problems in one `aipm …` invocation (the words after `aipm`). */
function checkInvocation(words: string[], cli: CommandLine): string[] {
  const problems: string[] = [];
  let i = 0;
  // Global options before the command (`aipm --cwd x validate`, `aipm --help`).
  while (i < words.length && isFlag(words[i]!)) {
    const flag = flagOf(words[i]!);
    if (!cli.global.has(flag)) problems.push(`\`aipm ${flag}\`: no such global option (there are ${[...cli.global].join(', ')})`);
    i += flag === '--cwd' && !words[i]!.includes('=') ? 2 : 1;
  }
  const name = words[i];
  if (name === undefined || /^[<[…]/.test(name)) return problems;
  const flags = cli.commands.get(name);
  if (!flags) return [...problems, `\`aipm ${name}\`: no such command (there are ${[...cli.commands.keys()].join(', ')})`];
  for (const word of words.slice(i + 1)) {
    if (!isFlag(word)) continue;
    const flag = flagOf(word);
    if (!flags.has(flag) && !cli.global.has(flag)) problems.push(`\`aipm ${name} ${flag}\`: \`${name}\` has no option \`${flag}\` (it has ${[...flags].join(', ') || 'none'})`);
  }
  return problems;
}

/** The words of each `aipm …` invocation in a piece of text (up to a comment, a pipe or the line's end). */
function invocations(text: string): { words: string[]; offset: number }[] {
  const out: { words: string[]; offset: number }[] = [];
  for (const m of text.matchAll(/(?<=^|[\s"'(`])aipm(?=[ \t])([^\n#|;&`)"']*)/g)) {
    const words = m[1]!.trim().split(/\s+/).filter(Boolean).map((w) => w.replace(/[.,:;]+$/, ''));
    // `aipm` as a word of a sentence or a value (`category: aipm }`), not a command line.
    if (!/^(--?[A-Za-z]|[a-z][\w-]*$)/.test(words[0] ?? '')) continue;
    out.push({ words, offset: m.index });
  }
  return out;
}

/** Top-level folders of the repository a path in the docs may start with (not build output). */
function repoFolders(root: string): Set<string> {
  return new Set(readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory() && !['node_modules', 'dist', '.git'].includes(e.name)).map((e) => e.name));
}

/** A code span that names a file of this repository: `src/cli.ts`, `examples/en-claim-triage`, `test/rules/`. */
function repoPathOf(span: string, folders: Set<string>): string | undefined {
  if (/[\s<>*…{}$~|]/.test(span) || !span.includes('/') || /^[a-z]+:/.test(span)) return undefined;
  const path = span.replace(/^\.\//, '').replace(/[:#].*$/, '');
  const first = path.split('/')[0]!;
  if (!folders.has(first)) return undefined;
  // `docs/aipm` is where a product workspace's rendered documents go by default (`out`), not a file here.
  if (/^docs\/aipm(\/|$)/.test(path)) return undefined;
  return path;
}

/**
 * Every name in a page that does not exist: an `aipm` command or one of its flags (in code spans and
 * code blocks), a bare `--flag` no command has, a repository path, a relative link or its #anchor.
 * Each problem is `file:line: what is wrong`.
 */
export function missingNames(file: string, md: string, root: string, cli: CommandLine): string[] {
  const problems: string[] = [];
  const rel = relative(root, file);
  const folders = repoFolders(root);
  const allFlags = new Set([...cli.global, ...[...cli.commands.values()].flatMap((s) => [...s])]);

  for (const span of codeSpans(md)) {
    const at = `${rel}:${span.line}`;
    for (const { words } of invocations(span.text)) for (const p of checkInvocation(words, cli)) problems.push(`${at}: ${p}`);
    if (isFlag(span.text) && !/\baipm\b/.test(span.text)) {
      const flag = flagOf(span.text);
      if (!allFlags.has(flag)) problems.push(`${at}: \`${flag}\` is an option of no aipm command`);
    }
    const path = repoPathOf(span.text, folders);
    if (path !== undefined && !existsSync(join(root, path))) problems.push(`${at}: \`${span.text}\` names a file that is not in the repository`);
  }
  for (const block of codeBlocks(md)) {
    if (/^(ya?ml|json|lua|toml|ts)$/.test(block.lang) && !/\baipm\s/.test(block.body)) continue;
    for (const { words, offset } of invocations(block.body)) {
      for (const p of checkInvocation(words, cli)) problems.push(`${rel}:${block.line + lineAt(block.body, offset) - 1}: ${p}`);
    }
  }
  for (const link of links(md)) {
    const at = `${rel}:${link.line}`;
    if (/^[a-z][a-z0-9+.-]*:/i.test(link.text)) continue;
    const [target, anchor] = link.text.split('#') as [string, string | undefined];
    const path = target ? resolve(dirname(file), decodeURI(target)) : file;
    if (target && !existsSync(path)) {
      problems.push(`${at}: link \`${link.text}\` points at ${relative(root, path)}, which does not exist`);
      continue;
    }
    if (anchor !== undefined && path.endsWith('.md') && !anchors(target ? readFileSync(path, 'utf8') : md).has(anchor)) {
      problems.push(`${at}: link \`${link.text}\`: ${relative(root, path)} has no heading with the anchor #${anchor}`);
    }
  }
  return problems;
}
