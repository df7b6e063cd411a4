import { Command, Option } from 'commander';
import { resolve } from 'node:path';
import { VERSION } from './version.js';

// This file only wires commander. Each action imports its command on demand, so `--help` and
// `--version` never load zod, yaml or the templates.

interface Global {
  cwd?: string;
}

interface Printed {
  exitCode: number;
  stdout: string;
}

const program = new Command('aipm')
  .description('Plan, check and render an AI product\'s planning artifacts kept as YAML in git.')
  .version(VERSION, '-v, --version')
  .option('--cwd <dir>', 'run as if started in <dir>')
  .showHelpAfterError()
  .exitOverride();

function cwdOf(cmd: Command): string {
  const { cwd } = cmd.optsWithGlobals<Global>();
  return resolve(process.cwd(), cwd ?? '.');
}

/** Runs a command: prints what it returns, or turns an error into a message and an exit code. */
async function run(action: () => Promise<Printed>, options: { json?: boolean } = {}): Promise<void> {
  try {
    const { exitCode, stdout } = await action();
    process.stdout.write(stdout);
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
  .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json']).default('stylish'))
  .option('--strict', 'fail on warnings too')
  .option('--today <date>', 'the date rules compare against (YYYY-MM-DD; default: AIPM_TODAY, else today)')
  .option('-o, --output <file>', 'write the report to a file')
  .option('--all', 'check every aipm.yaml below the current folder')
  .action(async (paths: string[], opts: { format: string; strict?: boolean; today?: string; output?: string; all?: boolean }, cmd: Command) => {
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
        color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
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
  .action(async (opts: { packet?: boolean; check?: boolean; today?: string; force?: boolean }, cmd: Command) => {
    await run(async () => {
      const { render } = await import('./commands/render.js');
      return render({ cwd: cwdOf(cmd), ...opts, color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR });
    });
  });

program
  .command('explain')
  .description('list the rules, or explain one: what it checks, why, how to fix it')
  .argument('[rule]', 'a rule id')
  .option('--lang <lang>', 'zh or en (default: the workspace\'s language)')
  .action(async (rule: string | undefined, opts: { lang?: string }, cmd: Command) => {
    await run(async () => {
      const { explain } = await import('./commands/explain.js');
      return explain({ cwd: cwdOf(cmd), rule, lang: opts.lang, env: process.env });
    });
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // Commander has already printed its message; a usage error is exit 2, help and version exit 0.
  const code = (error as { code?: string }).code;
  process.exitCode = code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help' ? 0 : 2;
}
