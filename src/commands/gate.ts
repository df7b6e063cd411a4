import { UserError } from '../errors.js';
import { gateVerdict } from '../model/gate.js';
import { GATE_FORMATS, gateGithub, gateJson, gateMarkdown, gateText, isGateFormat } from '../report/gate.js';
import { checkSpecs } from '../rules/run.js';
import { nearest } from '../suggest.js';
import { VERSION } from '../version.js';
import { repoPrefixOf } from '../workspace/files.js';
import { appendText } from '../workspace/write.js';
import { checkOptionsOf, openWorkspace, resolveToday, type CommandResult } from './shared.js';

export interface GateOptions {
  cwd: string;
  /** The evaluation to judge (default: the latest live one). */
  evaluation?: string;
  /** The evaluation to compare against (default: the latest earlier one of the same model). */
  against?: string;
  allowInsignificant?: boolean;
  format?: string;
  today?: string;
  env?: NodeJS.ProcessEnv;
}

/**
 * The release gate a CI job runs after an evaluation: `ship` (exit 0) or `hold` (exit 1) from the
 * evidence, whatever the evaluation's `decision` says, each reason naming the metric, value,
 * target, n and ci. With `--format github` and `$GITHUB_STEP_SUMMARY` set, the Markdown verdict is
 * appended to the job summary.
 */
export async function gate(opts: GateOptions): Promise<CommandResult> {
  const env = opts.env ?? process.env;
  const format = opts.format ?? 'text';
  if (!isGateFormat(format)) throw new UserError('gate.badFormat', { value: format, choices: GATE_FORMATS.join(', ') });
  const today = resolveToday(opts.today, env);
  const ws = await openWorkspace(opts.cwd);
  const lang = ws.config.lang;
  const { findings, model } = checkSpecs(ws.files, checkOptionsOf(ws.config, today));
  const verdict = gateVerdict(model, {
    lang,
    findings,
    ...(opts.evaluation === undefined ? {} : { evaluation: opts.evaluation }),
    ...(opts.against === undefined ? {} : { against: opts.against }),
    allowInsignificant: Boolean(opts.allowInsignificant),
  });
  if ('problem' in verdict) {
    if (verdict.problem === 'no-evaluation') throw new UserError('gate.noEvaluation', {}, lang);
    const msg = verdict.problem === 'unknown-evaluation' ? 'gate.unknownEvaluation' : 'gate.unknownAgainst';
    throw new UserError(msg, { value: verdict.id, suggestion: nearest(verdict.id, verdict.known) }, lang);
  }
  const stdout =
    format === 'json' ? gateJson(verdict, VERSION)
    : format === 'markdown' ? gateMarkdown(verdict, lang)
    : format === 'github' ? gateGithub(verdict, lang, repoPrefixOf(opts.cwd))
    : gateText(verdict, lang);
  const summaryFile = env.GITHUB_STEP_SUMMARY;
  if (format === 'github' && summaryFile) {
    try {
      await appendText(summaryFile, `${gateMarkdown(verdict, lang)}\n`);
    } catch (e) {
      throw new UserError('error.writeFailed', { file: summaryFile, reason: (e as NodeJS.ErrnoException).code ?? String(e) }, lang);
    }
  }
  return { exitCode: verdict.verdict === 'ship' ? 0 : 1, stdout };
}

