import { daysBetween, formatTarget } from '../kinds/common.js';
import { bufferEnd, isOverdue, judge, latestValues, live, openRisks } from './queries.js';
import type { Model } from './types.js';


export interface PlanStatus {
  today: string;
  milestones: { id: string; name: string; status: string; start: string; due: string; bufferDays: number; bufferUsed: number; bufferEnd: string; overdue: boolean }[];
  metrics: { id: string; name: string; unit: string; target?: string; value?: number; verdict: 'pass' | 'fail' | 'none'; evaluation?: string; segments: { name: string; value: number; target?: string; verdict: 'pass' | 'fail' | 'none' }[] }[];
  decisions: { id?: string; text: string; owner?: string; due?: string; overdue: boolean; kind: 'decision' | 'question' }[];
  risks: { id: string; description: string; probability: string; impact: string; owner?: string }[];
  compliance: { id: string; area: string; question: string; status: string; owner?: string }[];
}

/**
 * The plan at a glance on a date: milestones in order with the buffer they used, metrics against
 * their targets from the latest evaluation, open decisions and questions by due date (overdue
 * first), open risks by impact, open and failing compliance checks. Superseded files are left out.
 */
export function planStatus(model: Model, today: string): PlanStatus {
  const latest = latestValues(model);
  const milestones = live(model.items.milestone)
    .map(({ id, value: m }) => {
      const buffer = m.buffer_days ?? 0;
      const finished = m.status === 'done' && m.done_on ? m.done_on : today;
      const used = Math.max(0, Math.min(buffer, daysBetween(m.due, finished)));
      return { id, name: m.name, status: m.status, start: m.start, due: m.due, bufferDays: buffer, bufferUsed: used, bufferEnd: bufferEnd(m), overdue: isOverdue(m, today) };
    })
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1));
  const metrics = live(model.items.metric).map(({ id, value: m }) => {
    const l = latest.get(id);
    const { verdict, target } = judge(l?.value, m.target, m);
    return {
      id,
      name: m.name,
      unit: m.unit,
      ...(target ? { target: formatTarget(target) } : {}),
      ...(l ? { value: l.value, evaluation: l.evaluation.id } : {}),
      verdict,
      segments: (m.segments ?? []).flatMap((s) => {
        const v = l?.segments.get(s.name);
        if (v === undefined) return [];
        const j = judge(v, s.target, m);
        return [{ name: s.name, value: v, ...(j.target ? { target: formatTarget(j.target) } : {}), verdict: j.verdict }];
      }),
    };
  });
  const decisions = [
    ...live(model.items.decision).filter((d) => d.value.status === 'open').map((d) => ({ id: d.id as string | undefined, text: d.value.decision, owner: d.value.owner, due: d.value.due, kind: 'decision' as const })),
    ...live(model.docs.review).flatMap((r) => (r.value.open_questions ?? []).map((q) => ({ id: undefined as string | undefined, text: q.question, owner: q.owner, due: q.follow_up, kind: 'question' as const }))),
  ]
    .map((d) => ({ ...d, overdue: d.due !== undefined && d.due < today }))
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || (a.due ?? '9999').localeCompare(b.due ?? '9999'));
  const risks = openRisks(model).map((r) => ({ id: r.id, description: r.value.description, probability: r.value.probability, impact: r.value.impact, ...(r.value.owner ? { owner: r.value.owner } : {}) }));
  const compliance = live(model.items['compliance-check'])
    .filter((c) => c.value.status === 'open' || c.value.status === 'fail')
    .map((c) => ({ id: c.id, area: c.value.area, question: c.value.question, status: c.value.status, ...(c.value.owner ? { owner: c.value.owner } : {}) }));
  return { today, milestones, metrics, decisions: decisions.map(({ owner, due, id, ...d }) => ({ ...d, ...(id ? { id } : {}), ...(owner ? { owner } : {}), ...(due ? { due } : {}) })), risks, compliance };
}
