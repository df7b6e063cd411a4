import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fixFile } from '../src/edit/fix.js';
import { check, exampleSpecs, EN_EXAMPLE, ZH_EXAMPLE } from './helpers.js';

// What a Chinese keyboard and everyday habits put into a file, planted in the zh and the en
// example: one finding at its place, in the workspace's language, naming the fix; `fix` puts the
// file back as it was meant, byte for byte; the workspace then validates clean.

const examples = { en: exampleSpecs(EN_EXAMPLE), zh: exampleSpecs(ZH_EXAMPLE) };

const fullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

interface Mistake {
  name: string;
  file: string;
  /** The first match is planted; `meant` is what the person meant (the file's text by default). */
  from: RegExp;
  to: (match: string, ...groups: string[]) => string;
  meant?: (match: string, ...groups: string[]) => string;
  en: RegExp;
  zh: RegExp;
}

const mistakes: Mistake[] = [
  { name: 'a full-width colon after a key of the envelope', file: 'specs/metrics.yaml', from: /\nowner: /, to: () => '\nowner：', en: /colon after `owner` is a full-width `：`.*write an ASCII colon and a space/, zh: /`owner` 后面是中文冒号“：”.*请改成英文冒号加空格/ },
  { name: 'a full-width colon after a key of a list item', file: 'specs/milestones.yaml', from: /\n {4}stage: data/, to: () => '\n    stage：data', en: /colon after `stage` is a full-width `：`/, zh: /`stage` 后面是中文冒号/ },
  { name: 'a full-width colon after the only key of a list item', file: 'specs/milestones.yaml', from: /\n {2}- id: (MS-[A-Z0-9-]+)\n/, to: (_, id) => `\n  - id：${id}\n`, en: /colon after `id` is a full-width `：`/, zh: /`id` 后面是中文冒号/ },
  { name: 'a full-width comma inside {…}', file: 'specs/data-feasibility.yaml', from: /\{missing_rate: ([\d.]+), /, to: (_, n) => `{missing_rate: ${n}，`, en: /the `，` inside \{…\} is a full-width comma.*`, `/, zh: /\{…\} 里的“，”是中文标点/ },
  { name: 'a full-width 、 between ids inside […]', file: 'specs/solution.yaml', from: /\nrequirements: \[([A-Z-]+), /, to: (_, id) => `\nrequirements: [${id}、`, en: /holds a full-width `、`.*separate the items inside \[…\] with an ASCII comma/, zh: /里有中文标点“、”.*请用英文逗号分隔/ },
  { name: 'curly quotes around a target', file: 'specs/metrics.yaml', from: /target: "([^"]+)"/, to: (_, t) => `target: “${t}”`, en: /wrapped in curly quotes.*use straight quotes/, zh: /用了中文引号.*请改用英文引号/ },
  { name: 'full-width digits in a number', file: 'specs/milestones.yaml', from: /buffer_days: (\d+)/, to: (_, n) => `buffer_days: ${fullWidth(n)}`, en: /full-width characters \(.+\).*write them in ASCII/, zh: /全角字符.*请改用半角/ },
  { name: 'full-width operators, digits and ％ in a target', file: 'specs/metrics.yaml', from: /target: "([^"]+)"/, to: (_, t) => `target: "${fullWidth(t)}"`, en: /full-width characters.*as in "/, zh: /全角字符/ },
  { name: 'a number written with %', file: 'specs/evaluation.yaml', from: /\n(\s+)value: ([\d.]+)\n/, to: (_, s, n) => `\n${s}value: ${n}%\n`, en: /is text, but a number belongs here: write it without `%`/, zh: /是文本，这里需要数字：请去掉 `%`/ },
  { name: 'a number written with % in quotes', file: 'specs/evaluation.yaml', from: /\n(\s+)value: ([\d.]+)\n/, to: (_, s, n) => `\n${s}value: "${n}%"\n`, en: /write it without `%`/, zh: /请去掉 `%`/ },
  { name: 'a rate written in percent', file: 'specs/data-feasibility.yaml', from: /missing_rate: ([\d.]+)/, to: (_, n) => `missing_rate: ${Number((Number(n) * 100).toPrecision(12))}%`, en: /`missing_rate` is a fraction from 0 to 1: write 0\.0\d for \d%/, zh: /`missing_rate` 是 0 到 1 之间的小数/ },
  { name: 'a date with slashes', file: 'specs/milestones.yaml', from: /due: (\d{4})-(\d\d)-(\d\d)/, to: (_, y, m, d) => `due: ${y}/${m}/${d}`, en: /is not written as YYYY-MM-DD: write 20\d\d-\d\d-\d\d/, zh: /不是 YYYY-MM-DD 格式：请写作/ },
  { name: 'a date without leading zeros', file: 'specs/milestones.yaml', from: /due: (\d{4})-(\d\d)-0(\d)/, to: (_, y, m, d) => `due: ${y}-${m}-${d}`, en: /YYYY-MM-DD/, zh: /YYYY-MM-DD/ },
  { name: 'a date with dots', file: 'specs/milestones.yaml', from: /due: (\d{4})-(\d\d)-(\d\d)/, to: (_, y, m, d) => `due: ${y}.${m}.${d}`, en: /YYYY-MM-DD/, zh: /YYYY-MM-DD/ },
  { name: 'a date written 年月日', file: 'specs/milestones.yaml', from: /due: (\d{4})-(\d\d)-(\d\d)/, to: (_, y, m, d) => `due: ${y}年${Number(m)}月${Number(d)}日`, en: /YYYY-MM-DD/, zh: /YYYY-MM-DD/ },
  { name: 'yes for true', file: 'specs/data-feasibility.yaml', from: /anonymized: true/, to: () => 'anonymized: yes', en: /a yes\/no answer belongs here, written true or false: write true/, zh: /这里需要是\/否，写作 true 或 false：请写作 true/ },
  { name: '是 for true', file: 'specs/data-feasibility.yaml', from: /anonymized: true/, to: () => 'anonymized: 是', en: /write true/, zh: /请写作 true/ },
  { name: 'Y or N for true or false', file: 'specs/data-feasibility.yaml', from: /consent: (true|false)/, to: (_, b) => `consent: ${b === 'true' ? 'Y' : 'N'}`, en: /write (true|false)$/, zh: /请写作 (true|false)$/ },
  { name: 'a Chinese word for an enum value (护栏)', file: 'specs/metrics.yaml', from: /layer: guardrail/, to: () => 'layer: 护栏', en: /did you mean `guardrail`\?$/, zh: /是不是想写 `guardrail`？$/ },
  { name: 'a Chinese word for an enum value (模型)', file: 'specs/metrics.yaml', from: /layer: model/, to: () => 'layer: 模型', en: /did you mean `model`\?$/, zh: /`model`/ },
  { name: 'a Chinese word for an enum value (已完成)', file: 'specs/milestones.yaml', from: /status: done/, to: () => 'status: 已完成', en: /did you mean `done`\?$/, zh: /`done`/ },
];

function plant(files: Record<string, string>, m: Mistake): { planted: string; meant: string; at: number } {
  const text = files[m.file]!;
  const match = m.from.exec(text);
  if (!match) throw new Error(`${String(m.from)} not found in ${m.file}`);
  const replaced = m.to(match[0], ...match.slice(1));
  const meant = text.slice(0, match.index) + (m.meant ? m.meant(match[0], ...match.slice(1)) : match[0]) + text.slice(match.index + match[0].length);
  return { planted: text.slice(0, match.index) + replaced + text.slice(match.index + match[0].length), meant, at: match.index };
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

describe('everyday mistakes: one finding in the workspace\'s language, and `fix` puts the file back', () => {
  for (const m of mistakes) {
    for (const lang of ['en', 'zh'] as const) {
      it(`${m.name} (${lang} workspace)`, () => {
        const files = examples[lang];
        const { planted, meant, at } = plant(files, m);
        const findings = check({ ...files, [m.file]: planted }, { lang });
        expect(findings).toEqual([expect.objectContaining({ file: m.file, message: expect.stringMatching(m[lang]) })]);
        // At the line of the mistake (the planted text may start with the line break before it).
        const line = lineAt(planted, at + (planted[at] === '\n' ? 1 : 0));
        expect(findings[0]!.line).toBe(line);
        const fixed = fixFile(m.file, planted, lang);
        expect(fixed.unsafe).toBe(false);
        expect(fixed.after).toBe(meant);
        expect(fixed.changes).toHaveLength(1);
        expect(check({ ...files, [m.file]: fixed.after }, { lang })).toEqual([]);
      });
    }
  }

  it('Chinese prose is never flagged: 、 and ， between words, curly quotes and a colon inside text', () => {
    const files = examples.zh;
    const prose = files['specs/milestones.yaml']!
      .replace(/deliverables: \[([^\]]+)\]/, 'deliverables: [张三，李四, 新开城市订单少，预估偏乐观]')
      .replace(/\n {4}name: (.+)\n/, '\n    name: “$1”：说明，见附件\n');
    expect(check({ ...files, 'specs/milestones.yaml': prose }, { lang: 'zh' })).toEqual([]);
    expect(fixFile('specs/milestones.yaml', prose, 'zh').after).toBe(prose);
  });

  it('a file holding every kind of mistake at once: each is fixed, nothing else changes', () => {
    for (const lang of ['en', 'zh'] as const) {
      const files = examples[lang];
      let text = files['specs/milestones.yaml']!;
      const original = text;
      for (const m of mistakes.filter((x) => x.file === 'specs/milestones.yaml' && !x.name.includes('only key'))) {
        // Each kind of mistake on a different milestone: plant after the previous ones.
        text = plant({ 'specs/milestones.yaml': text }, m).planted;
      }
      // And a tab in the indentation.
      text = text.replace(/\n {4}owner: /, '\n\towner: ');
      const fixed = fixFile('specs/milestones.yaml', text, lang);
      expect(fixed.unsafe, lang).toBe(false);
      expect(check({ ...files, 'specs/milestones.yaml': fixed.after }, { lang }), lang).toEqual([]);
      expect(fixed.after, lang).toBe(original);
    }
  });
});

// Any document yaml writes, with one of these mistakes injected at a random place: one finding, and
// `fix` gives back the document's data with every other line as it was.
const injections: { name: string; pattern: RegExp; to: (m: RegExpExecArray) => string }[] = [
  { name: 'full-width colon', pattern: /^( *(?:- )?)([a-z_]+): (?=[^\s#])/gm, to: (m) => `${m[1]}${m[2]}：` },
  { name: 'date with slashes', pattern: /(?<=(?:due|start|updated|done_on): ["']?)(\d{4})-(\d\d)-(\d\d)/g, to: (m) => `${m[1]}/${m[2]}/${m[3]}` },
  { name: 'date written 年月日', pattern: /(?<=(?:due|start|updated): )(\d{4})-(\d\d)-(\d\d)$/gm, to: (m) => `${m[1]}年${Number(m[2])}月${Number(m[3])}日` },
  { name: 'yes/no', pattern: /(?<=(?:consent|anonymized|required|covered): )(true|false)$/gm, to: (m) => (m[1] === 'true' ? '是' : 'no') },
  { name: 'percent number', pattern: /(?<=\n *(?:- )?(?:value|baseline): )(\d+(?:\.\d+)?)$/gm, to: (m) => `${m[1]}%` },
  { name: 'rate in percent', pattern: /(?<=missing_rate: )(0\.\d\d?)$/gm, to: (m) => `${Number((Number(m[1]) * 100).toPrecision(12))}%` },
  { name: 'full-width digits', pattern: /(?<=buffer_days: )(\d+)$/gm, to: (m) => fullWidth(m[1]!) },
  { name: 'curly quotes', pattern: /(?<=target: )"([^"]+)"/g, to: (m) => `“${m[1]}”` },
  { name: 'Chinese enum word', pattern: /(?<=layer: )(guardrail|business|model|system)$/gm, to: (m) => ({ guardrail: '护栏', business: '业务', model: '模型', system: '系统' })[m[1] as 'model'] },
];

describe('property: a mistake injected anywhere in a document yaml writes', () => {
  const RUNS = Number(process.env.AIPM_PROPERTY_RUNS ?? 150);
  it('yields exactly one finding, and fix restores the document', async () => {
    const { parse, stringify } = await import('yaml');
    fc.assert(
      fc.property(
        fc.constantFrom('en', 'zh' as const),
        fc.nat(),
        fc.record({ indentSeq: fc.boolean(), indent: fc.constantFrom(2, 4), flowCollectionPadding: fc.boolean(), collectionStyle: fc.constantFrom('any' as const, 'block' as const) }),
        fc.nat(),
        (lang, fileIndex, options, pick) => {
          const files = examples[lang as 'en' | 'zh'];
          const names = Object.keys(files).sort();
          const name = names[fileIndex % names.length]!;
          const written = stringify(parse(files[name]!), { ...options, lineWidth: 0 });
          // A kind of mistake this document has a place for, then one of its places.
          const kinds = injections.map((inj) => ({ inj, places: [...written.matchAll(inj.pattern)] })).filter((k) => k.places.length > 0);
          fc.pre(kinds.length > 0);
          const { inj, places } = kinds[pick % kinds.length]!;
          const m = places[Math.floor(pick / kinds.length) % places.length]! as RegExpExecArray;
          const planted = written.slice(0, m.index) + inj.to(m) + written.slice(m.index + m[0].length);
          const others = { ...files, [name]: written };
          const findings = check({ ...others, [name]: planted }, { lang: lang as 'en' | 'zh' }).filter((f) => f.file === name);
          const before = check(others, { lang: lang as 'en' | 'zh' }).filter((f) => f.file === name);
          expect(findings.length - before.length, `${inj.name} in ${name}`).toBe(1);
          const fixed = fixFile(name, planted, lang as 'en' | 'zh');
          expect(parse(fixed.after), inj.name).toEqual(parse(written));
          const lineOfMistake = written.slice(0, m.index).split('\n').length - 1;
          const [a, b] = [fixed.after.split('\n'), written.split('\n')];
          expect(a.filter((l, i) => i !== lineOfMistake && l !== b[i]), inj.name).toEqual([]);
        },
      ),
      { numRuns: RUNS },
    );
  }, 120_000);
});

describe('a full-width comma in an item of a `- ` list', () => {
  it('is reported, but fix does not split it (in a block list, `A, B` would stay one text)', () => {
    const files = examples.en;
    const text = files['specs/solution.yaml']!.replace(/\nrequirements: \[([A-Z-]+), ([A-Z-]+)\]/, '\nrequirements:\n  - $1，$2');
    const findings = check({ ...files, 'specs/solution.yaml': text });
    expect(findings.map((f) => f.message)).toEqual([expect.stringMatching(/holds a full-width `，`/)]);
    expect(fixFile('specs/solution.yaml', text, 'en').after).toBe(text);
  });
});
