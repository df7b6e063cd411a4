import { bufferEnd } from '../model/queries.js';
import type { Entry } from '../model/types.js';
import { defineRule, type Messages, type ProblemOf } from './types.js';

const messages = {
  cycle: {
    en: 'milestones depend on each other in a cycle: {cycle}',
    zh: '里程碑之间存在循环依赖：{cycle}',
  },
  dependency: {
    en: '`{id}` starts on {start}, before `{dep}` is over (due {due} plus {buffer} buffer days ends {end})',
    zh: '`{id}` 于 {start} 开始，早于 `{dep}` 结束（截止 {due} 加缓冲 {buffer} 天，至 {end}）',
  },
  startAfterDue: {
    en: '`{id}` starts on {start}, after its own due date {due}',
    zh: '`{id}` 的开始日期 {start} 晚于其截止日期 {due}',
  },
} satisfies Messages;

/** Each dependency cycle once, reported at the edge that closes it, found in document order. */
function findCycles(milestones: readonly Entry<'milestone'>[]): { at: Entry<'milestone'>; edge: number; cycle: string[] }[] {
  const byId = new Map(milestones.map((m) => [m.id, m]));
  const state = new Map<string, 'active' | 'done'>();
  const stack: string[] = [];
  const found: { at: Entry<'milestone'>; edge: number; cycle: string[] }[] = [];
  const seen = new Set<string>();
  const visit = (m: Entry<'milestone'>) => {
    state.set(m.id, 'active');
    stack.push(m.id);
    m.value.depends_on?.forEach((dep, edge) => {
      const next = byId.get(dep);
      if (!next) return;
      if (state.get(dep) === 'active') {
        const cycle = stack.slice(stack.indexOf(dep));
        const key = [...cycle].sort().join(' ');
        if (!seen.has(key)) {
          seen.add(key);
          found.push({ at: m, edge, cycle: [...cycle, dep] });
        }
      } else if (!state.has(dep)) visit(next);
    });
    stack.pop();
    state.set(m.id, 'done');
  };
  for (const m of milestones) if (!state.has(m.id)) visit(m);
  return found;
}

export const milestoneOrder = defineRule({
  meta: {
    id: 'milestone-order',
    severity: 'error',
    checks: {
      en: "A dependency cycle (reported once); a milestone that starts on or before a dependency's `due` plus `buffer_days`; a `start` after its own `due`.",
      zh: '循环依赖（只报告一次）；在依赖项的 `due` 加 `buffer_days` 当天或之前开始的里程碑；`start` 晚于自身 `due`。',
    },
    title: { en: 'Milestones follow their dependencies', zh: '里程碑遵循依赖顺序' },
    why: {
      en: 'A milestone that starts before what it depends on is over (buffer included) silently eats that buffer; a cycle of dependencies can never be scheduled at all.',
      zh: '在依赖项结束（含缓冲）之前就开始的里程碑，会悄悄吃掉依赖项的缓冲；循环依赖则根本无法排期。',
    },
    fix: {
      en: 'Start the milestone the day after its dependency\'s `due` plus `buffer_days`, break the cycle, and keep `start` on or before `due`.',
      zh: '让里程碑在依赖项的 `due` 加 `buffer_days` 之后一天开始；打破循环依赖；保证 `start` 不晚于 `due`。',
    },
  },
  messages,
  check(ctx) {
    const found: ProblemOf<typeof messages>[] = [];
    const milestones = ctx.items('milestone');
    for (const { at, edge, cycle } of findCycles(milestones)) {
      found.push({ file: at.file, path: [...at.path, 'depends_on', edge], msg: 'cycle', params: { cycle: cycle.join(' → ') } });
    }
    for (const m of milestones) {
      const { start, due } = m.value;
      if (start > due) found.push({ file: m.file, path: [...m.path, 'start'], msg: 'startAfterDue', params: { id: m.id, start, due } });
      m.value.depends_on?.forEach((depId, i) => {
        const dep = ctx.find('milestone', depId);
        if (!dep || dep.id === m.id) return;
        const buffer = dep.value.buffer_days ?? 0;
        const end = bufferEnd(dep.value);
        if (start <= end) {
          found.push({ file: m.file, path: [...m.path, 'depends_on', i], msg: 'dependency', params: { id: m.id, start, dep: dep.id, due: dep.value.due, buffer, end } });
        }
      });
    }
    return found;
  },
});
