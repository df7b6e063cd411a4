// Real clients of aipm's output formats: markdownlint for Markdown, mermaid's own parser for diagrams.
import { lint } from 'markdownlint/sync';
import { JSDOM } from 'jsdom';

/** markdownlint's findings for a document, relaxed only on line length and duplicate sibling headings. */
export function lintMarkdown(name: string, text: string): string[] {
  const results = lint({
    strings: { [name]: text },
    config: { default: true, MD013: false, MD024: { siblings_only: true } },
  });
  return (results[name] ?? []).map((r) => `${name}:${r.lineNumber} ${r.ruleNames.join('/')} ${r.ruleDescription}${r.errorDetail ? ` [${r.errorDetail}]` : ''}${r.errorContext ? ` "${r.errorContext}"` : ''}`);
}

export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((m) => m[1]!);
}

type Mermaid = { parse(text: string): Promise<{ diagramType: string; config?: unknown }>; initialize(c: object): void };
let mermaid: Promise<Mermaid> | undefined;

/** mermaid.parse in a jsdom window: the same parser GitHub's renderer uses. */
export async function parseMermaid(code: string): Promise<{ diagramType: string; config?: unknown }> {
  mermaid ??= (async () => {
    const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
    const g = globalThis as Record<string, unknown>;
    g.window = dom.window;
    g.document = dom.window.document;
    for (const key of ['Element', 'HTMLElement', 'SVGElement', 'DOMParser', 'Node']) if (!(key in g)) g[key] = (dom.window as unknown as Record<string, unknown>)[key];
    const m = (await import('mermaid')).default as unknown as Mermaid;
    m.initialize({ startOnLoad: false });
    return m;
  })();
  return (await mermaid).parse(code);
}
