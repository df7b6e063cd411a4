import { formatTarget, parseTarget, type Target } from '../kinds/common.js';
import { within } from '../model/thresholds.js';
import type { Path } from '../yaml/positions.js';
import { defineRule, type Messages, type ProblemOf } from './types.js';

const messages = {
  missing: {
    en: 'the organisation file {org} requires metric `{id}` ({name}) in every product, and this product neither references nor restates it: name it where it applies (a guardrail\'s `guards`, an evaluation result, a rollback trigger) or restate it in a metrics file',
    zh: '组织文件 {org} 要求每个产品都有指标 `{id}`（{name}），而本产品既没有引用也没有重新声明它：请在用到它的地方写上它（护栏的 `guards`、评估结果、回滚触发条件），或在指标文件中重新声明',
  },
  loosened: {
    en: '`{id}` restates the organisation\'s metric with {what} `{mine}`, looser than the organisation\'s `{theirs}`: a product may only tighten it; write `{theirs}` or stricter',
    zh: '`{id}` 重新声明了组织的指标，{what} 为 `{mine}`，比组织的 `{theirs}` 更宽松：产品只能收紧；请写 `{theirs}` 或更严格的条件',
  },
  dropped: {
    en: '`{id}` restates the organisation\'s metric without its red line `{theirs}`: dropping a red line loosens it; copy its `red_line:` (or a stricter one)',
    zh: '`{id}` 重新声明了组织的指标，却去掉了红线 `{theirs}`：去掉红线就是放宽；请抄上它的 `red_line:`（或更严格的）',
  },
  changed: {
    en: '`{id}` restates the organisation\'s metric with {field} `{mine}`, but the organisation\'s is `{theirs}`: a restatement keeps the organisation\'s {field}',
    zh: '`{id}` 重新声明了组织的指标，{field} 为 `{mine}`，而组织的是 `{theirs}`：重新声明须保持组织的 {field}',
  },
  defined: {
    en: 'the organisation defines `{id}`\'s {what} here',
    zh: '组织在此定义了 `{id}` 的 {what}',
  },
  requiredHere: {
    en: 'the organisation requires `{id}` here',
    zh: '组织在此要求 `{id}`',
  },
  target: { en: 'target', zh: '目标（target）' },
  redLine: { en: 'red line', zh: '红线（red_line）' },
} satisfies Messages;

type Problem = ProblemOf<typeof messages>;

export const orgPolicy = defineRule({
  meta: {
    id: 'org-policy',
    severity: 'error',
    title: { en: 'A product keeps its organisation\'s limits', zh: '产品守住组织的底线' },
    checks: {
      en: 'A product (its `aipm.yaml` `extends:` an organisation file) that restates an organisation metric with a looser `target` or `red_line`, drops its red line, changes its `unit` or `layer`, or lacks a metric the organisation `required`. Built in: it cannot be turned off or suppressed.',
      zh: '产品（其 `aipm.yaml` 用 `extends:` 继承组织文件）重新声明组织指标时放宽了 `target` 或 `red_line`、去掉了红线、改了 `unit` 或 `layer`，或缺少组织 `required` 的指标。内置规则：不能关闭，也不能屏蔽。',
    },
    why: {
      en: 'What an organisation decides once (the complaint-rate guardrail, the P95 latency red line) holds only if no product can quietly loosen it in its own copy; a reviewer reading one product\'s plan should not have to compare it with the organisation\'s by hand.',
      zh: '组织统一决定的事（投诉率护栏、P95 延迟红线）只有在任何产品都不能在自己的副本里悄悄放宽时才有效；评审看一个产品的计划时，不该还要手工去和组织的逐条对比。',
    },
    fix: {
      en: 'Reference the organisation\'s metric by id instead of restating it, or restate it with the same `unit` and `layer` and a `target` and `red_line` at least as strict; add every required metric where it applies.',
      zh: '直接按 id 引用组织的指标而不是重新声明；若要重新声明，保持相同的 `unit` 和 `layer`，`target` 与 `red_line` 至少同样严格；把每个必需的指标写到用到它的地方。',
    },
  },
  messages,
  check(ctx) {
    const org = ctx.model.organisation;
    if (!org) return [];
    const problems: Problem[] = [];
    const own = ctx.model.items.metric.filter((m) => m.file !== org.file);
    const related = (id: string, path: Path, what: 'target' | 'redLine' | 'unit' | 'layer') =>
      [{ file: org.file, path, msg: 'defined' as const, params: { id, what: what === 'unit' || what === 'layer' ? what : { msg: what } } }];
    for (const mine of own) {
      const theirs = org.metrics.find((m) => m.id === mine.id);
      if (!theirs) continue;
      for (const field of ['unit', 'layer'] as const) {
        if (mine.value[field].trim() !== theirs.value[field].trim()) {
          problems.push({ file: mine.file, path: [...mine.path, field], msg: 'changed', params: { id: mine.id, field, mine: mine.value[field], theirs: theirs.value[field] }, related: related(mine.id, [...theirs.path, field], field), firm: true });
        }
      }
      const loosened = (a: Target | undefined, b: Target | undefined) => a !== undefined && b !== undefined && !within(a, b);
      const target = parseTarget(mine.value.target, mine.value);
      const orgTarget = parseTarget(theirs.value.target, theirs.value);
      if (loosened(target, orgTarget)) {
        problems.push({ file: mine.file, path: [...mine.path, 'target'], msg: 'loosened', params: { id: mine.id, what: { msg: 'target' }, mine: formatTarget(target!), theirs: formatTarget(orgTarget!) }, related: related(mine.id, [...theirs.path, 'target'], 'target'), firm: true });
      }
      const orgRedLine = theirs.value.red_line && parseTarget(theirs.value.red_line.target, theirs.value);
      if (!orgRedLine) continue;
      if (!mine.value.red_line) {
        problems.push({ file: mine.file, path: [...mine.path, 'id'], msg: 'dropped', params: { id: mine.id, theirs: formatTarget(orgRedLine) }, related: related(mine.id, [...theirs.path, 'red_line', 'target'], 'redLine'), firm: true });
        continue;
      }
      const redLine = parseTarget(mine.value.red_line.target, mine.value);
      if (loosened(redLine, orgRedLine)) {
        problems.push({ file: mine.file, path: [...mine.path, 'red_line', 'target'], msg: 'loosened', params: { id: mine.id, what: { msg: 'redLine' }, mine: formatTarget(redLine!), theirs: formatTarget(orgRedLine) }, related: related(mine.id, [...theirs.path, 'red_line', 'target'], 'redLine'), firm: true });
      }
    }
    // A required metric the product never names: at `extends:` in aipm.yaml (else, checked without
    // it, at the organisation's `required` entry).
    const restated = new Set(own.map((m) => m.id));
    org.required.forEach((id, i) => {
      if (restated.has(id) || org.referenced.has(id)) return;
      const metric = org.metrics.find((m) => m.id === id);
      const params = { org: org.file.file, id, name: metric?.value.name ?? id };
      const at = ctx.configFile ? { file: ctx.configFile, path: ['extends'] } : { file: org.file, path: ['required', i] };
      const here = ctx.configFile ? [{ file: org.file, path: ['required', i], msg: 'requiredHere' as const, params: { id } }] : [];
      problems.push({ ...at, msg: 'missing', params, ...(here.length ? { related: here } : {}), firm: true });
    });
    return problems;
  },
});
