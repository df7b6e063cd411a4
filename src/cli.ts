import { Argument, Command, Option } from 'commander';
import module from 'node:module';
import { isAbsolute, resolve } from 'node:path';
import { UserError } from './errors.js';
import { VERSION } from './version.js';
import { FORMATS } from './report/formats.js';
import { forTerminalOutput } from './safe-text.js';

// This file only wires commander. Each action imports its command on demand, so `--help` and
// `--version` never load zod, yaml or the templates. The build makes it and each command one
// CommonJS file (dist/cli.cjs, dist/command-<name>.cjs): no run starts Node's ES module loader.

// Node 22 and later keep the compiled code of these files between runs; Node 20 has no such cache.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

interface Global {
  cwd?: string;
}

interface Printed {
  exitCode: number;
  stdout: string;
  stderr?: string;
}

/** Commander's own error text, kept so a usage error can be printed our way (one line, or JSON). */
let usageError = '';

/** The command line: every command, argument and option (docs/commands.md reads its options from here). */
export const program = new Command('aipm')
  .description('Plan, check and render an AI product\'s planning artifacts kept as YAML in git.')
  .version(VERSION, '-v, --version')
  .option('--cwd <dir>', 'run as if started in <dir>')
  .showSuggestionAfterError(false)
  .configureOutput({ outputError: (text) => (usageError = text) })
  .exitOverride();

/** Colour on a terminal unless NO_COLOR; FORCE_COLOR (but 0 or false) forces it, as chalk users expect. */
function colorWanted(): boolean {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined && force !== '0' && force !== 'false') return true;
  return Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
}

function cwdOf(cmd: Command): string {
  const { cwd } = cmd.optsWithGlobals<Global>();
  if (cwd !== undefined && isAbsolute(cwd)) return resolve(cwd);
  let here: string;
  try {
    here = process.cwd();
  } catch (e) {
    // The folder the command was started in was deleted (or cannot be read): the user's to fix.
    throw new UserError('error.cwdGone', { reason: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
  return resolve(here, cwd ?? '.');
}

/**
 * A write to stdout or stderr that fails (a full disk with `>/dev/full`, a closed pipe, a closed
 * descriptor) is a fault of the machine, not a bug: one line on stderr when stderr still works, exit 2,
 * never Node's stack trace for an unhandled 'error' event.
 */
let outputFailed = false;
function guardOutput(stream: NodeJS.WriteStream, name: 'stdout' | 'stderr'): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    process.exitCode = 2;
    if (outputFailed) return;
    outputFailed = true;
    if (name === 'stderr') return;
    void import('./cli-errors.js').then(({ outputError }) => {
      try {
        process.stderr.write(outputError(name, error, process.env));
      } catch {
        // stderr is gone too: the exit code says it.
      }
    });
  });
}

/** A write that fails at once (a closed descriptor) goes the way of one that fails later: to the stream's 'error' handler. */
function write(stream: NodeJS.WriteStream, text: string): void {
  try {
    stream.write(text);
  } catch (error) {
    stream.emit('error', error);
  }
}

/** Runs a command: prints what it returns, or turns an error into a message and an exit code. */
async function run(action: () => Promise<Printed>, options: { json?: boolean } = {}): Promise<void> {
  try {
    const { exitCode, stdout, stderr } = await action();
    write(process.stdout, forTerminalOutput(stdout));
    if (stderr) write(process.stderr, forTerminalOutput(stderr));
    process.exitCode = exitCode;
  } catch (error) {
    const { reportError } = await import('./cli-errors.js');
    const { exitCode, stdout, stderr } = reportError(error, { json: Boolean(options.json), env: process.env });
    if (stdout) process.stdout.write(stdout);
    if (stderr) process.stderr.write(stderr);
    process.exitCode = exitCode;
  }
}

program
  .command('validate')
  .description('check the specs: YAML, schema, ids, references and the rules')
  .argument('[paths...]', 'only report findings in these files or folders')
  .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('stylish'))
  .option('--strict', 'fail on warnings too')
  .option('--today <date>', 'the date rules compare against (YYYY-MM-DD; default: AIPM_TODAY, else today)')
  .option('-o, --output <file>', 'write the report to a file')
  .option('--all', 'check every aipm.yaml below the current folder')
  .option('--shard <k/n>', 'with --all: only the k-th of n shares of the products (one job of a CI matrix)')
  .option('--lang <lang>', 'with --all: the language of the totals, zh or en (default: the environment\'s)')
  .option('--cache', 'reuse what parsing unchanged files gave last time (kept in .aipm/cache)')
  .action(async (paths: string[], opts: { format: string; strict?: boolean; today?: string; output?: string; all?: boolean; shard?: string; lang?: string; cache?: boolean }, cmd: Command) => {
    await run(async () => {
      const { validate } = await import('./commands/validate.js');
      return validate({
        cwd: cwdOf(cmd),
        paths,
        format: opts.format,
        strict: opts.strict,
        today: opts.today,
        output: opts.output,
        all: opts.all,
        shard: opts.shard,
        lang: opts.lang,
        cache: opts.cache,
        color: colorWanted(),
        env: process.env,
      });
    }, { json: opts.format === 'json' });
  });

program
  .command('render')
  .description('write one Markdown document per spec file, and with --packet the review packet')
  .option('--packet', 'also write the review packet (<out>/packet.md)')
  .option('--check', 'write nothing; exit 1 listing missing, changed and orphaned files')
  .option('--today <date>', 'the date shown in the documents (default: the newest `updated`)')
  .option('--force', 'render despite validation errors, and overwrite files aipm did not write')
  .option('--templates <which>', '`builtin`: ignore the workspace\'s own templates (CI on untrusted pull requests)')
  .option('--since <ref>', 'with --packet: put what changed since this git revision at the top of the packet')
  .option('--html', 'also write the packet as one self-contained page with charts (<out>/packet.html); implies --packet')
  .option('--pdf', 'also print that page to <out>/packet.pdf through Chromium (not covered by --check); implies --html')
  .option('--browser <path>', 'with --pdf: the Chromium or Chrome to print with (default: AIPM_BROWSER, else the usual install paths)')
  .option('--all', 'every product below the current folder, each as render does in its folder, and the portfolio page aipm-portfolio.md')
  .option('--out <folder>', 'with --all: write aipm-portfolio.md in this folder (default: the current folder)')
  .option('--shard <k/n>', 'with --all: only the k-th of n shares of the products (the portfolio page is then not written)')
  .option('--lang <lang>', 'with --all: the language of the portfolio page, zh or en (default: the environment\'s)')
  .action(async (opts: { packet?: boolean; check?: boolean; today?: string; force?: boolean; templates?: string; since?: string; html?: boolean; pdf?: boolean; browser?: string; all?: boolean; out?: string; shard?: string; lang?: string }, cmd: Command) => {
    await run(async () => {
      const { render } = await import('./commands/render.js');
      return render({ cwd: cwdOf(cmd), ...opts, color: colorWanted(), env: process.env });
    });
  });

program
  .command('lsp')
  .description('run the language server (for editors): every finding of validate, as you type')
  .option('--stdio', 'talk over standard input and output (the only transport; editors pass it)')
  .option('--today <date>', 'the date rules compare against (default: AIPM_TODAY, else today)')
  .action(async (opts: { stdio?: boolean; today?: string }, cmd: Command) => {
    await run(async () => {
      const { lsp } = await import('./commands/lsp.js');
      return lsp({ cwd: cwdOf(cmd), input: process.stdin, output: process.stdout, today: opts.today, env: process.env });
    });
  });

/** A flag given several times: every value, in order. */
const repeated = (value: string, previous: string[] = []): string[] => [...previous, value];

program
  .command('init')
  .description('create aipm.yaml, starter specs for a product type, and their JSON Schemas')
  .argument('[dir]', 'the folder to create the workspace in (default: the current folder)')
  .option('--name <name>', 'product name')
  .option('--id <id>', 'product id: lowercase letters, digits and -')
  .option('--lang <lang>', 'zh or en')
  .option('--type <type>', 'recommendation, customer-service, image-classification, llm-assistant or blank')
  .option('--owner <owner>', 'the accountable PM')
  .option('--market <market>', 'where it ships: CN, EU, US or global (repeat, or comma-separate, for several)', repeated)
  .option('--capability <capability>', 'what it does, as regulations ask, e.g. chatbot, generates-text (repeat, or comma-separate)', repeated)
  .option('-y, --yes', 'take the defaults for every question not answered by a flag')
  .option('--force', 'overwrite files that exist')
  .action(async (dir: string | undefined, opts: { name?: string; id?: string; lang?: string; type?: string; owner?: string; market?: string[]; capability?: string[]; yes?: boolean; force?: boolean }, cmd: Command) => {
    await run(async () => {
      const { init } = await import('./commands/init.js');
      return init({ cwd: cwdOf(cmd), dir, ...opts, interactive: Boolean(process.stdin.isTTY), env: process.env });
    });
  });

program
  .command('new')
  .description('add a spec file of a kind, with the next free id')
  .argument('<kind>', 'the kind of spec file, e.g. requirements or metrics (any other word lists them all; docs/kinds.md describes each)')
  .option('--id <id>', 'the id of its first item (default: the next free one)')
  .option('--title <title>', 'the document title')
  .option('--file <path>', 'where to write it (default: <specs>/<kind>.yaml, or <kind>-2.yaml…)')
  .option('--force', 'overwrite --file if it exists')
  .action(async (kind: string, opts: { id?: string; title?: string; file?: string; force?: boolean }, cmd: Command) => {
    await run(async () => {
      const { newSpec } = await import('./commands/new.js');
      return newSpec({ cwd: cwdOf(cmd), kind, ...opts, env: process.env });
    });
  });

program
  .command('schema')
  .description('write the JSON Schema of every kind, for editors and other tools')
  .option('--out <dir>', 'folder for <kind>.json (default: .aipm/schemas in the workspace)')
  .option('--check', 'write nothing; exit 1 if a schema file is missing or out of date')
  .option('--force', 'overwrite files aipm did not write')
  .option('--lang <lang>', 'language of the field descriptions: zh or en (default: the workspace\'s lang)')
  .action(async (opts: { out?: string; check?: boolean; force?: boolean; lang?: string }, cmd: Command) => {
    await run(async () => {
      const { schema } = await import('./commands/schema.js');
      return schema({ cwd: cwdOf(cmd), ...opts, env: process.env });
    });
  });

program
  .command('fix')
  .description('apply the safe fixes (tabs, quoting, enum case and spelling, misspelled keys), then validate')
  .option('--dry-run', 'print a unified diff and write nothing')
  .option('--today <date>', 'the date the validation after fixing compares against')
  .action(async (opts: { dryRun?: boolean; today?: string }, cmd: Command) => {
    await run(async () => {
      const { fix } = await import('./commands/fix.js');
      return fix({ cwd: cwdOf(cmd), ...opts, color: colorWanted(), env: process.env });
    });
  });

program
  .command('rename')
  .description('rename an id and every reference to it across the workspace')
  .argument('<old-id>', 'the id as it is')
  .argument('<new-id>', 'the id it becomes')
  .action(async (from: string, to: string, _opts: object, cmd: Command) => {
    await run(async () => {
      const { rename } = await import('./commands/rename.js');
      return rename({ cwd: cwdOf(cmd), from, to });
    });
  });

program
  .command('diff')
  .description('what changed in the specs since a git revision, item by item, and the suspect links')
  .argument('<from>', 'a git revision (a commit, a tag, a branch)')
  .argument('[to]', 'a second revision (default: the working tree)')
  .option('-f, --format <format>', 'text, json or markdown', 'text')
  .action(async (from: string, to: string | undefined, opts: { format: string }, cmd: Command) => {
    await run(async () => {
      const { diff } = await import('./commands/diff.js');
      return diff({ cwd: cwdOf(cmd), from, ...(to ? { to } : {}), format: opts.format });
    }, { json: opts.format === 'json' });
  });

program
  .command('status')
  .description('the plan at a glance: milestones, metrics, decisions, risks and compliance')
  .option('-f, --format <format>', 'text or json', 'text')
  .option('--today <date>', 'the date to judge against (YYYY-MM-DD; default: AIPM_TODAY, else today)')
  .option('--all', 'the portfolio: one row per product below the current folder (errors, warnings, next milestone and its date, failing metrics, rollout stage)')
  .option('--shard <k/n>', 'with --all: only the k-th of n shares of the products')
  .option('--lang <lang>', 'with --all: the language of the portfolio, zh or en (default: the environment\'s)')
  .option('--width <columns>', 'fit each line to this many columns (default: the terminal\'s width, else 80)')
  .action(async (opts: { format: string; today?: string; all?: boolean; shard?: string; lang?: string; width?: string }, cmd: Command) => {
    await run(async () => {
      const { status } = await import('./commands/status.js');
      return status({ cwd: cwdOf(cmd), ...opts, ...(process.stdout.isTTY && process.stdout.columns ? { columns: process.stdout.columns } : {}), env: process.env });
    }, { json: opts.format === 'json' });
  });

program
  .command('import')
  .description('read evaluation tools\' output (lm-eval, Inspect, promptfoo, model-index) into an evaluation, as measured_by maps it')
  .argument('<files...>', 'the files the tools wrote')
  .option('--into <id>', 'the evaluation to write into')
  .option('--new <id>', 'create this evaluation (with --dataset, and --model when the files do not name it)')
  .option('--model <name>', 'the model, for --new')
  .option('--dataset <id>', 'the dataset, for --new')
  .option('--date <date>', 'the evaluation date, for --new (default: the file\'s, else today)')
  .option('--tool <tool>', 'read the files as this tool\'s output: lm-eval, inspect, promptfoo or model-index')
  .option('--dry-run', 'print the diff and write nothing')
  .option('--allow-incomplete', 'import an Inspect log whose run did not finish')
  .option('--today <date>', 'the date recorded as imported and used by the validation after it')
  .action(async (files: string[], opts: { into?: string; new?: string; model?: string; dataset?: string; date?: string; tool?: string; dryRun?: boolean; allowIncomplete?: boolean; today?: string }, cmd: Command) => {
    await run(async () => {
      const { importEvidence } = await import('./commands/import.js');
      return importEvidence({ cwd: cwdOf(cmd), files, ...opts, color: colorWanted(), env: process.env });
    });
  });

program
  .command('gate')
  .description('the release gate: ship (exit 0) or hold (exit 1) from an evaluation\'s evidence against the plan')
  .argument('[evaluation]', 'the evaluation to judge (default: the latest)')
  .option('--against <id>', 'the evaluation to compare against (default: the latest earlier one of the same model)')
  .option('--allow-insignificant', 'report "not yet significant" as a warning instead of holding')
  .option('-f, --format <format>', 'text, json, markdown or github', 'text')
  .option('--today <date>', 'the date the validation compares against (YYYY-MM-DD; default: AIPM_TODAY, else today)')
  .action(async (evaluation: string | undefined, opts: { against?: string; allowInsignificant?: boolean; format: string; today?: string }, cmd: Command) => {
    await run(async () => {
      const { gate } = await import('./commands/gate.js');
      return gate({ cwd: cwdOf(cmd), ...(evaluation ? { evaluation } : {}), ...opts, env: process.env });
    }, { json: opts.format === 'json' });
  });

program
  .command('pre-commit')
  .description('the pre-commit hooks\' entry: check the products the given files belong to (aipm.yaml, or a file in its specs folder; for render, also its out and templates folders), each once')
  .addArgument(new Argument('<check>', 'validate: the specs; render: that the rendered documents are current (render --packet --check)').choices(['validate', 'render']))
  .argument('[files...]', 'files from the repository root (pre-commit passes the staged ones); a file of no product is passed over')
  .option('--strict', 'validate: fail on warnings too')
  .option('--today <date>', 'validate: the date rules compare against (YYYY-MM-DD; default: AIPM_TODAY, else today)')
  .action(async (check: 'validate' | 'render', files: string[], opts: { strict?: boolean; today?: string }, cmd: Command) => {
    await run(async () => {
      const { preCommit } = await import('./commands/pre-commit.js');
      return preCommit({ cwd: cwdOf(cmd), check, files, strict: opts.strict, today: opts.today, color: colorWanted(), env: process.env });
    });
  });

program
  .command('explain')
  .description('list the rules, or explain one: what it checks, why, how to fix it; or a regulation catalogue item: what it asks, from when, its source')
  .argument('[id]', 'a rule id, or a catalogue item id (like EU-AIA-50-1)')
  .option('--catalogue <id>', 'list a regulation catalogue\'s items (eu-ai-act, cn-genai, cn-pipl)')
  .option('--lang <lang>', 'zh or en (default: the workspace\'s language)')
  .action(async (rule: string | undefined, opts: { lang?: string; catalogue?: string }, cmd: Command) => {
    await run(async () => {
      const { explain } = await import('./commands/explain.js');
      return explain({ cwd: cwdOf(cmd), rule, catalogue: opts.catalogue, lang: opts.lang, env: process.env });
    });
  });

/**
 * Parses the arguments and runs the command they name (a function: CommonJS has no top-level await).
 * `bin/aipm.js` calls it; importing this module runs nothing, so a test can read `program`.
 */
export async function main(): Promise<void> {
  guardOutput(process.stdout, 'stdout');
  guardOutput(process.stderr, 'stderr');
  try {
    // Every subcommand reports usage errors through the program's output settings.
    for (const command of program.commands) command.configureOutput({ outputError: (text) => (usageError = text) }).exitOverride();
    await program.parseAsync(process.argv);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help') process.exitCode = 0;
    else {
      const { reportUsageError } = await import('./cli-errors.js');
      const { exitCode, stdout, stderr } = reportUsageError({
        code: code ?? '',
        text: usageError || String((error as Error).message ?? error),
        argv: process.argv.slice(2),
        commands: program.commands.map((c) => c.name()),
        env: process.env,
      });
      if (stdout) process.stdout.write(stdout);
      if (stderr) process.stderr.write(stderr);
      process.exitCode = exitCode;
    }
  }
}

