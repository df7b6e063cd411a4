import { afterEach, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { program } from '../src/cli.js';
import { lintMarkdown } from './clients.js';
import { codeBlocks, commandLineOf, commandsBlock, fillGenerated, generatedBlocks, missingNames, rulesBlock } from './docs-pages.js';
import { EN_EXAMPLE, readTree, ROOT, TODAY, writeWorkspace } from './helpers.js';
import { mistakesBlock } from './mistakes-page.js';

/** README.md and every page under docs/ (pages other engineers add are checked as they appear). */
const pages = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((n) => n.endsWith('.md')).sort().map((n) => `docs/${n}`), 'bench/README.md'].filter((p) =>
  existsSync(join(ROOT, p)),
);
const read = (page: string) => readFileSync(join(ROOT, page), 'utf8');

/** The generated pages and what fills their blocks. */
const generated: Record<string, (name: string) => string | undefined> = {
  'docs/rules.md': rulesBlock,
  'docs/commands.md': (name) => commandsBlock(program, name),
  // Every message it quotes is what aipm says on the mistake its row plants.
  'docs/mistakes.md': mistakesBlock,
  'docs/specs.md': mistakesBlock,
};

describe('generated reference pages', () => {
  for (const [page, make] of Object.entries(generated)) {
    it(`${page} is current (UPDATE_DOCS=1 npx vitest run test/docs.test.ts rewrites it)`, () => {
      const text = read(page);
      expect(generatedBlocks(text).length, `${page} holds no generated block`).toBeGreaterThan(0);
      const fresh = fillGenerated(text, make);
      if (process.env.UPDATE_DOCS && fresh !== text) writeFileSync(join(ROOT, page), fresh);
      else expect(text, `${page} is stale: run \`npm run docs\``).toBe(fresh);
    });
  }

  it('docs/commands.md has a section and an options table for every command', () => {
    const text = read('docs/commands.md');
    const blocks = generatedBlocks(text);
    for (const command of program.commands) {
      expect(blocks, `docs/commands.md lacks <!-- generated:options:${command.name()} -->`).toContain(`options:${command.name()}`);
      expect(text, `docs/commands.md lacks a "## ${command.name()}" section`).toMatch(new RegExp(`^## ${command.name()}$`, 'm'));
    }
  });

  it('docs/rules.md has a section for every rule and built-in check', () => {
    const text = read('docs/rules.md');
    expect(generatedBlocks(text)).toEqual(expect.arrayContaining(['rule-table', 'rules', 'builtin-checks']));
  });
});

describe('every page names only what exists', () => {
  const cli = commandLineOf(program);
  for (const page of pages) {
    it(`${page}: aipm commands and flags, repository paths and links exist`, () => {
      expect(missingNames(join(ROOT, page), read(page), ROOT, cli)).toEqual([]);
    });
  }

  it('catches a command, a flag, a path, a link and an anchor that do not exist, naming each', () => {
    const page = join(ROOT, 'docs', 'example.md');
    const md = [
      '# Example',
      '',
      'Run `aipm valdate`, then `aipm validate --stirct`, `aipm --cwd x render --packet --check`.',
      'See `src/rules/nowhere.ts` and `src/rules/index.ts`, `--packet` and `--nope`.',
      '[ok](commands.md#validate) [gone](gone.md) [no anchor](commands.md#nowhere) [here](#example) [not here](#elsewhere)',
      '',
      '```console',
      '$ aipm schema --check --wrong',
      '```',
    ].join('\n');
    expect(missingNames(page, md, ROOT, cli)).toEqual([
      expect.stringMatching(/^docs\/example\.md:3: `aipm valdate`: no such command \(there are validate, /),
      expect.stringMatching(/^docs\/example\.md:3: `aipm validate --stirct`: `validate` has no option `--stirct` \(it has .*--strict/),
      'docs/example.md:4: `src/rules/nowhere.ts` names a file that is not in the repository',
      'docs/example.md:4: `--nope` is an option of no aipm command',
      expect.stringMatching(/^docs\/example\.md:8: `aipm schema --wrong`: `schema` has no option `--wrong`/),
      'docs/example.md:5: link `gone.md` points at docs/gone.md, which does not exist',
      'docs/example.md:5: link `commands.md#nowhere`: docs/commands.md has no heading with the anchor #nowhere',
      'docs/example.md:5: link `#elsewhere`: docs/example.md has no heading with the anchor #elsewhere',
    ]);
  });
});

describe('the pages pass markdownlint', () => {
  for (const page of pages) {
    it(page, () => {
      expect(lintMarkdown(page, read(page))).toEqual([]);
    });
  }
});

describe('README', () => {
  const readme = read('README.md');

  it('stays short: at most about 300 lines, the rest in docs/', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(300);
  });

  it('gives the fresh-clone commands exactly as package.json runs them', () => {
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    const named = [...readme.matchAll(/\bnpm (?:run ([\w:-]+)|(test))\b/g)].map((m) => m[1] ?? m[2]!);
    expect(named).toContain('demo');
    expect(named).toContain('test');
    for (const script of named) expect(scripts, `README runs \`npm run ${script}\`, which package.json lacks`).toHaveProperty([script]);
  });

  it('links every reference page under docs/ that exists', () => {
    for (const page of pages.filter((p) => p.startsWith('docs/'))) expect(readme, `README does not link ${page}`).toContain(`](${page})`);
  });
});

/** Runs `aipm <args>` in-process through the real command line, as from `cwd`; what it prints and its exit code. */
async function runAipm(args: string[], cwd: string): Promise<{ stdout: string; exitCode: number }> {
  let stdout = '';
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  try {
    await program.parseAsync(['--cwd', cwd, ...args], { from: 'user' });
    return { stdout, exitCode: Number(process.exitCode ?? 0) };
  } finally {
    write.mockRestore();
    process.exitCode = undefined;
  }
}

/** A shell line's words: spaces split, double quotes group. */
const wordsOf = (line: string) => [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);

/**
 * Runs the `$ aipm …` lines of a console block from `cwd` and expects what the block shows after
 * each (`…` ends an output the page shortens; `$ cd dir` moves). A line with a `# comment` says the
 * workspace was changed first: it and what follows it in the block are not replayed. Returns the
 * folder the block ends in.
 */
async function replay(body: string, cwd: string): Promise<string> {
  for (const step of body.split(/^\$ /m).slice(1)) {
    const [command, ...output] = step.split('\n');
    if (/\s#\s/.test(command!)) break;
    const [tool, ...args] = wordsOf(command!);
    if (tool === 'cd') {
      cwd = join(cwd, args[0]!);
      continue;
    }
    expect(tool, command).toBe('aipm');
    const { stdout } = await runAipm(args, cwd);
    const shown = output.join('\n').replace(/\n*$/, '');
    if (shown.endsWith('\n…')) expect(stdout, command).toContain(shown.slice(0, -2));
    else expect(stdout.replace(/\n*$/, ''), command).toBe(shown);
  }
  return cwd;
}

/** The console blocks of the section `## name` of a page. */
function sectionBlocks(page: string, name: string): string[] {
  const text = read(page);
  const start = text.indexOf(`\n## ${name}\n`);
  expect(start, `${page} has a section ## ${name}`).toBeGreaterThan(-1);
  const end = text.indexOf('\n## ', start + 1);
  return codeBlocks(text.slice(start, end === -1 ? undefined : end)).filter((b) => b.lang === 'console').map((b) => b.body);
}

describe('the README tour', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('shows what aipm prints, run by run: init, validate, the two mistakes, fix, render', async () => {
    vi.stubEnv('NO_COLOR', '1');
    vi.stubEnv('FORCE_COLOR', '0');
    vi.stubEnv('AIPM_TODAY', TODAY);
    const readme = read('README.md');
    const tour = readme.slice(readme.indexOf('## A tour'), readme.indexOf('\n## ', readme.indexOf('## A tour') + 1));
    const blocks = codeBlocks(tour).filter((b) => b.lang === 'console');
    expect(blocks).toHaveLength(3);
    let cwd = mkdtempSync(join(tmpdir(), 'aipm-tour-'));
    // What the README's prose says to do between the blocks.
    const edit = (file: string, from: string, to: string) => {
      const text = readFileSync(join(cwd, file), 'utf8');
      expect(text, `${file} holds ${from}`).toContain(from);
      writeFileSync(join(cwd, file), text.replace(from, to));
    };
    const between = [
      () => {
        edit('specs/requirements.yaml', '    priority: P0', '    prioritty: P0');
        edit('specs/milestones.yaml', '"Complaints about the bot <= 5%"', '"Better customer satisfaction"');
      },
      () => edit('specs/milestones.yaml', '"Better customer satisfaction"', '"Complaints about the bot <= 5%"'),
    ];
    for (const [i, block] of blocks.entries()) {
      if (i > 0) between[i - 1]!();
      cwd = await replay(block.body, cwd);
    }
  });
});

describe('the runs docs/commands.md shows', () => {
  afterEach(() => vi.unstubAllEnvs());
  const stub = () => {
    vi.stubEnv('NO_COLOR', '1');
    vi.stubEnv('FORCE_COLOR', '0');
    vi.stubEnv('AIPM_TODAY', TODAY);
  };

  it('init, then new twice, in an empty folder', async () => {
    stub();
    const dir = mkdtempSync(join(tmpdir(), 'aipm-docs-'));
    const [init] = sectionBlocks('docs/commands.md', 'init');
    await replay(init!, dir);
    const [added] = sectionBlocks('docs/commands.md', 'new');
    await replay(added!, join(dir, 'smart-desk'));
  });

  for (const name of ['status', 'explain', 'gate', 'rename']) {
    it(`${name}, on a copy of examples/en-claim-triage`, async () => {
      stub();
      const blocks = sectionBlocks('docs/commands.md', name);
      expect(blocks.length).toBeGreaterThan(0);
      for (const block of blocks) await replay(block, writeWorkspace(readTree(EN_EXAMPLE)));
    });
  }
});
