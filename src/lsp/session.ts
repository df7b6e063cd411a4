import { relative, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import { t, type Lang } from '../i18n/index.js';
import { isKindName, itemLabel, kinds, type ItemKind } from '../kinds/index.js';
import { enumValuesAt } from '../kinds/zod-issues.js';
import { itemFinder, latestValues } from '../model/queries.js';
import type { CheckMemo, Finding, Model, SpecFile } from '../model/types.js';
import { checkOptionsOf, checkSpecs } from '../rules/run.js';
import { occurrencesOf, renameEdits } from '../edit/rename.js';
import { formatTarget, ID_PATTERN, parseTarget } from '../kinds/common.js';
import type { Config } from '../model/config.js';
import { CONFIG_RULE, ConfigError, parseConfig } from '../workspace/config.js';
import { inherit, parseOrganisation } from '../workspace/organisation.js';
import { RULE_DEFAULTS } from '../rules/index.js';
import { isSkippedFolder, isSpecFileName } from '../workspace/files.js';
import { isWithin } from '../workspace/guard.js';
import { displayPath } from '../workspace/load.js';
import type { ParsedYaml } from '../yaml/parse.js';
import { placeAt, rangeAt, type PlaceAt } from '../yaml/positions.js';

// One product in the editor: its aipm.yaml and spec files as the editor has them (unsaved text
// wins over the disk), checked as `aipm validate` checks them. Pure: texts in, data out; the
// server reads the disk and speaks the protocol.

/** A place in a file: an absolute path and a character range of its text. */
export interface Place {
  path: string;
  range: [number, number];
}

export interface Completion {
  label: string;
  detail?: string;
  /** An id of an item, or one of the words an enum allows. */
  type: 'id' | 'word';
}

export class ProductSession {
  private config: Config | undefined;
  /** aipm.yaml's own problems: the whole product cannot be checked until they are fixed. */
  private configProblems: readonly Finding[] = [];
  private readonly files = new Map<string, SpecFile>();
  /** What aipm.yaml's `extends:` names, kept while the organisation file is bad (its next edit is read). */
  private orgFile: string | undefined;
  private checked: { model: Model; findings: Map<string, Finding[]> } | undefined;
  /** What the check may reuse from earlier checks (the server's cache layer). */
  private memo: CheckMemo | undefined;

  constructor(
    /** aipm.yaml's absolute path. */
    readonly configFile: string,
    private readonly ruleIds: readonly string[],
    private readonly fallbackLang: Lang,
  ) {}

  get root(): string {
    return resolve(this.configFile, '..');
  }

  get lang(): Lang {
    return this.config?.lang ?? this.fallbackLang;
  }

  /** The specs folder, once aipm.yaml has been read. */
  get specs(): string | undefined {
    return this.config?.specs;
  }

  /** Reads aipm.yaml's text; a bad one becomes the product's only problem, shown on aipm.yaml. */
  setConfig(text: string): void {
    this.checked = undefined;
    try {
      this.config = parseConfig(text, this.configFile, displayPath(this.root, this.configFile), this.ruleIds);
      this.orgFile = this.config.extends?.file;
      this.configProblems = [];
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      this.config = undefined;
      this.orgFile = undefined;
      this.configProblems = error instanceof ConfigError ? error.findings : [wholeFileProblem(error, displayPath(this.root, this.configFile), this.fallbackLang)];
    }
  }

  /** The organisation file aipm.yaml `extends` (absolute), read or not. */
  get organisationFile(): string | undefined {
    return this.orgFile;
  }

  /** The organisation file aipm.yaml `extends` (absolute), until it has been read. */
  get extendsFile(): string | undefined {
    return this.config?.organisation ? undefined : this.config?.extends?.file;
  }

  /**
   * The organisation file's text (the server reads it from inside the repository): its metrics
   * resolve and its settings are inherited as on the command line; a bad one is the product's problem.
   */
  setOrganisation(text: string, repoRoot: string): void {
    const config = this.config;
    if (!config?.extends || config.organisation) return;
    this.checked = undefined;
    try {
      const { file } = config.extends;
      this.config = inherit(config, parseOrganisation(text, file, displayPath(this.root, file), repoRoot, this.ruleIds, config.lang), RULE_DEFAULTS);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      this.config = undefined;
      this.configProblems = error instanceof ConfigError ? error.findings : [wholeFileProblem(error, displayPath(this.root, this.configFile), this.fallbackLang)];
    }
  }

  /** Whether a file is one of this product's spec files: one `listFiles` finds below its specs folder. */
  owns(path: string): boolean {
    const specs = this.config?.specs;
    if (!specs || path === specs || !isWithin(specs, path) || !isSpecFileName(path)) return false;
    return !relative(specs, path).split(sep).slice(0, -1).some(isSkippedFolder);
  }

  /** Checks from now on reuse what `memo` kept (the schema stage's outcomes by parse, and by content across runs). */
  useMemo(memo: CheckMemo): void {
    this.memo = memo;
  }

  setFile(path: string, parsed: ParsedYaml): void {
    this.files.set(path, { file: displayPath(this.root, path), parsed });
    this.checked = undefined;
  }

  deleteFile(path: string): void {
    if (this.files.delete(path)) this.checked = undefined;
  }

  paths(): string[] {
    return [...this.files.keys()];
  }

  parsedOf(path: string): ParsedYaml | undefined {
    return this.files.get(path)?.parsed;
  }

  /**
   * Every spec file's findings as `validate` reports them (suppressed ones left out), by absolute
   * path; aipm.yaml's own problem, when it has one.
   */
  check(today: string): { findings: Map<string, Finding[]>; config: readonly Finding[] } {
    if (!this.config) return { findings: new Map([...this.files.keys()].map((p) => [p, []])), config: this.configProblems };
    if (!this.checked) {
      const specs = [...this.files.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
      let result: ReturnType<typeof checkSpecs>;
      try {
        result = checkSpecs(specs, checkOptionsOf(this.config, today), this.memo);
      } catch (error) {
        // A suppression the organisation forbids (exit 2 on the command line): shown on aipm.yaml.
        if (!(error instanceof UserError)) throw error;
        return { findings: new Map([...this.files.keys()].map((p) => [p, []])), config: [wholeFileProblem(error, displayPath(this.root, this.configFile), this.lang)] };
      }
      const { findings, model } = result;
      const byFile = new Map<string, Finding[]>([...this.files.keys()].map((p) => [p, []]));
      for (const f of findings) if (!f.suppressed) byFile.get(resolve(this.root, f.file))?.push(f);
      this.checked = { model, findings: byFile };
    }
    return { findings: this.checked.findings, config: [] };
  }

  private model(today: string): Model | undefined {
    this.check(today);
    return this.checked?.model;
  }

  /** The id under `offset`: a definition or a reference, as the model knows it. */
  idAt(path: string, offset: number, today: string): string | undefined {
    const parsed = this.parsedOf(path);
    const model = this.model(today);
    if (!parsed || !model) return undefined;
    const { scalar } = placeAt(parsed, offset);
    return typeof scalar?.value === 'string' && model.ids.has(scalar.value) ? scalar.value : undefined;
  }

  /** Where the id under `offset` is defined: its `id:` value. */
  definition(path: string, offset: number, today: string): Place | undefined {
    const id = this.idAt(path, offset, today);
    const def = id ? this.model(today)?.ids.get(id) : undefined;
    if (!def) return undefined;
    return { path: resolve(this.root, def.file.file), range: rangeAt(def.file.parsed, [...def.path, 'id']) };
  }

  /** Every place that names the id under `offset`: references, and its definition if asked. */
  references(path: string, offset: number, today: string, withDefinition: boolean): Place[] {
    const id = this.idAt(path, offset, today);
    const model = this.model(today);
    if (!id || !model) return [];
    return occurrencesOf(model, id)
      .filter((o) => withDefinition || !o.definition)
      .map((o) => ({ path: resolve(this.root, o.file.file), range: rangeAt(o.file.parsed, o.definition ? [...o.path, 'id'] : o.path, { key: o.key }) }));
  }

  /** The range of the id under `offset`, when it can be renamed (the editor shows it for typing over). */
  renamable(path: string, offset: number, today: string): [number, number] | undefined {
    const parsed = this.parsedOf(path);
    if (!parsed || !this.idAt(path, offset, today)) return undefined;
    return placeAt(parsed, offset).scalar?.range;
  }

  /**
   * The edits that rename the id under `offset` to `to` in every file (as `aipm rename` makes
   * them: only the id's own characters change), or why it cannot be renamed.
   */
  rename(path: string, offset: number, to: string, today: string): { edits: Map<string, { range: [number, number]; text: string }[]> } | { refused: string } {
    const id = this.idAt(path, offset, today);
    const model = this.model(today);
    const parsed = this.parsedOf(path);
    if (!id || !model || !parsed) return { refused: t(this.lang, 'error.renameUnknown', { value: String(parsed ? (placeAt(parsed, offset).scalar?.value ?? '') : ''), suggestion: undefined }) };
    const broken = model.files.filter((f) => f.broken).map((f) => f.file);
    if (broken.length > 0) return { refused: t(this.lang, 'error.renameBroken', { files: broken.join(', ') }) };
    if (!ID_PATTERN.test(to)) return { refused: t(this.lang, 'error.badId', { value: to }) };
    if (model.ids.has(to)) return { refused: t(this.lang, 'error.idTaken', { value: to }) };
    const edits = new Map<string, { range: [number, number]; text: string }[]>();
    for (const [file, list] of renameEdits(occurrencesOf(model, id), id, to)) {
      edits.set(resolve(this.root, file.file), list.map((e) => ({ range: [e.start, e.end], text: e.text })));
    }
    return { edits };
  }

  /**
   * Every item with an id, in file order: its id, its name, what kind of item it is, the range of
   * the whole item and of its id (an editor's outline, and its search for a symbol).
   */
  symbols(today: string, path?: string): { path: string; id: string; name?: string; kind: string; range: [number, number]; idRange: [number, number] }[] {
    const model = this.model(today);
    if (!model) return [];
    const out: ReturnType<ProductSession['symbols']> = [];
    const find = itemFinder(model);
    for (const def of model.ids.values()) {
      const file = resolve(this.root, def.file.file);
      if (!def.kind || (path !== undefined && file !== path)) continue;
      const value = find(def.kind, def.id)?.value as Record<string, unknown> | undefined;
      const name = nameOf(value);
      out.push({ path: file, id: def.id, ...(name ? { name } : {}), kind: itemLabel(def.kind)[this.lang], range: rangeAt(def.file.parsed, def.path), idRange: rangeAt(def.file.parsed, [...def.path, 'id']) });
    }
    return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.range[0] - b.range[0]));
  }

  /** The item under `offset` in a few lines of Markdown: what it is, who owns it, where it stands. */
  hover(path: string, offset: number, today: string): { markdown: string; range: [number, number] } | undefined {
    const id = this.idAt(path, offset, today);
    const model = this.model(today);
    const def = id ? model?.ids.get(id) : undefined;
    const parsed = this.parsedOf(path);
    if (!id || !def || !model || !parsed) return undefined;
    const lang = this.lang;
    const value = (def.kind ? itemFinder(model)(def.kind, id)?.value : undefined) as Record<string, unknown> | undefined;
    const label = def.kind ? itemLabel(def.kind)[lang] : '';
    const name = nameOf(value);
    const lines = [`**${id}**${label ? ` · ${label}` : ''}${name ? ` — ${name}` : ''}`];
    // A metric's target resolved (a relative one with its threshold: `>= 81.9 (baseline 78 + 5%)`), else as written.
    const resolved = def.kind === 'metric' ? parseTarget(value?.target, value) : undefined;
    const fields: [string, unknown][] = [
      [t(lang, 'hover.owner'), value?.owner],
      [t(lang, 'hover.status'), value?.status],
      [t(lang, 'hover.target'), resolved ? formatTarget(resolved) : value?.target],
    ];
    if (def.kind === 'metric') {
      const latest = latestValues(model).get(id);
      if (latest) fields.push([t(lang, 'hover.latest'), `${latest.value}${value?.unit ? ` ${String(value.unit)}` : ''} (${latest.evaluation.id})`]);
    }
    for (const [field, v] of fields) if (typeof v === 'string' || typeof v === 'number') lines.push(`- ${field}: ${plain(String(v))}`);
    lines.push(`- ${t(lang, 'hover.file')}: ${def.file.file}`);
    const { scalar } = placeAt(parsed, offset);
    return { markdown: lines.join('\n'), range: scalar!.range };
  }

  /** What may be typed at `offset`: ids of the kind a reference there wants, or an enum's words. */
  completion(path: string, offset: number, today: string): Completion[] {
    const parsed = this.parsedOf(path);
    const model = this.model(today);
    if (!parsed || !model) return [];
    const kind = kindOf(parsed);
    if (!kind) return [];
    const place = placeAt(parsed, offset);
    const def = kinds[kind];
    for (const ref of def.refs) {
      if (!matches(ref.at, place)) continue;
      const wanted = ref.to as ItemKind | 'any';
      return [...model.ids.values()]
        .filter((d) => d.kind && (wanted === 'any' || d.kind === wanted))
        .map((d) => ({ label: d.id, type: 'id' as const, detail: d.kind ? itemLabel(d.kind)[this.lang] : undefined }));
    }
    return place.key ? [] : enumValuesAt(def.schema, place.path).map((word) => ({ label: word, type: 'word' as const }));
  }
}

/** A user error about aipm.yaml that is not one of its findings: shown at its start. */
function wholeFileProblem(error: UserError, shown: string, fallback: Lang): Finding {
  return { rule: CONFIG_RULE, severity: 'error', file: shown, line: 1, col: 1, endLine: 1, endCol: 1, message: t(error.lang ?? fallback, error.msg, error.params) };
}

/** What an item is called: its title, name, model or (an experiment) change. */
function nameOf(value: Record<string, unknown> | undefined): string | undefined {
  return [value?.title, value?.name, value?.model, value?.change].find((v): v is string => typeof v === 'string');
}

/** The kind a file declares, even while the rest of it is half-typed. */
function kindOf(parsed: ParsedYaml): keyof typeof kinds | undefined {
  const declared = (parsed.value as { kind?: unknown } | undefined)?.kind ?? parsed.doc.get('kind');
  return typeof declared === 'string' && isKindName(declared) ? declared : undefined;
}

/**
 * Whether a place is one a reference pattern names: a list item (`*`) or a map key (`{key}`, on a
 * key), or the list or map itself when the cursor stands between its entries.
 */
function matches(pattern: readonly (string | number)[], place: PlaceAt): boolean {
  const { path } = place;
  const last = pattern[pattern.length - 1];
  const fits = (length: number) => pattern.slice(0, length).every((segment, i) => (segment === '*' ? typeof path[i] === 'number' : segment === '{key}' ? typeof path[i] === 'string' : segment === path[i]));
  if (path.length === pattern.length) return (last === '{key}') === place.key && fits(pattern.length);
  return !place.key && path.length === pattern.length - 1 && (last === '*' || last === '{key}') && fits(path.length);
}

/** Text from a spec file shown as Markdown: its own markup is not interpreted. */
function plain(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}
