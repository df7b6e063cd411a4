// docs/mistakes.md's tables, generated: each row plants one mistake in the en example, runs the
// check in English and in Chinese, and quotes the one finding each gives; ✓ when `aipm fix`'s
// edits (fixFile, then the rules' fixes) leave the workspace clean. A row whose mistake gives no finding, or more than
// one, or (with `also`) a form that does not, stops the page from being written: the page can
// only quote what aipm says today.
import { applyRuleFixes, fixFile } from '../src/edit/fix.js';
import { RULE_IDS } from '../src/rules/index.js';
import type { Finding } from '../src/model/types.js';
import { checkSpecs } from '../src/rules/run.js';
import { parseYamlBytes } from '../src/yaml/parse.js';
import { exampleSpecs, EN_EXAMPLE, TODAY } from './helpers.js';

type Files = Record<string, string | Uint8Array>;

interface Row {
  /** The spec file the mistake is planted in. */
  file: string;
  /** What the example says there, and what the mistake makes of it (the first match is replaced). */
  from: string | RegExp;
  to: string;
  /** The first column; by default `to`, as code. */
  typed?: string;
  /** Other ways of writing the same mistake (in place of `to`, or elsewhere): each must give one finding too (and a fix, when the row has one). */
  also?: (string | Pick<Row, 'file' | 'from' | 'to'>)[];
  /** Said after the en message: the rule, or what aipm never does. */
  note?: string;
  /** The planted file as bytes instead (an encoding). */
  bytes?: (text: string) => Uint8Array;
}

const R = 'specs/requirements.yaml';
const M = 'specs/milestones.yaml';
const D = 'specs/data-feasibility.yaml';
const METRICS = 'specs/metrics.yaml';

function utf16(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    out[2 + i * 2] = text.charCodeAt(i) & 0xff;
    out[2 + i * 2 + 1] = text.charCodeAt(i) >> 8;
  }
  return out;
}

export const MISTAKE_TABLES: Record<string, Row[]> = {
  yaml: [
    { file: R, from: /\n {4}owner: Tom Becker/, to: '\n\towner: Tom Becker', typed: 'a tab in the indentation' },
    { file: R, from: 'title: Classify damage severity from claim photos', to: 'title: Legal says: too slow' },
    { file: D, from: '{scenario: daylight, covered: true}', to: '{scenario: 4,000 daylight photos, covered: true}' },
    { file: R, from: 'requirements:\n  - id: REQ-DAMAGE-CLASS', to: 'x-base: &base {owner: Tom}\nrequirements:\n  - <<: *base\n    id: REQ-DAMAGE-CLASS', typed: '`<<: *base`' },
    { file: METRICS, from: 'kind', to: 'kind', bytes: utf16, typed: 'a file saved as UTF-16, or with invalid bytes', note: '(never the raw bytes)' },
    { file: R, from: 'owner: Tom Becker', to: 'owner: "Tom Becker' },
    { file: M, from: 'depends_on: [MS-MODEL-V1]', to: 'depends_on: [MS-MODEL-V1' },
    { file: M, from: 'depends_on: [MS-MODEL-V1]', to: 'depends_on: [MS-LABELS,, MS-MODEL-V1]' },
  ],
  keyboard: [
    { file: R, from: 'owner: Tom Becker', to: 'owner：李雷', typed: '`owner：李雷` (a full-width colon after a key)' },
    { file: D, from: '{missing_rate: 0.01, anomaly_rate: 0.03, label_error_rate: 0.02}', to: '{missing_rate: 0.01，anomaly_rate: 0.03, label_error_rate: 0.02}' },
    { file: M, from: 'depends_on: [MS-MODEL-V1]', to: 'depends_on: [MS-LABELS，MS-MODEL-V1]', also: ['depends_on: [MS-LABELS、MS-MODEL-V1]'] },
    { file: METRICS, from: 'target: ">= 88%"', to: 'target: “>= 88%”', typed: '`target: “>= 88%”` (curly quotes)' },
    { file: METRICS, from: 'target: ">= 88%"', to: 'target: ＞＝８８％', typed: '`target: ＞＝８８％` (full-width)' },
    { file: M, from: 'buffer_days: 4', to: 'buffer_days: ４' },
  ],
  values: [
    { file: METRICS, from: 'baseline: 71', to: 'baseline: 71%' },
    { file: 'specs/evaluation.yaml', from: 'value: 89.4', to: 'value: "89.4%"' },
    { file: D, from: 'missing_rate: 0.01', to: 'missing_rate: 1%', note: '(a `*_rate` is a fraction)' },
    { file: M, from: 'due: 2027-01-15', to: 'due: 2027/01/15', also: ['due: 2027-1-15', 'due: 2027.01.15', 'due: 2027年1月15日'] },
    { file: D, from: '{scenario: daylight, covered: true}', to: '{scenario: daylight, covered: yes}', also: ['{scenario: daylight, covered: 是}', '{scenario: daylight, covered: Y}'] },
    { file: M, from: 'buffer_days: 4', to: 'buffer_days: "4"' },
    { file: R, from: 'owner: Tom Becker', to: 'owner: 2026' },
    { file: R, from: 'priority: P0', to: 'priority: p0' },
    { file: M, from: 'status: in-progress', to: 'status: in progress' },
    { file: 'specs/compliance.yaml', from: 'status: approved', to: 'status: review' },
    {
      file: METRICS, from: 'layer: guardrail', to: 'layer: 护栏', typed: '`layer: 护栏` (on the only guardrail), `业务`, `模型`, `系统`, `status: 已完成`',
      also: [{ file: METRICS, from: 'layer: business', to: 'layer: 业务' }, { file: METRICS, from: 'layer: model', to: 'layer: 模型' }, { file: METRICS, from: 'layer: system', to: 'layer: 系统' }, { file: M, from: 'status: done', to: 'status: 已完成' }],
    },
    { file: R, from: 'priority: P0', to: 'prioritty: P0' },
    { file: 'specs/review.yaml', from: '  - id: D-HUMAN-SEVERE', to: '  # aipm-ignore: decided at the board\n  - id: D-HUMAN-SEVERE', typed: '`# aipm-ignore: decided at the board`' },
  ],
  targets: [
    { file: METRICS, from: 'target: ">= 88%"', to: 'target: 提升 20%', also: ['target: "+5%"', 'target: 降低 3 个百分点'] },
    { file: METRICS, from: 'target: ">= 88%"', to: 'target: better', typed: '`target: better`, `target: 90`', also: ['target: 90'] },
    { file: METRICS, from: 'target: "<= 1%"', to: 'target: "<= baseline - 20%"', typed: '`target: "<= baseline - 20%"` on a metric without `baseline`' },
    { file: METRICS, from: 'target: "<= 72 hours"', to: 'target: "<= baseline - 50pp"', typed: '`target: "<= baseline - 50pp"` on a metric in hours' },
    { file: METRICS, from: 'target: "<= 800 ms"', to: 'target: "<= 800 s"', typed: '`target: "<= 800 s"` on a metric in ms' },
  ],
  scale: [
    { file: METRICS, from: 'target: ">= 88%"', to: 'target: ">= 0.88"', typed: '`target: ">= 0.88"` on a `%` metric whose baseline is 71', note: '(unit-scale)' },
    { file: 'specs/evaluation.yaml', from: 'results: {M-TOP1-ACC: 82.1}', to: 'results: {M-TOP1-ACC: 0.821}', typed: 'an experiment result `0.821` on a `%` metric whose target is `>= 88%`', note: '(unit-scale)' },
  ],
};

function check(files: Files, lang: 'en' | 'zh'): Finding[] {
  const specs = Object.entries(files)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([file, content]) => ({ file, parsed: parseYamlBytes(typeof content === 'string' ? new TextEncoder().encode(content) : content) }));
  return checkSpecs(specs, { lang, today: TODAY }).findings;
}

function plant(row: Row, to: string): Files {
  const files: Files = exampleSpecs(EN_EXAMPLE);
  const text = files[row.file] as string;
  const planted = text.replace(row.from, to);
  if (planted === text && !row.bytes) throw new Error(`docs/mistakes.md: \`${String(row.from)}\` is not in ${row.file} of the en example`);
  files[row.file] = row.bytes ? row.bytes(planted) : planted;
  return files;
}

/** The one finding a planted mistake gives in `lang`; anything else is an error naming the row. */
function oneFinding(files: Files, lang: 'en' | 'zh', what: string): Finding {
  const findings = check(files, lang);
  if (findings.length !== 1) throw new Error(`docs/mistakes.md: \`${what}\` gives ${findings.length} findings in ${lang}, not one: ${findings.map((f) => `${f.file}:${f.line} ${f.message} (${f.rule})`).join('; ')}`);
  return findings[0]!;
}

/** `aipm fix` repairs it: its edits (each file's own, then the rules') leave the workspace without findings. */
function fixes(files: Files, row: Row): boolean {
  const text = files[row.file];
  if (typeof text !== 'string') return false;
  const own = { ...files, [row.file]: fixFile(row.file, text, 'en').after };
  const ruled = applyRuleFixes((f) => own[f] as string, check(own, 'en'), RULE_IDS);
  const after = { ...own, ...Object.fromEntries([...ruled].map(([f, { after: fixed }]) => [f, fixed])) };
  return after[row.file] !== text && check(after, 'en').length === 0;
}

/** A message as a table cell: in a code span, pipes escaped. */
const quoted = (message: string) => `\`\` ${message.replace(/\|/g, '\\|')} \`\``;

function rowText(row: Row): string {
  const files = plant(row, row.to);
  const what = row.typed ?? row.to;
  const en = oneFinding(files, 'en', what);
  const zh = oneFinding(files, 'zh', what);
  const fixed = fixes(files, row);
  for (const other of row.also ?? []) {
    const as = typeof other === 'string' ? { ...row, to: other } : { ...row, ...other };
    const variant = plant(as, as.to);
    oneFinding(variant, 'en', as.to);
    if (fixed && !fixes(variant, as)) throw new Error(`docs/mistakes.md: \`${as.to}\` is listed beside a fixable mistake, but aipm fix does not repair it`);
  }
  const typed = row.typed ?? [row.to, ...(row.also ?? []).map((o) => (typeof o === 'string' ? o : o.to))].map((t) => `\`${t.replace(/\n.*/s, '').trim()}\``).join(', ');
  return `| ${typed.replace(/\|/g, '\\|')} | ${quoted(en.message)}${row.note ? ` ${row.note}` : ''} | ${quoted(zh.message)} |${fixed ? ' ✓ |' : ' |'}`;
}

/** A generated block of docs/mistakes.md: `mistakes:<table>`. */
export function mistakesBlock(name: string): string | undefined {
  const rows = name.startsWith('mistakes:') ? MISTAKE_TABLES[name.slice('mistakes:'.length)] : undefined;
  if (!rows) return undefined;
  return ['| what was typed | what aipm says (en) | 中文工作区的提示 | fix |', '| --- | --- | --- | --- |', ...rows.map(rowText)].join('\n');
}
