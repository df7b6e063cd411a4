import { daysBetween } from '../kinds/common.js';
import { MILESTONE_STAGES } from '../kinds/milestones.js';
import { PIPELINE_STAGES } from '../kinds/solution.js';
import { isOverdue } from '../model/queries.js';
import type { ItemTypes } from '../model/types.js';

/**
 * Text inside a Mermaid diagram: only letters, digits, spaces and a few safe marks survive.
 * Colons, semicolons, `#`, `%` (directives), quotes, brackets and newlines are what Mermaid reads
 * as syntax, so none of them can come from user text.
 */
export function mermaidText(text: string): string {
  const cleaned = text
    .replace(/[^\p{L}\p{M}\p{N} _.,()/+&'-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned === '' ? '-' : cleaned;
}


export interface GanttLabels {
  title: string;
  buffer: string;
  stage: Record<(typeof MILESTONE_STAGES)[number], string>;
}

export interface GanttMilestone {
  id: string;
  value: ItemTypes['milestone'];
}

/**
 * A Gantt chart of milestones, sections by stage. Each buffer is its own bar right after its
 * milestone. Done milestones are `done`, in-progress ones `active`; slipped, at-risk and overdue
 * ones (past due plus buffer on `today`) are `crit`.
 */
export function gantt(milestones: readonly GanttMilestone[], labels: GanttLabels, today: string): string {
  const lines = ['gantt', `    title ${mermaidText(labels.title)}`, '    dateFormat YYYY-MM-DD', '    axisFormat %m-%d'];
  const sorted = [...milestones].sort((a, b) => (a.value.start === b.value.start ? (a.id < b.id ? -1 : 1) : a.value.start < b.value.start ? -1 : 1));
  let n = 0;
  for (const stage of MILESTONE_STAGES) {
    const inStage = sorted.filter((m) => m.value.stage === stage);
    if (inStage.length === 0) continue;
    lines.push(`    section ${mermaidText(labels.stage[stage])}`);
    for (const m of inStage) {
      const { start, due, status } = m.value;
      const buffer = m.value.buffer_days ?? 0;
      const overdue = isOverdue(m.value, today);
      const tags = [
        status === 'done' ? 'done' : status === 'in-progress' ? 'active' : undefined,
        status === 'slipped' || status === 'at-risk' || overdue ? 'crit' : undefined,
      ].filter(Boolean);
      const taskId = `m${n++}`;
      const days = Math.max(1, daysBetween(start, due) + 1);
      lines.push(`    ${mermaidText(`${m.id} ${m.value.name}`)} :${[...tags, taskId].join(', ')}, ${start}, ${days}d`);
      if (buffer > 0) {
        const bufferTags = overdue ? ['crit'] : status === 'done' ? ['done'] : [];
        lines.push(`    ${mermaidText(`${m.id} ${labels.buffer}`)} :${[...bufferTags, `${taskId}b`].join(', ')}, after ${taskId}, ${buffer}d`);
      }
    }
  }
  return lines.join('\n');
}

export interface QuadrantLabels {
  title: string;
  xLow: string;
  xHigh: string;
  yLow: string;
  yHigh: string;
  /** Top right, top left, bottom left, bottom right (Mermaid's quadrant-1 to quadrant-4). */
  quadrants: [string, string, string, string];
}

/** A score from 1 to 5 placed inside the chart: 1 → 0.1, 5 → 0.9. */
export function scale(score: number): number {
  return Math.round(((score - 0.5) / 5) * 100) / 100;
}

/** A quadrant chart of requirements: value (up) against difficulty (right), points labelled by id. */
export function quadrant(points: readonly { id: string; value: number; difficulty: number }[], labels: QuadrantLabels): string {
  const lines = [
    'quadrantChart',
    `    title ${mermaidText(labels.title)}`,
    `    x-axis ${mermaidText(labels.xLow)} --> ${mermaidText(labels.xHigh)}`,
    `    y-axis ${mermaidText(labels.yLow)} --> ${mermaidText(labels.yHigh)}`,
    ...labels.quadrants.map((q, i) => `    quadrant-${i + 1} ${mermaidText(q)}`),
  ];
  for (const p of [...points].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    // Ids match ^[A-Za-z][A-Za-z0-9_-]*$: nothing in them is Mermaid syntax.
    lines.push(`    ${p.id}: [${scale(p.difficulty).toFixed(2)}, ${scale(p.value).toFixed(2)}]`);
  }
  return lines.join('\n');
}

export interface FlowStep {
  id: string;
  step: string;
  stage: (typeof PIPELINE_STAGES)[number];
  datasets?: readonly string[] | undefined;
  after?: readonly string[] | undefined;
}

/** A shape per pipeline stage, so the stage shows at a glance. */
const SHAPES: Record<(typeof PIPELINE_STAGES)[number], [string, string]> = {
  source: ['([', '])'],
  clean: ['[', ']'],
  label: ['[/', '/]'],
  split: ['{{', '}}'],
  train: ['[[', ']]'],
  evaluate: ['{', '}'],
  serve: ['([', '])'],
  feedback: ['>', ']'],
};

/**
 * The data pipeline as a flowchart: each step a node shaped by its stage, each dataset a cylinder
 * joined to the steps that use it, edges from `after`. Node ids are generated (s0, d0…) and every
 * label is quoted text that went through `mermaidText`, so no step name or id can be Mermaid syntax.
 */
export function flowchart(steps: readonly FlowStep[], stageLabel: (stage: FlowStep['stage']) => string): string {
  const lines = ['flowchart LR'];
  const stepNode = new Map(steps.map((s, i) => [s.id, `s${i}`]));
  const datasetNode = new Map<string, string>();
  for (const [i, s] of steps.entries()) {
    const [open, close] = SHAPES[s.stage];
    lines.push(`    s${i}${open}"${mermaidText(`${s.id} ${s.step}`)} - ${mermaidText(stageLabel(s.stage))}"${close}`);
  }
  for (const s of steps) {
    for (const ds of s.datasets ?? []) {
      if (!datasetNode.has(ds)) {
        const node = `d${datasetNode.size}`;
        datasetNode.set(ds, node);
        lines.push(`    ${node}[("${mermaidText(ds)}")]`);
      }
    }
  }
  for (const s of steps) {
    const to = stepNode.get(s.id)!;
    for (const up of s.after ?? []) {
      const from = stepNode.get(up);
      if (from) lines.push(`    ${from} --> ${to}`);
    }
    for (const ds of s.datasets ?? []) lines.push(`    ${datasetNode.get(ds)} -.- ${to}`);
  }
  return lines.join('\n');
}
