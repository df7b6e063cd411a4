import type { DocOf } from '../model/types.js';
import type { RenderContext } from './context.js';
import { pageHtml } from './html.js';
import { pipelineChart, quadrantChart, resultsChart, rolloutChart, timelineChart } from './charts.js';
import { pipelineStageText } from './views/solution.js';

/**
 * The packet as one self-contained HTML page (`render --html`): the packet's Markdown with its
 * Mermaid blocks and chart places drawn as inline SVG. Loaded only when the page is asked for.
 */
export function packetPage(ctx: RenderContext, markdown: string, title: string, solutions: readonly DocOf<'solution'>[]): string {
  let pipelines = 0;
  return pageHtml({
    lang: ctx.lang,
    title,
    markdown,
    figure: (language, body) => {
      if (language === 'aipm-chart') {
        if (body.trim() === 'results') return resultsChart(ctx) ?? '';
        if (body.trim() === 'rollout') return rolloutChart(ctx) ?? '';
        return '';
      }
      if (language !== 'mermaid') return undefined;
      const first = body.trimStart().split('\n', 1)[0]!.trim();
      if (first === 'gantt') return timelineChart(ctx);
      if (first === 'quadrantChart') return quadrantChart(ctx);
      if (first.startsWith('flowchart')) {
        const index = pipelines++;
        const doc = solutions[index];
        return doc ? pipelineChart(ctx, doc, index, (stage) => pipelineStageText(ctx, stage)) : undefined;
      }
      return undefined;
    },
  });
}
