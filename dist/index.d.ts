import { Document } from 'yaml';
import * as zod_v4_core from 'zod/v4/core';
import * as zod_mini from 'zod/mini';

/** Where each line of a text starts, and where an offset stands: what findings are placed with. */
interface LineTable {
    /** The offset each line starts at, in order. */
    readonly lineStarts: number[];
    /** The 1-based line and column of an offset. */
    linePos(offset: number): {
        line: number;
        col: number;
    };
}

/** Every error code `yaml` declares (its `ErrorCode` type), checked both ways at compile time. */
declare const YAML_ERROR_CODES: readonly ["ALIAS_PROPS", "BAD_ALIAS", "BAD_DIRECTIVE", "BAD_DQ_ESCAPE", "BAD_INDENT", "BAD_PROP_ORDER", "BAD_SCALAR_START", "BLOCK_AS_IMPLICIT_KEY", "BLOCK_IN_FLOW", "DUPLICATE_KEY", "IMPOSSIBLE", "KEY_OVER_1024_CHARS", "MISSING_CHAR", "MULTILINE_IMPLICIT_KEY", "MULTIPLE_ANCHORS", "MULTIPLE_DOCS", "MULTIPLE_TAGS", "NON_STRING_KEY", "RESOURCE_EXHAUSTION", "TAB_AS_INDENT", "TAG_RESOLVE_FAILED", "UNEXPECTED_TOKEN", "BAD_COLLECTION_TYPE"];
type Listed = (typeof YAML_ERROR_CODES)[number];
/** The causes a broad code covers, told apart by what yaml says (its wording is stable within a major version). */
declare const CAUSES: {
    readonly MISSING_CHAR: readonly [readonly [RegExp, "closingQuote"], readonly [RegExp, "flowEnd"], readonly [RegExp, "flowSeparator"], readonly [RegExp, "flowColonSpace"], readonly [RegExp, "commentSpace"], readonly [RegExp, "keyWithoutValue"], readonly [RegExp, "seqIndicator"]];
    readonly UNEXPECTED_TOKEN: readonly [readonly [RegExp, "extraComma"], readonly [RegExp, "blockScalarHeader"], readonly [RegExp, "closingBracket"]];
    readonly BAD_INDENT: readonly [readonly [RegExp, "flowEnd"]];
    readonly BLOCK_AS_IMPLICIT_KEY: readonly [readonly [RegExp, "nestedMapping"]];
};
type Cause = {
    [C in keyof typeof CAUSES]: (typeof CAUSES)[C][number][1];
}[keyof typeof CAUSES];
/** The catalogue key (under `yaml.syntax.`) of one yaml error: its code, or a known cause of it. */
type SyntaxKey = Listed | Cause;

/** A problem found while reading YAML text, before any schema applies. */
interface SyntaxProblem {
    /** Message id under `yaml.` in the catalogues. */
    msg: `syntax.${SyntaxKey}` | 'empty' | 'multipleDocs' | 'version' | 'tag' | 'duplicateKey' | 'aliases' | 'tooManyAliases' | 'aliasCycle' | 'complexKey' | 'tooLarge' | 'tab' | 'tabs' | 'colonInValue' | 'flowComma' | 'merge' | 'encoding' | 'fullWidthColon' | 'fullWidthComma';
    params: Record<string, string | number>;
    /** Character offsets [start, end) in the text. */
    range: [number, number];
    /** A safe fix: the text that replaces `range`. */
    fix?: string;
}
interface ParsedYaml {
    text: string;
    /** The node tree (composed on demand when the fast path read the file). */
    doc: Document.Parsed;
    lineCounter: LineTable;
    /** The document as plain data (undefined when `problems` is not empty). */
    value: unknown;
    problems: SyntaxProblem[];
}
/**
 * Parses one YAML document with the 1.2 core schema, keeping node positions. Anything outside
 * the core schema is a problem, not a value: other YAML versions, custom tags, several documents,
 * duplicate keys (also `1` and `"1"`), and alias expansion past a bound.
 */
declare function parseYaml(input: string, options?: {
    fast?: boolean;
    keyboard?: boolean;
}): ParsedYaml;

type Path = readonly (string | number)[];
interface Span {
    line: number;
    col: number;
    endLine: number;
    endCol: number;
}
/**
 * Finds the YAML node at a data path. With `key`, the key of the last segment rather than its
 * value (for an unknown key). A path that runs out (a missing key) gives the last node found:
 * the mapping that lacks it.
 */
declare function locate(parsed: Pick<ParsedYaml, 'doc' | 'lineCounter'>, path: Path, opts?: {
    key?: boolean;
}): Span;

/** English messages. The keys are message ids; `{name}` is filled from params. */
declare const en: {
    readonly 'error.configNotFound': "no aipm.yaml found in {cwd} or any folder above it (up to the git root). Run `aipm init` to create one.";
    readonly 'error.configInvalid': "aipm.yaml is not valid:\n{details}";
    readonly 'error.configPathOutside': "{file}:{line}:{col} `{field}` must stay inside the workspace folder, but `{value}` leads outside it";
    readonly 'error.readFailed': "cannot read {file}: {reason}";
    readonly 'error.pathNotFound': "no such file or folder: {path}";
    readonly 'error.badToday': "--today must be a real date YYYY-MM-DD, got `{value}`";
    readonly 'error.badFormat': "unknown format `{value}`; choose one of: {choices}";
    readonly 'error.shardWithoutAll': "--shard {value} shares out the products below: use it with --all";
    readonly 'error.badShard': "--shard {value} is not a share: write k/n with 1 ≤ k ≤ n (e.g. 2/4, the second of four jobs)";
    readonly 'error.badWidth': "--width {value} is not a width: give a whole number of columns from {min} to {max}";
    readonly 'error.unknownRule': "unknown rule `{value}`{hint} (`aipm explain` lists the rules)";
    readonly 'error.badLang': "unknown language `{value}`; choose zh or en";
    readonly 'error.noWorkspaces': "no aipm.yaml found below {cwd}";
    readonly 'error.configBelow': "no aipm.yaml in {cwd} itself, but {products} below it ({folders}): add `--cwd {first}` to work on one; `validate`, `status` and `render` also take `--all` for all of them";
    readonly 'error.pathOutside': "{path} is outside the workspace ({root}): validate checks the files of the product whose aipm.yaml it found";
    readonly 'error.newFileSkipped': "`{file}` is in {folder}, a folder validate never reads (dot-folders and node_modules are skipped): put the new spec elsewhere in the specs folder";
    readonly 'error.outsideWorkspace': "{file} leads outside the workspace (through a symbolic link): aipm reads and writes only inside it";
    readonly 'error.notRegularFile': "{file} is not a regular file (a folder, a pipe or a device): aipm only reads and replaces files";
    readonly 'error.badPath': "{file} is not a usable path";
    readonly 'error.badTemplatesFlag': "--templates takes only `builtin` (to ignore the workspace's own templates), got `{value}`";
    readonly 'error.outHoldsProduct': "`out` ({out}) holds another product ({other}): render could remove its documents; point `out` at a folder of this product only";
    readonly 'error.renderBudget': "template {file} stopped: it went past aipm's bound ({what}); a template must not loop without end (render --templates builtin ignores the workspace's templates)";
    readonly 'error.gitNoRepo': "{dir} is not in a git repository: aipm diff compares revisions of the specs in git";
    readonly 'error.gitRevision': "git does not know the revision `{ref}`{hint}";
    readonly 'diff.title': "Changes since {ref}";
    readonly 'diff.none': "no changes to the specs since {ref}";
    readonly 'diff.added': "added";
    readonly 'diff.removed': "removed";
    readonly 'diff.changed': "changed";
    readonly 'diff.moved': "moved from {from}";
    readonly 'diff.renamed': "renamed {from} → {to}";
    readonly 'diff.file': "file";
    readonly 'diff.suspects': "Suspect links";
    readonly 'diff.suspectEvaluation': "evaluation `{id}` judged `{metric}` against a target that has since changed ({from} → {to}): re-check its verdict";
    readonly 'diff.suspectTrigger': "the rollback trigger on `{metric}` in {file} was set against a target that has since changed ({from} → {to})";
    readonly 'status.milestones': "Milestones";
    readonly 'status.metrics': "Metrics (latest evaluation)";
    readonly 'status.decisions': "Open decisions and questions";
    readonly 'status.risks': "Open risks (impact/probability)";
    readonly 'status.compliance': "Open or failing compliance checks";
    readonly 'status.none': "none";
    readonly 'status.buffer': "buffer {used}/{days} d";
    readonly 'status.overdue': "overdue since {end}";
    readonly 'error.templatesMissing': "the templates folder {dir} named in aipm.yaml does not exist";
    readonly 'error.writeFailed': "cannot write {file}: {reason}";
    readonly 'error.outputFailed': "cannot write the output to {stream} ({reason}): the disk is full, or what it leads to was closed. Nothing is lost in the workspace; run it again with {stream} going somewhere that can take it";
    readonly 'error.cwdGone': "the current folder cannot be read ({reason}): it was probably deleted after this shell entered it. `cd` into an existing folder, or pass --cwd";
    readonly 'error.internal': "aipm hit an internal error (a bug). Please report it with the command you ran and this message:\n{detail}";
    readonly 'error.template': "template {file}: {detail}";
    readonly 'error.notGenerated': "{file} exists and was not written by aipm (no `<!-- generated by aipm -->` first line): move it, or use --force to overwrite it";
    readonly 'error.outputCollision': "{a} and {b} would both render to {out}";
    readonly 'error.packetName': "a spec file at {file} would render over the packet {out}: rename the spec file";
    readonly 'render.done': "rendered {count} into {out}: {written} written, {unchanged} unchanged, {removed} removed";
    readonly 'render.upToDate': "{out} is up to date ({count})";
    readonly 'render.missing': "missing   {file}";
    readonly 'render.changed': "changed   {file}";
    readonly 'render.orphaned': "orphaned  {file}";
    readonly 'render.leftover': "leftover  {file}";
    readonly 'render.stale': "{out} is out of date: run `aipm render{flags}` and commit the result";
    readonly 'error.noBrowser': "render --pdf prints through Chromium or Chrome, and none was found: install one (Debian/Ubuntu: `apt-get install chromium`), or name it with `--browser <path>` or the AIPM_BROWSER variable. Nothing was written";
    readonly 'error.browserNotProgram': "{path} (from {via}) is not a program: name a Chromium or Chrome executable (Debian/Ubuntu: `apt-get install chromium` installs /usr/bin/chromium). Nothing was written";
    readonly 'error.browserFailed': "the browser {path} could not print the packet: {reason}. Nothing was written";
    readonly 'error.pdfNotGenerated': "{file} exists and was not written by aipm (its PDF information does not name aipm as creator): move it, or use --force to overwrite it";
    readonly 'render.printed': "printed the packet to {file}";
    readonly 'render.blocked': "render stopped on {errors}: fix them, or run with --force to render the valid documents anyway";
    readonly 'count.document.one': "1 document";
    readonly 'count.document.other': "{n} documents";
    readonly 'error.exists': "not written, these files exist already: {files} (use --force to overwrite them)";
    readonly 'schema.written': "{count} JSON Schemas in {dir} ({written} written)";
    readonly 'schema.upToDate': "the JSON Schemas in {dir} are up to date";
    readonly 'schema.stale': "out of date: {file}";
    readonly 'schema.fileMissing': "missing:     {file}";
    readonly 'schema.run': "run `{command}` to write them";
    readonly 'error.badTodayEnv': "the environment variable AIPM_TODAY must be a real date YYYY-MM-DD, got `{value}`";
    readonly 'error.unknownCommand': "unknown command `{value}`{hint} (`aipm --help` lists the commands)";
    readonly 'error.usage': "{detail} (`aipm {command} --help` shows the options)";
    readonly 'error.badType': "unknown product type `{value}`{hint}; choose one of: {choices}";
    readonly 'error.badProductId': "product id `{value}` must be lowercase letters, digits and `-` (like `smart-cs`)";
    readonly 'init.askName': "Product name";
    readonly 'init.askId': "Product id (lowercase letters, digits, -)";
    readonly 'init.askLang': "Language of the plan and its messages";
    readonly 'init.askType': "Start from";
    readonly 'init.askOwner': "Owner (the accountable PM)";
    readonly 'init.required': "please enter a value";
    readonly 'init.idFormat': "lowercase letters, digits and - only";
    readonly 'init.defaultOwner': "owner";
    readonly 'init.type.recommendation': "recommendations: CTR and CVR serving GMV, a diversity guardrail, cold-start data risk";
    readonly 'init.type.customer-service': "customer service bot: intent accuracy >= 90%, human handoff <= 10%, a human fallback";
    readonly 'init.type.image-classification': "image classification: top-1 accuracy with per-class minimums, low-light gaps";
    readonly 'init.type.llm-assistant': "LLM assistant: hallucination rate on a golden set, human rating, latency red line, safety review";
    readonly 'init.type.blank': "blank: the four design documents with one commented example each";
    readonly 'init.configComment': "aipm workspace: `aipm validate` checks the specs, `aipm render --packet` writes the review packet";
    readonly 'init.descriptionComment': "what the product does and for whom: the review packet opens with it";
    readonly 'init.rulesComment': "rule id -> error | warn | off (`aipm explain` lists the rules)";
    readonly 'init.vagueComment': "extra vague words for quantified-target";
    readonly 'init.done': "created the {type} plan for {name} in {dir}:";
    readonly 'init.next': "next:";
    readonly 'init.nextValidate': "check the plan";
    readonly 'init.nextRender': "write the Markdown documents and the review packet";
    readonly 'init.nextNew': "add a review record (or any kind: evaluation, launch-plan, compliance…)";
    readonly 'init.nextExplain': "what each rule checks, why, and how to fix it";
    readonly 'init.nextHelp': "every command and flag (aipm's docs/commands.md has an example of each)";
    readonly 'init.askMarkets': "Markets it ships to (space selects; regulation items follow from these)";
    readonly 'init.askCapabilities': "What it does, as regulations ask (space selects)";
    readonly 'init.scopeComment': "markets: CN | EU | US | global; capabilities: what it does (`aipm explain --catalogue eu-ai-act`); they decide which regulation items apply";
    readonly 'init.complianceComment': "one check per regulation item that applies to the markets and capabilities in aipm.yaml: answer each (status pass with evidence, or n/a with the reason) before the launch";
    readonly 'init.itemFrom': "from {from}; `aipm explain {id}` gives its source";
    readonly 'error.badMarket': "unknown market `{value}`{hint}; choose from: {choices}";
    readonly 'error.badCapability': "unknown capability `{value}`{hint}; choose from: {choices}";
    readonly 'capability.chatbot': "talks with people directly (a chat or voice assistant)";
    readonly 'capability.generates-text': "generates text";
    readonly 'capability.generates-image': "generates images";
    readonly 'capability.generates-audio': "generates audio or speech";
    readonly 'capability.generates-video': "generates video";
    readonly 'capability.deepfake': "makes realistic images, audio or video of real people, places or events";
    readonly 'capability.emotion-recognition': "infers people's emotions";
    readonly 'capability.biometric-categorisation': "sorts people by biometric data";
    readonly 'capability.recommendation': "recommends or ranks content, products or people";
    readonly 'capability.public-opinion': "publishes to the public, or can shape public opinion";
    readonly 'capability.personal-data': "processes personal information";
    readonly 'capability.sensitive-personal-data': "processes sensitive personal information (health, finance, location, minors, biometrics)";
    readonly 'capability.automated-decision': "decides about people automatically";
    readonly 'capability.cross-border-data': "sends personal information abroad";
    readonly 'capability.biometrics': "EU Annex III: remote biometric identification";
    readonly 'capability.critical-infrastructure': "EU Annex III: safety of critical infrastructure";
    readonly 'capability.education': "EU Annex III: admission, grading or proctoring in education";
    readonly 'capability.employment': "EU Annex III: hiring, promotion, task allocation or monitoring of workers";
    readonly 'capability.essential-services': "EU Annex III: credit scoring, public benefits, life or health insurance pricing, emergency calls";
    readonly 'capability.law-enforcement': "EU Annex III: law enforcement";
    readonly 'capability.migration': "EU Annex III: migration, asylum and border control";
    readonly 'capability.justice': "EU Annex III: the administration of justice and elections";
    readonly 'init.cancelled': "aipm init cancelled: nothing was written";
    readonly 'error.newFileOutside': "`{file}` is outside the specs folder {specs}: a new spec goes there, where validate reads it";
    readonly 'error.newFileExt': "`{file}` does not end in .yaml or .yml: validate reads only those";
    readonly 'error.renameUnknown': "no id `{value}` in this workspace{hint}";
    readonly 'error.renameBroken': "not renamed: these files do not parse, so their references cannot be found: {files} (fix them first)";
    readonly 'rename.finished': "renamed `{from}` to `{to}`: the run that was interrupted is finished ({files} put in place)";
    readonly 'rename.done': "renamed `{from}` to `{to}`: its definition and {references} in {files}";
    readonly 'fix.fixed': "fixed";
    readonly 'fix.unsafe': "not fixed: {file} does not parse even after the safe fixes, so it was left as it is";
    readonly 'fix.wouldFix': "would fix";
    readonly 'fix.partial': "fixed what is safe in {file}; it still does not parse: the rest is listed below";
    readonly 'fix.nothing': "nothing to fix";
    readonly 'fix.tabs': "{file}: tabs in the indentation of {lines} replaced with {width} spaces each";
    readonly 'error.badKind': "unknown kind `{value}`{hint}; choose one of: {choices}";
    readonly 'error.badId': "`{value}` is not a valid id: ids start with an ASCII letter (A–Z, a–z), then ASCII letters, digits, `_` or `-`";
    readonly 'error.idTaken': "the id `{value}` is already used in this workspace";
    readonly 'new.done': "created {file} ({kind}{id}): fill it in, then run `aipm validate`";
    readonly 'new.missingRefs': "note: it refers to {ids}, which this workspace does not define yet: {add}, or change the ids";
    readonly 'new.addWith': "add them ({commands})";
    readonly 'new.addIn': "add them to {files}";
    readonly hint: "; did you mean `{suggestion}`?";
    readonly 'config.unknownRule': "unknown rule `{id}`{hint}";
    readonly 'config.pathOutside': "`{field}` must stay inside the workspace folder, but `{value}` leads outside it";
    readonly 'schema.productId': "product id must be lowercase letters, digits and `-` (like `smart-cs`)";
    readonly 'yaml.syntax.ALIAS_PROPS': "an alias (`*name`) cannot carry an anchor or a tag: remove the `&` or `!` before it";
    readonly 'yaml.syntax.BAD_ALIAS': "an anchor (`&`) or alias (`*`) here has no name or ends in `:`: a value that starts with `&` or `*` needs quotes";
    readonly 'yaml.syntax.BAD_DIRECTIVE': "a line starting with `%` is read as a YAML directive, and this one is not known: remove it, or put the value in quotes";
    readonly 'yaml.syntax.BAD_DQ_ESCAPE': "a backslash inside \"double quotes\" starts an escape YAML does not know: write `\\\\` for a backslash, or use single quotes";
    readonly 'yaml.syntax.BAD_INDENT': "this line is not indented like the lines it belongs with: line up the items of one list or mapping at the same column, with spaces";
    readonly 'yaml.syntax.BAD_PROP_ORDER': "an anchor or tag stands in the wrong place: write it right after the `: `, before the value";
    readonly 'yaml.syntax.BAD_SCALAR_START': "a value cannot start with `{char}` unquoted: put the value in quotes";
    readonly 'yaml.syntax.BLOCK_AS_IMPLICIT_KEY': "YAML reads this line as a key, but it is not one: write `key: value` with a space after the colon, or put the value in quotes";
    readonly 'yaml.syntax.BLOCK_IN_FLOW': "a list or mapping written on lines of its own cannot stand inside `[…]` or `{…}`: write its items inside the brackets, separated by `, `";
    readonly 'yaml.syntax.DUPLICATE_KEY': "this key appears twice in the same mapping: keep one";
    readonly 'yaml.syntax.IMPOSSIBLE': "YAML could not read this part of the file: look for a stray character or an unclosed quote or bracket on this line";
    readonly 'yaml.syntax.KEY_OVER_1024_CHARS': "this key is longer than 1024 characters (or its `: ` is missing): end the key with `: `, or put long text in a value";
    readonly 'yaml.syntax.MISSING_CHAR': "a character YAML expects is missing here: look for an unclosed quote or bracket, or a `: ` missing after a key";
    readonly 'yaml.syntax.MULTILINE_IMPLICIT_KEY': "YAML reads this line as a key that runs onto the next line: end the key with `: ` (a colon and a space), or put a long value in quotes";
    readonly 'yaml.syntax.MULTIPLE_ANCHORS': "a value can carry one anchor (`&name`) only: remove the extra one";
    readonly 'yaml.syntax.MULTIPLE_DOCS': "a spec file holds one YAML document; this one holds several (split them at `---` into separate files)";
    readonly 'yaml.syntax.MULTIPLE_TAGS': "a value can carry one tag (`!…`) only: remove the extra one";
    readonly 'yaml.syntax.NON_STRING_KEY': "keys must be plain words, not lists or mappings";
    readonly 'yaml.syntax.RESOURCE_EXHAUSTION': "aliases here expand too far: write the values out";
    readonly 'yaml.syntax.TAB_AS_INDENT': "this line is indented with a tab: indent with spaces, not tabs";
    readonly 'yaml.syntax.TAG_RESOLVE_FAILED': "this tag (`!…`) is not one YAML 1.2 knows: remove it";
    readonly 'yaml.syntax.UNEXPECTED_TOKEN': "YAML did not expect `{char}` here: look for a stray character, a missing `: ` after a key, or a quote or bracket left open";
    readonly 'yaml.syntax.BAD_COLLECTION_TYPE': "the tag on this list or mapping does not match what it is: remove the tag";
    readonly 'yaml.syntax.closingQuote': "a quoted value has no closing quote: add the closing `\"` or `'` at the end of the value";
    readonly 'yaml.syntax.flowEnd': "a `[` or `{` is not closed: add the closing `]` or `}` on the same line";
    readonly 'yaml.syntax.flowSeparator': "items inside `[…]` or `{…}` are separated by `, ` and keys by `: `: one of them is missing here";
    readonly 'yaml.syntax.flowColonSpace': "inside `{…}` a key needs a space after its colon: write `key: value`";
    readonly 'yaml.syntax.commentSpace': "a `#` that starts a comment needs a space before it: add one, or put the value in quotes if the `#` is part of it";
    readonly 'yaml.syntax.keyWithoutValue': "this line has no `: ` after its key: write `key: value`, or start a list item with `- `";
    readonly 'yaml.syntax.seqIndicator': "a list item needs `- ` in front of it";
    readonly 'yaml.syntax.extraComma': "an extra `,` inside `[…]` or `{…}`: remove it";
    readonly 'yaml.syntax.blockScalarHeader': "after `|` or `>` nothing but an indent digit, `-` or `+` may follow on that line: move the text to the next line, indented";
    readonly 'yaml.syntax.closingBracket': "a `]` or `}` here closes nothing: remove it, or add the `[` or `{` it belongs to";
    readonly 'yaml.syntax.nestedMapping': "a `: ` inside this value (on this line or the next, indented) starts a mapping within it: put the whole value in quotes, or, for a nested mapping, leave nothing after the key's `:` and put each inner key on its own indented line";
    readonly 'yaml.empty': "the file is empty: a spec file needs at least `kind`, `version`, `title`, `owner`, `status` and `updated`";
    readonly 'yaml.multipleDocs': "a spec file holds one YAML document; this one holds several (split them at `---` into separate files)";
    readonly 'yaml.version': "`%YAML {version}` is not supported: spec files are YAML 1.2 (remove the directive)";
    readonly 'yaml.tag': "the tag `{tag}` is not allowed: spec files use plain YAML 1.2 values only";
    readonly 'yaml.duplicateKey': "duplicate key `{key}` (first at line {line})";
    readonly 'yaml.aliasCycle': "the alias `*{name}` stands inside the node `&{name}` it names: the data would contain itself. Write the value out";
    readonly 'cache.offInside': "--cache is off for this run: the cache key folder {dir} lies inside the repository being checked (XDG_CACHE_HOME or HOME point into it), where a pull request could plant a key. Point XDG_CACHE_HOME outside the checkout";
    readonly 'cache.offUnusable': "--cache is off for this run: no signing key could be read or made in {dir} (not a regular file, or the folder cannot be made); the check runs in full";
    readonly 'yaml.aliases': "too many alias expansions ({count} aliases): this looks like an alias bomb";
    readonly 'yaml.tooManyAliases': "more than {max} aliases in one file: aipm stops reading at this one (a planning document needs a handful). Write the values out";
    readonly 'yaml.complexKey': "keys must be plain scalars";
    readonly 'yaml.tab': "this line is indented with a tab: indent with spaces, not tabs";
    readonly 'yaml.tabs': "this line and {count} in all are indented with tabs: indent with spaces, not tabs";
    readonly 'yaml.colonInValue': "the value of `{key}` holds \": \", which YAML reads as the start of a new key: put the value in quotes, as in {key}: \"{value}\"";
    readonly 'yaml.flowComma': "a \",\" inside {…} ended the value of `{key}` early, and YAML read `{extra}` as a new key: put the value in quotes, as in {key}: \"{value}\"";
    readonly 'yaml.fullWidthColon': "the colon after `{key}` is a full-width `：` (from a Chinese keyboard), which YAML does not read as a colon: write an ASCII colon and a space, as in `{key}: …`";
    readonly 'yaml.fullWidthComma': "the `{char}` inside {…} is a full-width comma (from a Chinese keyboard), which YAML does not read as a separator: write an ASCII comma and a space `, `";
    readonly 'yaml.merge': "merge keys (`<<`) are not supported: write the fields out";
    readonly 'yaml.encoding': "this file is not saved as UTF-8 ({encoding}): save it as UTF-8 in your editor";
    readonly 'yaml.tooLarge': "the file is larger than {max} bytes and was not read";
    readonly 'schema.notMapping': "a spec file must be a mapping with `kind`, `version`, `title`, `owner`, `status` and `updated`";
    readonly 'schema.noKind': "missing `kind`: one of {kinds}";
    readonly 'schema.unknownKind': "unknown kind `{value}`{hint}";
    readonly 'schema.missing': "missing required field `{field}`";
    readonly 'schema.unknownKey': "unknown key `{key}`{hint}";
    readonly 'schema.type': "expected {expected}, got {received}";
    readonly 'schema.enum': "must be one of: {values}{hint}";
    readonly 'schema.fullWidthColon': "the colon after `{key}` is a full-width `：` (from a Chinese keyboard), so YAML read the line as text: write an ASCII colon and a space, as in `{key}: …`";
    readonly 'schema.listComma': "`{value}` holds a full-width `{char}` (from a Chinese keyboard), so YAML read it as one item: separate the items inside […] with an ASCII comma, as in [{fixed}]";
    readonly 'schema.curlyQuotes': "`{value}` is wrapped in curly quotes (“ ” or ‘ ’), which YAML keeps as part of the value: use straight quotes or none, as in {fixed}";
    readonly 'schema.fullWidth': "`{value}` holds full-width characters ({chars}) from a Chinese keyboard: write them in ASCII, as in {fixed}";
    readonly 'schema.percentNumber': "`{value}` is text, but a number belongs here: write it without `%`, as {fixed}";
    readonly 'schema.percentRate': "`{value}` is text, but `{field}` is a fraction from 0 to 1: write {fixed} for {value}";
    readonly 'schema.dateForm': "`{value}` is not written as YYYY-MM-DD: write {fixed}";
    readonly 'schema.yesNo': "`{value}` is text, but a yes/no answer belongs here, written true or false: write {fixed}";
    readonly 'schema.quotedNumber': "`\"{value}\"` is text, but a number belongs here: remove the quotes";
    readonly 'schema.unquotedNumber': "{value} is a number, but text belongs here: put it in quotes";
    readonly 'schema.literal': "must be {values}";
    readonly 'schema.min': "must be at least {min}";
    readonly 'schema.max': "must be at most {max}";
    readonly 'schema.int': "must be a whole number";
    readonly 'schema.rate': "must be a fraction from 0 to 1 (write 0.05 for 5%)";
    readonly 'schema.id': "`{value}` is not a valid id: ids start with an ASCII letter (A–Z, a–z), then ASCII letters, digits, `_` or `-`";
    readonly 'schema.date': "`{value}` is not a real date in the form YYYY-MM-DD";
    readonly 'schema.target': "a target is an operator and a number, like \">= 90\", \"<= 300 ms\" or {op: \">=\", value: 90}, or a change against the metric's baseline, like \">= baseline + 5%\"";
    readonly 'schema.targetChange': "`{value}` is a change, not a target: write it against the metric's baseline, like \"{suggestion}\" (and give the metric a `baseline`)";
    readonly 'schema.noBaseline': "a target relative to `baseline` needs the metric's `baseline`: add `baseline:` with the metric's current value, or write the target as a number, like \">= 90\"";
    readonly 'schema.noBaselineRef': "a target relative to `baseline` needs a `baseline` on metric `{metric}`: add `baseline:` with its current value there, or write the target as a number, like \">= 90\"";
    readonly 'schema.ppNotPercent': "`pp` (percentage points) is for a metric in `%`, but this metric's unit is `{unit}`: write the change as a percent of the baseline, like \">= baseline + 5%\"";
    readonly 'schema.ppNotPercentRef': "`pp` (percentage points) is for a metric in `%`, but the unit of metric `{metric}` is `{unit}`: write the change as a percent of the baseline, like \">= baseline + 5%\"";
    readonly 'schema.unit': "the unit `{unit}` does not match the metric's unit `{expected}`";
    readonly 'schema.unitRef': "the unit `{unit}` does not match the unit `{expected}` of metric `{metric}`";
    readonly 'schema.ci': "a confidence interval is [low, high] with low <= high";
    readonly 'schema.scale': "a scale is a factor above 0 (100 turns 0.91 into 91 on a % metric)";
    readonly 'schema.sha256': "a sha256 is 64 lowercase hex digits (aipm import writes it)";
    readonly 'schema.measuredBySegment': "`{value}` is not a segment of this metric (its segments: {segments}): name one of them, or add it to `segments`";
    readonly 'schema.doneOn': "a milestone whose status is `done` needs `done_on`";
    readonly 'schema.invalid': "invalid value";
    readonly 'schema.ignoreReason': "`# aipm-ignore {rule}` needs a reason: `# aipm-ignore {rule}: <why>`";
    readonly 'schema.ignoreForm': "this `# aipm-ignore` comment names no rule: write `# aipm-ignore <rule-id>: <why>` (it suppresses nothing as it is)";
    readonly 'schema.ignoreRule': "`# aipm-ignore` names an unknown rule `{rule}`{hint}";
    readonly 'type.string': "text";
    readonly 'type.number': "a number";
    readonly 'type.boolean': "true or false";
    readonly 'type.array': "a list";
    readonly 'type.object': "a mapping";
    readonly 'type.null': "nothing";
    readonly 'duplicate.id': "duplicate id `{id}`: already defined at {first}";
    readonly 'reference.unknown': "unknown {expected} `{id}`{hint}";
    readonly 'reference.wrongKind': "`{id}` is a {actual}, but a {expected} is expected here";
    readonly 'reference.segment': "metric `{metric}` defines no segment `{name}`{hint}";
    readonly 'reference.catalogueItem': "`{id}` is in no regulation catalogue{hint} (`aipm explain --catalogue eu-ai-act` lists a catalogue's items)";
    readonly 'reference.notInFile': "`{id}` is a {expected} of another file: name one of this file's own{hint}";
    readonly 'related.firstDefinition': "`{id}` is first defined here";
    readonly 'related.meant': "`{id}`, the nearest id, is defined here";
    readonly 'related.segment': "metric `{metric}` defines segment `{name}` here";
    readonly 'lsp.quickFix': "aipm fix: write {text}";
    readonly 'lsp.fixAll': "aipm fix: apply every safe fix to this file";
    readonly 'hover.owner': "owner";
    readonly 'hover.status': "status";
    readonly 'hover.target': "target";
    readonly 'hover.latest': "latest result";
    readonly 'hover.file': "file";
    readonly 'report.summary': "{errors}, {warnings} in {files}";
    readonly 'report.clean': "no problems in {files}";
    readonly 'report.unchecked': "{products} could not be checked (above: why)";
    readonly 'report.noProducts': "no products in this share: nothing was checked";
    readonly 'count.error.one': "1 error";
    readonly 'count.error.other': "{n} errors";
    readonly 'count.warning.one': "1 warning";
    readonly 'count.warning.other': "{n} warnings";
    readonly 'count.file.one': "1 file";
    readonly 'count.file.other': "{n} files";
    readonly 'count.line.one': "1 line";
    readonly 'count.line.other': "{n} lines";
    readonly 'count.reference.one': "1 reference";
    readonly 'count.reference.other': "{n} references";
    readonly 'count.failingMetric.one': "1 failing metric";
    readonly 'count.failingMetric.other': "{n} failing metrics";
    readonly 'count.product.one': "1 product";
    readonly 'count.product.other': "{n} products";
    readonly 'count.sample.one': "1 sample";
    readonly 'count.sample.other': "{n} samples";
    readonly 'report.githubCapped': "GitHub shows only {max} annotations of each level per step: the full list is in the job summary and in `--format stylish`";
    readonly 'report.suppressed': "{count} suppressed";
    readonly 'report.see': "see {where}: {message}";
    readonly 'explain.header': "Rules (aipm explain <rule> for details):";
    readonly 'explain.checks': "What it checks";
    readonly 'explain.why': "Why";
    readonly 'explain.fix': "How to fix";
    readonly 'explain.severity': "Default severity";
    readonly 'explain.builtin': "Built-in checks (always on):";
    readonly 'gate.metric': "`{metric}`";
    readonly 'gate.segment': "`{metric}` on segment `{segment}`";
    readonly 'gate.miss': "{what} is {value}, missing its target {target}{evidence}";
    readonly 'gate.segmentMissing': "{what} has no value (target {target}): report it";
    readonly 'gate.redLine': "{what} is {value}, across its red line {target}: the red line says \"{action}\"";
    readonly 'gate.redLineNoAction': "{what} is {value}, across its red line {target}";
    readonly 'gate.fewSamples': "{what} was measured on {samples}, fewer than the {min} it needs (`min_samples`): measure on more";
    readonly 'gate.notSignificant': "{what} is {value}, meeting {target}, but its interval [{low}, {high}] reaches {bound}, which misses it: not yet significant (measure on more samples, or pass --allow-insignificant)";
    readonly 'gate.guardrailMissing': "no result for guardrail `{guardrail}`, which guards {guards}: report it";
    readonly 'gate.anyGuardrailMissing': "no result for guardrail `{guardrail}` (no guardrail names a reported metric, so every guardrail counts): report it";
    readonly 'gate.regression': "{what} went from {previous} in `{against}` to {value}: {why}";
    readonly 'gate.whyZ': "worse by more than its tolerance {tolerance}, and a one-sided two-proportion z-test at 5% says so (z = {z} > 1.645)";
    readonly 'gate.whyCi': "worse by more than its tolerance {tolerance}, and the intervals {now} and {before} do not overlap";
    readonly 'gate.whyDrop': "worse by {drop}, more than its tolerance {tolerance}";
    readonly 'gate.points': "{n} pp";
    readonly 'gate.complianceFail': "compliance check `{id}` has status fail: {question}";
    readonly 'gate.noResults': "evaluation `{id}` reports no results";
    readonly 'gate.ship': "ship";
    readonly 'gate.hold': "hold";
    readonly 'gate.verdictLine': "release gate: {verdict} — `{id}` ({model}, {date}; decision {decision})";
    readonly 'gate.against': "compared with `{id}` ({date})";
    readonly 'gate.reasons': "Why it holds";
    readonly 'gate.warnings': "Warnings";
    readonly 'gate.results': "Results";
    readonly 'gate.colMetric': "metric";
    readonly 'gate.colValue': "value";
    readonly 'gate.colTarget': "target";
    readonly 'gate.colN': "n";
    readonly 'gate.colCi': "ci";
    readonly 'gate.colVerdict': "verdict";
    readonly 'gate.pass': "pass";
    readonly 'gate.fail': "fail";
    readonly 'gate.none': "no target";
    readonly 'gate.title': "Release gate";
    readonly 'gate.noEvaluation': "no evaluation to judge: add one (`aipm new evaluation` or `aipm import --new`)";
    readonly 'gate.unknownEvaluation': "no live evaluation `{value}` in this workspace{hint}";
    readonly 'gate.unknownAgainst': "no other live evaluation `{value}` to compare against{hint}";
    readonly 'gate.badFormat': "unknown format `{value}`: use one of {choices}";
    readonly 'catalogue.notMapping': "a catalogue file must be a mapping with `id`, `title`, `version`, `as_of` and `items`";
    readonly 'catalogue.duplicateItem': "the item id `{id}` is used twice in this catalogue (first at line {line}): give each item its own id";
    readonly 'catalogue.whereKind': "`where` names an aipm kind and its field, like `launch-plan.notice`; `{value}` is not a kind{hint}";
    readonly 'catalogue.whereField': "the {kind} kind has no field `{field}`{hint}";
    readonly 'catalogue.fromExisting': "`from_existing` ({value}) must come after `from` ({from}): it is the later date for products already on the market";
    readonly 'schema.empty': "must not be empty";
    readonly 'schema.url': "`{value}` is not a web address: write the official source as https://…";
    readonly 'schema.where': "`{value}` is not a place in a plan: write <kind>.<field>, like `launch-plan.notice`";
    readonly 'schema.catalogueId': "`{value}` is not a valid catalogue id: lowercase letters, digits and `-` (like `eu-ai-act`)";
    readonly 'explain.item.applies': "Applies to";
    readonly 'explain.item.from': "Applies from";
    readonly 'explain.item.fromExisting': "for products on the market before then: from {date}";
    readonly 'explain.item.evidence': "What the plan shows";
    readonly 'explain.item.where': "Where in the plan";
    readonly 'explain.item.source': "Source";
    readonly 'explain.item.verify': "Check this date against the official text: it comes from secondary sources (see docs/regulations.md).";
    readonly 'explain.item.catalogue': "Catalogue";
    readonly 'explain.item.highRisk': "high-risk systems (an EU AI Act Annex III area: {areas})";
    readonly 'explain.item.markets': "markets {markets}";
    readonly 'explain.item.anyOf': "any of {capabilities}";
    readonly 'explain.item.allOf': "all of {capabilities}";
    readonly 'explain.item.everyProduct': "every product in these markets";
    readonly 'explain.catalogue.header': "{title} — {count} items, as of {asOf} (aipm explain <item-id> for one):";
    readonly 'explain.catalogues': "Regulation catalogues (aipm explain --catalogue <id>):";
    readonly 'explain.notAdvice': "An aid to a compliance review, not legal advice.";
    readonly 'error.unknownItem': "unknown catalogue item `{value}`{hint} (`aipm explain --catalogue <id>` lists a catalogue's items: {catalogues})";
    readonly 'error.unknownCatalogue': "unknown catalogue `{value}`{hint}; the catalogues are: {choices}";
    readonly 'import.noFiles': "name the files to import: {formats}";
    readonly 'import.intoOrNew': "say where the numbers go: `--into <EV-id>` (an evaluation that exists) or `--new <EV-id> --dataset <DS-id>` (a new one)";
    readonly 'import.badTool': "unknown tool `{value}`: use one of {choices}{hint}";
    readonly 'import.badDate': "`{value}` is not a date: write YYYY-MM-DD";
    readonly 'import.unknownFormat': "{file} is none of the formats aipm reads: {formats}. Pass `--tool` if it is one of them";
    readonly 'import.malformed': "{file} cannot be read ({detail}): aipm reads {formats}";
    readonly 'import.tooLarge': "{file} holds more than aipm reads at once ({detail}): import reads at most 32 MB of a log's results";
    readonly 'import.unreadable': "{file} cannot be read ({reason})";
    readonly 'import.notNumber': "{file}: {where} is {value}, not a number: nothing was written";
    readonly 'import.negativeN': "{file}: {where} is {value}, not a count of samples: nothing was written";
    readonly 'import.duplicateTask': "{file}: task `{task}` (metric `{metric}`) is also in {other}: import one of them";
    readonly 'import.noTests': "{file}: no tests ran for `{task}` ({where}): there is no pass rate to import";
    readonly 'import.incomplete': "{file}: the Inspect log says `status: {status}`: the run did not finish, so its numbers cover only part of the samples. Run it again, or pass --allow-incomplete to import them anyway";
    readonly 'import.unknownEvaluation': "no evaluation `{value}` in this workspace{hint}: use `--new {value}` to create it";
    readonly 'import.notUtf8': "{file} is not saved as UTF-8: save it as UTF-8 before importing into it";
    readonly 'import.needsDataset': "`--new` needs `--dataset <DS-id>`: the dataset the numbers were measured on";
    readonly 'import.needsModel': "`--new` needs `--model <name>`: the files do not name the model";
    readonly 'import.exists': "{file} exists already: import into it with `--into`";
    readonly 'import.newTitle': "Evaluation imported from {files}";
    readonly 'import.added': "  + {what}: {value}{evidence} ← {from}";
    readonly 'import.updated': "  ~ {what}: {value}{evidence} ← {from}";
    readonly 'import.unchanged': "{file} unchanged: it already holds these numbers";
    readonly 'import.same': "  = {what}: {value}{evidence} ← {from} (unchanged)";
    readonly 'import.noResult': "  ! {what}: {value} skipped: the evaluation has no overall result for this metric, so its segment cannot be written (import the overall number too)";
    readonly 'import.notMapped': "  · not mapped: {file} {tool} {task} {metric} = {value} (no metric's `measured_by` names it)";
    readonly 'import.notMappedMore': "  · not mapped: {count} more";
    readonly 'import.notFound': "warning: `{metric}` is measured by {tool} task `{task}` metric `{name}`, which no imported {tool} file holds";
    readonly 'import.nothingMapped': "no number in these files is named by a metric's `measured_by`: add `measured_by` to the metrics (tool, task, metric)";
    readonly 'import.wrote': "wrote {file}";
    readonly 'import.wouldWrite': "would write {file} (--dry-run: nothing written)";
    readonly 'portfolio.title': "Portfolio";
    readonly 'portfolio.date': "As of {date}.";
    readonly 'portfolio.product': "Product";
    readonly 'portfolio.errors': "Errors";
    readonly 'portfolio.warnings': "Warnings";
    readonly 'portfolio.next': "Next milestone";
    readonly 'portfolio.due': "Due";
    readonly 'portfolio.failing': "Failing";
    readonly 'portfolio.rollout': "Rollout";
    readonly 'portfolio.overdue': "{date} overdue";
    readonly 'portfolio.allDone': "all done";
    readonly 'portfolio.noFolder': "not checked: {error}";
    readonly 'portfolio.rollout.none': "no launch plan";
    readonly 'portfolio.rollout.unscheduled': "no launch milestone";
    readonly 'portfolio.rollout.before': "starts {date}";
    readonly 'portfolio.rollout.stage': "{index}/{of} {traffic}% {stage}, to {until}";
    readonly 'portfolio.rollout.lasting': "{index}/{of} {traffic}% {stage}, since {since}";
    readonly 'portfolio.rollout.done': "complete since {date}";
    readonly 'portfolio.totals': "{products}: {errors}, {warnings}, {failing}";
    readonly 'portfolio.broken': "{products} could not be read";
    readonly 'portfolio.written': "wrote the portfolio of {products} to {file}";
    readonly 'portfolio.unchanged': "the portfolio of {products} in {file} is unchanged";
    readonly 'portfolio.upToDate': "{file} is up to date ({products})";
    readonly 'portfolio.stale': "{file} is out of date: run `aipm render --all{flags}` and commit the result";
    readonly 'portfolio.sharded': "{file} is not written with --shard: it speaks for every product (render it in a run without --shard)";
    readonly 'error.outWithoutAll': "--out {value} names the folder of the portfolio page: use it with --all (each product's documents go where its aipm.yaml's `out` says)";
    readonly 'error.portfolioOutside': "--out {out} leads outside {cwd}: the portfolio page is written in or below the folder render --all runs in";
    readonly 'error.portfolioInOut': "the portfolio page {file} would be in {out}, the documents folder of {product}, where render removes the generated files it did not render: give --out another folder";
    readonly 'gate.statusLine.one': "Release gate: {verdict} for `{id}` (1 reason: aipm gate says which)";
    readonly 'gate.statusLine.other': "Release gate: {verdict} for `{id}` ({count} reasons: aipm gate says which)";
    readonly 'gate.statusLine.none': "Release gate: {verdict} for `{id}`";
    readonly 'rename.doneAcross': "renamed organisation metric `{from}` to `{to}`: its definition and {references} in {files}, in the organisation file and {products} that extend it";
    readonly 'error.idTakenIn': "the id `{value}` is already used in {product}: choose another name for the organisation metric";
    readonly 'error.orgInvalid': "{file}, the organisation file aipm.yaml extends, is not valid:\n{details}";
    readonly 'error.lockedSuppressed': "{file}:{line} `# aipm-ignore {rule}` silences a rule the organisation file {org} locks: a product may not turn it down. Remove the comment and fix the finding, or ask the organisation to unlock `{rule}` in {org}";
    readonly 'error.orgPolicySuppressed': "{file}:{line} `# aipm-ignore org-policy`: org-policy is built in and cannot be suppressed. Remove the comment and restate the metric within the organisation's limits (or ask the organisation to change them)";
    readonly 'error.productIdTwice': "product id `{id}` of {config} is already used by {first}: give each product below one root its own `product.id`";
    readonly 'config.orgPolicyBuiltIn': "`org-policy` is built in and cannot be turned down: remove this line (it is always an error)";
    readonly 'config.extendsOutside': "`extends: {value}` leads outside the git repository: the organisation file must be inside it (it may leave the product's folder)";
    readonly 'config.extendsFolder': "`extends: {value}` is a folder: write the path of the organisation file itself (e.g. `../org.yaml`), relative to this aipm.yaml";
    readonly 'config.extendsMissing': "`extends: {value}`: there is no such file; write the path of the organisation file, relative to this aipm.yaml";
    readonly 'config.extendsSelf': "`extends: {value}` names this aipm.yaml itself: name the organisation file (e.g. `../org.yaml`)";
    readonly 'config.lockedRule': "`{rule}: {setting}` turns down a rule the organisation file {org} locks: a product may not. Remove this line, or ask the organisation to unlock `{rule}`";
    readonly 'related.locked': "the organisation locks `{rule}` here";
    readonly 'org.notMapping': "an organisation file is a mapping: `version: 1`, then `metrics:`, `required:`, `rules:`, `locked:`, `vague_words:`, `catalogues:`, `lang:`";
    readonly 'org.noExtends': "an organisation file cannot extend another (one level keeps where a product's rules come from in one place, and no chain can loop): remove `extends`";
    readonly 'org.duplicateMetric': "metric `{id}` is already defined in this file (item {first}): give each shared metric its own id";
    readonly 'org.unknownMetric': "`{id}` is no metric of this organisation file{hint}: name one of its `metrics:`";
    readonly 'org.outsideRepo': "`{field}` must stay inside the git repository, but `{value}` leads outside it";
};
type MessageId = keyof typeof en;

declare const LANGS: readonly ["zh", "en"];
type Lang = (typeof LANGS)[number];
/**
 * A parameter is text, a number, another message (of the same catalogue) worded in the same
 * language, or text given in both languages (what a kind declares an item is called).
 */
type Param<M extends string = MessageId> = string | number | undefined | {
    msg: M;
} | Localized;
type Params<M extends string = MessageId> = Readonly<Record<string, Param<M>>>;
/** Text given in both languages (rule metadata, kind titles). */
type Localized = Readonly<Record<Lang, string>>;

/** A path into a file's data; `*` stands for any list index, `{key}` for any key of a map. */
type PathPattern = readonly (string | number)[];
interface RefSpec<To extends string = string> {
    at: PathPattern;
    /** The item kind the id must name, or `any`. */
    to: To | 'any';
    /** The id must be defined in the same file (a solution's chosen approach, a step's upstream steps). */
    sameFile?: boolean;
}
/** A kind of item that carries an id (a requirement, a dataset…), as its kind declares it. */
interface ItemDecl {
    /** The top-level list whose items each define one; absent when the file itself is the item (an evaluation). */
    list?: string;
    /** What a message calls one ("unknown metric `M-9`"). */
    label: Localized;
    /** The id prefix `aipm new` and the scaffolds use (`M-`); never checked. */
    prefix?: string;
}
/**
 * Everything aipm knows about a kind, in one place: `src/kinds/<kind>.ts` declares it with
 * `defineKind`, and the registries (`kinds/index.ts`) derive from the declarations. What lives
 * elsewhere is named here and a test checks it exists: the template and the skeleton `aipm new`
 * starts from, and, when the template is not the generic `document`, the kind's own view
 * (`src/render/views/<name>.ts`, registered by kind name).
 */
interface KindDecl {
    name: string;
    title: Localized;
    /** The whole file: envelope plus body. Built on first use (a getter over `lazily`). */
    readonly schema: zod_mini.ZodMiniObject;
    /** The item kinds it defines, by name. */
    items: Readonly<Record<string, ItemDecl>>;
    /** Where this kind refers to ids defined elsewhere. */
    refs: readonly RefSpec[];
    /**
     * `templates/<template>.hbs` renders it (a workspace may bring its own of that name). A kind with
     * no view of its own says `document`: every field, lists of items as tables (`views/generic.ts`).
     */
    template: string;
    /** `scaffolds/new/<lang>/<skeleton>`: what `aipm new` starts a file of this kind from. */
    skeleton: string;
    /** `aipm init` writes one, from `scaffolds/<product type>/<lang>/<name>.yaml`. */
    init?: boolean;
}
/** What the registries derive from a declaration's `items` (the shape the checker reads). */
interface KindDerived<Item extends string = string> {
    /** Top-level lists whose items each define an id of the given item kind. */
    lists: Readonly<Record<string, Item>>;
    /** The item kind of the file itself, when the file defines one id (an evaluation). */
    fileItem?: Item;
    /** Id prefixes, by item kind. */
    idPrefixes: Partial<Record<Item, string>>;
}

/**
 * Every kind, in lifecycle order (the order of the packet, of `aipm new`'s list, of the docs).
 * A kind is declared once, in its own module; everything below derives from this list.
 */
declare const declared: readonly [{
    readonly name: "requirements";
    readonly title: {
        readonly zh: "产品需求清单";
        readonly en: "Requirements";
    };
    readonly schema: zod_mini.ZodMiniObject<{
        requirements: zod_mini.ZodMiniPipe<zod_mini.ZodMiniNullable<zod_mini.ZodMiniArray<zod_mini.ZodMiniObject<{
            id: zod_mini.ZodMiniString<string>;
            title: zod_mini.ZodMiniString<string>;
            problem: zod_mini.ZodMiniString<string>;
            priority: zod_mini.ZodMiniEnum<{
                P0: "P0";
                P1: "P1";
                P2: "P2";
                P3: "P3";
            }>;
            owner: zod_mini.ZodMiniString<string>;
            status: zod_mini.ZodMiniEnum<{
                "in-progress": "in-progress";
                done: "done";
                proposed: "proposed";
                accepted: "accepted";
                dropped: "dropped";
            }>;
            type: zod_mini.ZodMiniDefault<zod_mini.ZodMiniEnum<{
                compliance: "compliance";
                feature: "feature";
                "tech-debt": "tech-debt";
                exploration: "exploration";
            }>>;
            scenario: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
            pain: zod_mini.ZodMiniOptional<zod_mini.ZodMiniObject<{
                frequency: zod_mini.ZodMiniNumber<number>;
                reach: zod_mini.ZodMiniNumber<number>;
                cost: zod_mini.ZodMiniNumber<number>;
            }, zod_v4_core.$strict>>;
            value: zod_mini.ZodMiniOptional<zod_mini.ZodMiniNumber<number>>;
            difficulty: zod_mini.ZodMiniOptional<zod_mini.ZodMiniNumber<number>>;
            ai_fit: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
            feasibility: zod_mini.ZodMiniOptional<zod_mini.ZodMiniObject<{
                verdict: zod_mini.ZodMiniEnum<{
                    can: "can";
                    hard: "hard";
                    cannot: "cannot";
                }>;
                note: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
            }, zod_v4_core.$strict>>;
            targets: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniObject<{
                metric: zod_mini.ZodMiniString<string>;
                target: zod_mini.ZodMiniOptional<zod_mini.ZodMiniUnion<readonly [zod_mini.ZodMiniString<string>, zod_mini.ZodMiniObject<{
                    op: zod_mini.ZodMiniEnum<{
                        ">=": ">=";
                        "<=": "<=";
                        ">": ">";
                        "<": "<";
                        "==": "==";
                        "\u2265": "≥";
                        "\u2264": "≤";
                    }>;
                    value: zod_mini.ZodMiniNumber<number>;
                }, zod_v4_core.$strict>]>>;
            }, zod_v4_core.$strict>>>;
            scope: zod_mini.ZodMiniOptional<zod_mini.ZodMiniObject<{
                in: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniString<string>>>;
                out: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniString<string>>>;
            }, zod_v4_core.$strict>>;
            datasets: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniString<string>>>;
            alternatives: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniString<string>>>;
            due: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
        }, zod_v4_core.$strict>>>, zod_mini.ZodMiniTransform<{
            id: string;
            title: string;
            problem: string;
            priority: "P0" | "P1" | "P2" | "P3";
            owner: string;
            status: "in-progress" | "done" | "proposed" | "accepted" | "dropped";
            type: "compliance" | "feature" | "tech-debt" | "exploration";
            scenario?: string | undefined;
            pain?: {
                frequency: number;
                reach: number;
                cost: number;
            } | undefined;
            value?: number | undefined;
            difficulty?: number | undefined;
            ai_fit?: string | undefined;
            feasibility?: {
                verdict: "can" | "hard" | "cannot";
                note?: string | undefined;
            } | undefined;
            targets?: {
                metric: string;
                target?: string | {
                    op: ">=" | "<=" | ">" | "<" | "==" | "≥" | "≤";
                    value: number;
                } | undefined;
            }[] | undefined;
            scope?: {
                in?: string[] | undefined;
                out?: string[] | undefined;
            } | undefined;
            datasets?: string[] | undefined;
            alternatives?: string[] | undefined;
            due?: string | undefined;
        }[], {
            id: string;
            title: string;
            problem: string;
            priority: "P0" | "P1" | "P2" | "P3";
            owner: string;
            status: "in-progress" | "done" | "proposed" | "accepted" | "dropped";
            type: "compliance" | "feature" | "tech-debt" | "exploration";
            scenario?: string | undefined;
            pain?: {
                frequency: number;
                reach: number;
                cost: number;
            } | undefined;
            value?: number | undefined;
            difficulty?: number | undefined;
            ai_fit?: string | undefined;
            feasibility?: {
                verdict: "can" | "hard" | "cannot";
                note?: string | undefined;
            } | undefined;
            targets?: {
                metric: string;
                target?: string | {
                    op: ">=" | "<=" | ">" | "<" | "==" | "≥" | "≤";
                    value: number;
                } | undefined;
            }[] | undefined;
            scope?: {
                in?: string[] | undefined;
                out?: string[] | undefined;
            } | undefined;
            datasets?: string[] | undefined;
            alternatives?: string[] | undefined;
            due?: string | undefined;
        }[] | null>>;
        kind: zod_mini.ZodMiniLiteral<"requirements">;
        version: zod_mini.ZodMiniLiteral<1>;
        title: zod_mini.ZodMiniString<string>;
        owner: zod_mini.ZodMiniString<string>;
        status: zod_mini.ZodMiniEnum<{
            draft: "draft";
            "in-review": "in-review";
            approved: "approved";
            superseded: "superseded";
        }>;
        updated: zod_mini.ZodMiniString<string>;
        links: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniString<string>>>;
    }, zod_v4_core.$strict>;
    readonly items: {
        readonly requirement: {
            readonly list: "requirements";
            readonly label: {
                readonly zh: "需求";
                readonly en: "requirement";
            };
            readonly prefix: "REQ-";
        };
    };
    readonly refs: readonly [{
        readonly at: readonly ["requirements", "*", "targets", "*", "metric"];
        readonly to: "metric";
    }, {
        readonly at: readonly ["requirements", "*", "datasets", "*"];
        readonly to: "dataset";
    }];
    readonly template: "requirements";
    readonly skeleton: "requirements.yaml";
    readonly init: true;
} & KindDerived<string>, {
    readonly name: "data-feasibility";
    readonly title: {
        readonly zh: "数据可行性报告";
        readonly en: "Data feasibility";
    };
    readonly schema: zod_mini.ZodMiniObject<{
        conclusion: zod_mini.ZodMiniOptional<zod_mini.ZodMiniEnum<{
            go: "go";
            conditional: "conditional";
            "no-go": "no-go";
        }>>;
        datasets: zod_mini.ZodMiniPipe<zod_mini.ZodMiniNullable<zod_mini.ZodMiniArray<zod_mini.ZodMiniObject<{
            id: zod_mini.ZodMiniString<string>;
            name: zod_mini.ZodMiniString<string>;
            owner: zod_mini.ZodMiniString<string>;
            source: zod_mini.ZodMiniEnum<{
                internal: "internal";
                external: "external";
                purchased: "purchased";
                generated: "generated";
            }>;
            availability: zod_mini.ZodMiniEnum<{
                available: "available";
                partial: "partial";
                unavailable: "unavailable";
            }>;
            volume: zod_mini.ZodMiniOptional<zod_mini.ZodMiniObject<{
                have: zod_mini.ZodMiniNumber<number>;
                need: zod_mini.ZodMiniNumber<number>;
                unit: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
            }, zod_v4_core.$strict>>;
            quality: zod_mini.ZodMiniOptional<zod_mini.ZodMiniObject<{
                missing_rate: zod_mini.ZodMiniOptional<zod_mini.ZodMiniNumber<number>>;
                anomaly_rate: zod_mini.ZodMiniOptional<zod_mini.ZodMiniNumber<number>>;
                label_error_rate: zod_mini.ZodMiniOptional<zod_mini.ZodMiniNumber<number>>;
            }, zod_v4_core.$strict>>;
            coverage: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniObject<{
                scenario: zod_mini.ZodMiniString<string>;
                covered: zod_mini.ZodMiniBoolean<boolean>;
            }, zod_v4_core.$strict>>>;
            bias_risks: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniString<string>>>;
            labeling: zod_mini.ZodMiniOptional<zod_mini.ZodMiniObject<{
                required: zod_mini.ZodMiniBoolean<boolean>;
                rules: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
                max_error_rate: zod_mini.ZodMiniOptional<zod_mini.ZodMiniNumber<number>>;
                sample_rate: zod_mini.ZodMiniOptional<zod_mini.ZodMiniNumber<number>>;
            }, zod_v4_core.$strict>>;
            compliance: zod_mini.ZodMiniOptional<zod_mini.ZodMiniObject<{
                personal_data: zod_mini.ZodMiniBoolean<boolean>;
                consent: zod_mini.ZodMiniOptional<zod_mini.ZodMiniBoolean<boolean>>;
                anonymized: zod_mini.ZodMiniOptional<zod_mini.ZodMiniBoolean<boolean>>;
                basis: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
            }, zod_v4_core.$strict>>;
            verdict: zod_mini.ZodMiniEnum<{
                go: "go";
                conditional: "conditional";
                "no-go": "no-go";
            }>;
            gaps: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniString<string>>>;
        }, zod_v4_core.$strict>>>, zod_mini.ZodMiniTransform<{
            id: string;
            name: string;
            owner: string;
            source: "internal" | "external" | "purchased" | "generated";
            availability: "available" | "partial" | "unavailable";
            verdict: "go" | "conditional" | "no-go";
            volume?: {
                have: number;
                need: number;
                unit?: string | undefined;
            } | undefined;
            quality?: {
                missing_rate?: number | undefined;
                anomaly_rate?: number | undefined;
                label_error_rate?: number | undefined;
            } | undefined;
            coverage?: {
                scenario: string;
                covered: boolean;
            }[] | undefined;
            bias_risks?: string[] | undefined;
            labeling?: {
                required: boolean;
                rules?: string | undefined;
                max_error_rate?: number | undefined;
                sample_rate?: number | undefined;
            } | undefined;
            compliance?: {
                personal_data: boolean;
                consent?: boolean | undefined;
                anonymized?: boolean | undefined;
                basis?: string | undefined;
            } | undefined;
            gaps?: string[] | undefined;
        }[], {
            id: string;
            name: string;
            owner: string;
            source: "internal" | "external" | "purchased" | "generated";
            availability: "available" | "partial" | "unavailable";
            verdict: "go" | "conditional" | "no-go";
            volume?: {
                have: number;
                need: number;
                unit?: string | undefined;
            } | undefined;
            quality?: {
                missing_rate?: number | undefined;
                anomaly_rate?: number | undefined;
                label_error_rate?: number | undefined;
            } | undefined;
            coverage?: {
                scenario: string;
                covered: boolean;
            }[] | undefined;
            bias_risks?: string[] | undefined;
            labeling?: {
                required: boolean;
                rules?: string | undefined;
                max_error_rate?: number | undefined;
                sample_rate?: number | undefined;
            } | undefined;
            compliance?: {
                personal_data: boolean;
                consent?: boolean | undefined;
                anonymized?: boolean | undefined;
                basis?: string | undefined;
            } | undefined;
            gaps?: string[] | undefined;
        }[] | null>>;
        kind: zod_mini.ZodMiniLiteral<"data-feasibility">;
        version: zod_mini.ZodMiniLiteral<1>;
        title: zod_mini.ZodMiniString<string>;
        owner: zod_mini.ZodMiniString<string>;
        status: zod_mini.ZodMiniEnum<{
            draft: "draft";
            "in-review": "in-review";
            approved: "approved";
            superseded: "superseded";
        }>;
        updated: zod_mini.ZodMiniString<string>;
        links: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniString<string>>>;
    }, zod_v4_core.$strict>;
    readonly items: {
        readonly dataset: {
            readonly list: "datasets";
            readonly label: {
                readonly zh: "数据集";
                readonly en: "dataset";
            };
            readonly prefix: "DS-";
        };
    };
    readonly refs: readonly [];
    readonly template: "data-feasibility";
    readonly skeleton: "data-feasibility.yaml";
    readonly init: true;
} & KindDerived<string>, {
    readonly name: "metrics";
    readonly title: {
        readonly zh: "AI目标说明书（指标）";
        readonly en: "Metrics";
    };
    readonly schema: zod_mini.ZodMiniObject<{
        metrics: zod_mini.ZodMiniPipe<zod_mini.ZodMiniNullable<zod_mini.ZodMiniArray<zod_mini.ZodMiniObject<{
            id: zod_mini.ZodMiniString<string>;
            name: zod_mini.ZodMiniString<string>;
            owner: zod_mini.ZodMiniString<string>;
            definition: zod_mini.ZodMiniString<string>;
            unit: zod_mini.ZodMiniString<string>;
            layer: zod_mini.ZodMiniEnum<{
                business: "business";
                model: "model";
                system: "system";
                guardrail: "guardrail";
                feedback: "feedback";
            }>;
            target: zod_mini.ZodMiniUnion<readonly [zod_mini.ZodMiniString<string>, zod_mini.ZodMiniObject<{
                op: zod_mini.ZodMiniEnum<{
                    ">=": ">=";
                    "<=": "<=";
                    ">": ">";
                    "<": "<";
                    "==": "==";
                    "\u2265": "≥";
                    "\u2264": "≤";
                }>;
                value: zod_mini.ZodMiniNumber<number>;
            }, zod_v4_core.$strict>]>;
            baseline: zod_mini.ZodMiniOptional<zod_mini.ZodMiniNumber<number>>;
            red_line: zod_mini.ZodMiniOptional<zod_mini.ZodMiniObject<{
                target: zod_mini.ZodMiniUnion<readonly [zod_mini.ZodMiniString<string>, zod_mini.ZodMiniObject<{
                    op: zod_mini.ZodMiniEnum<{
                        ">=": ">=";
                        "<=": "<=";
                        ">": ">";
                        "<": "<";
                        "==": "==";
                        "\u2265": "≥";
                        "\u2264": "≤";
                    }>;
                    value: zod_mini.ZodMiniNumber<number>;
                }, zod_v4_core.$strict>]>;
                action: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
            }, zod_v4_core.$strict>>;
            measured_on: zod_mini.ZodMiniOptional<zod_mini.ZodMiniObject<{
                dataset: zod_mini.ZodMiniString<string>;
                method: zod_mini.ZodMiniEnum<{
                    offline: "offline";
                    "online-ab": "online-ab";
                    shadow: "shadow";
                    manual: "manual";
                }>;
            }, zod_v4_core.$strict>>;
            supports: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniString<string>>>;
            guards: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniString<string>>>;
            segments: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniObject<{
                name: zod_mini.ZodMiniString<string>;
                target: zod_mini.ZodMiniUnion<readonly [zod_mini.ZodMiniString<string>, zod_mini.ZodMiniObject<{
                    op: zod_mini.ZodMiniEnum<{
                        ">=": ">=";
                        "<=": "<=";
                        ">": ">";
                        "<": "<";
                        "==": "==";
                        "\u2265": "≥";
                        "\u2264": "≤";
                    }>;
                    value: zod_mini.ZodMiniNumber<number>;
                }, zod_v4_core.$strict>]>;
            }, zod_v4_core.$strict>>>;
            min_samples: zod_mini.ZodMiniOptional<zod_mini.ZodMiniNumber<number>>;
            measured_by: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniObject<{
                tool: zod_mini.ZodMiniEnum<{
                    "lm-eval": "lm-eval";
                    inspect: "inspect";
                    promptfoo: "promptfoo";
                    "model-index": "model-index";
                }>;
                task: zod_mini.ZodMiniString<string>;
                metric: zod_mini.ZodMiniString<string>;
                filter: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
                scale: zod_mini.ZodMiniOptional<zod_mini.ZodMiniNumber<number>>;
                segment: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
            }, zod_v4_core.$strict>>>;
            tolerance: zod_mini.ZodMiniOptional<zod_mini.ZodMiniNumber<number>>;
        }, zod_v4_core.$strict>>>, zod_mini.ZodMiniTransform<{
            id: string;
            name: string;
            owner: string;
            definition: string;
            unit: string;
            layer: "business" | "model" | "system" | "guardrail" | "feedback";
            target: string | {
                op: ">=" | "<=" | ">" | "<" | "==" | "≥" | "≤";
                value: number;
            };
            baseline?: number | undefined;
            red_line?: {
                target: string | {
                    op: ">=" | "<=" | ">" | "<" | "==" | "≥" | "≤";
                    value: number;
                };
                action?: string | undefined;
            } | undefined;
            measured_on?: {
                dataset: string;
                method: "offline" | "online-ab" | "shadow" | "manual";
            } | undefined;
            supports?: string[] | undefined;
            guards?: string[] | undefined;
            segments?: {
                name: string;
                target: string | {
                    op: ">=" | "<=" | ">" | "<" | "==" | "≥" | "≤";
                    value: number;
                };
            }[] | undefined;
            min_samples?: number | undefined;
            measured_by?: {
                tool: "lm-eval" | "inspect" | "promptfoo" | "model-index";
                task: string;
                metric: string;
                filter?: string | undefined;
                scale?: number | undefined;
                segment?: string | undefined;
            }[] | undefined;
            tolerance?: number | undefined;
        }[], {
            id: string;
            name: string;
            owner: string;
            definition: string;
            unit: string;
            layer: "business" | "model" | "system" | "guardrail" | "feedback";
            target: string | {
                op: ">=" | "<=" | ">" | "<" | "==" | "≥" | "≤";
                value: number;
            };
            baseline?: number | undefined;
            red_line?: {
                target: string | {
                    op: ">=" | "<=" | ">" | "<" | "==" | "≥" | "≤";
                    value: number;
                };
                action?: string | undefined;
            } | undefined;
            measured_on?: {
                dataset: string;
                method: "offline" | "online-ab" | "shadow" | "manual";
            } | undefined;
            supports?: string[] | undefined;
            guards?: string[] | undefined;
            segments?: {
                name: string;
                target: string | {
                    op: ">=" | "<=" | ">" | "<" | "==" | "≥" | "≤";
                    value: number;
                };
            }[] | undefined;
            min_samples?: number | undefined;
            measured_by?: {
                tool: "lm-eval" | "inspect" | "promptfoo" | "model-index";
                task: string;
                metric: string;
                filter?: string | undefined;
                scale?: number | undefined;
                segment?: string | undefined;
            }[] | undefined;
            tolerance?: number | undefined;
        }[] | null>>;
        kind: zod_mini.ZodMiniLiteral<"metrics">;
        version: zod_mini.ZodMiniLiteral<1>;
        title: zod_mini.ZodMiniString<string>;
        owner: zod_mini.ZodMiniString<string>;
        status: zod_mini.ZodMiniEnum<{
            draft: "draft";
            "in-review": "in-review";
            approved: "approved";
            superseded: "superseded";
        }>;
        updated: zod_mini.ZodMiniString<string>;
        links: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniString<string>>>;
    }, zod_v4_core.$strict>;
    readonly items: {
        readonly metric: {
            readonly list: "metrics";
            readonly label: {
                readonly zh: "指标";
                readonly en: "metric";
            };
            readonly prefix: "M-";
        };
    };
    readonly refs: readonly [{
        readonly at: readonly ["metrics", "*", "supports", "*"];
        readonly to: "metric";
    }, {
        readonly at: readonly ["metrics", "*", "guards", "*"];
        readonly to: "metric";
    }, {
        readonly at: readonly ["metrics", "*", "measured_on", "dataset"];
        readonly to: "dataset";
    }];
    readonly template: "metrics";
    readonly skeleton: "metrics.yaml";
    readonly init: true;
} & KindDerived<string>, {
    readonly name: "solution";
    readonly title: {
        readonly zh: "算法与数据方案";
        readonly en: "Solution";
    };
    readonly schema: zod_mini.ZodMiniObject<{
        task: zod_mini.ZodMiniObject<{
            type: zod_mini.ZodMiniString<string>;
            input: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
            output: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
        }, zod_v4_core.$strict>;
        requirements: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniString<string>>>;
        approaches: zod_mini.ZodMiniArray<zod_mini.ZodMiniObject<{
            id: zod_mini.ZodMiniString<string>;
            name: zod_mini.ZodMiniString<string>;
            summary: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
            pros: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniString<string>>>;
            cons: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniString<string>>>;
            estimates: zod_mini.ZodMiniOptional<zod_mini.ZodMiniRecord<zod_mini.ZodMiniString<string>, zod_mini.ZodMiniNumber<number>>>;
            cost: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
        }, zod_v4_core.$strict>>;
        chosen: zod_mini.ZodMiniString<string>;
        rationale: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
        pipeline: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniObject<{
            id: zod_mini.ZodMiniString<string>;
            step: zod_mini.ZodMiniString<string>;
            stage: zod_mini.ZodMiniEnum<{
                source: "source";
                feedback: "feedback";
                clean: "clean";
                label: "label";
                split: "split";
                train: "train";
                evaluate: "evaluate";
                serve: "serve";
            }>;
            datasets: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniString<string>>>;
            after: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniString<string>>>;
            owner: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
        }, zod_v4_core.$strict>>>;
        limits: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniObject<{
            id: zod_mini.ZodMiniString<string>;
            limit: zod_mini.ZodMiniString<string>;
            metric: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
            segment: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
            scenario: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
            mitigation: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
            type: zod_mini.ZodMiniOptional<zod_mini.ZodMiniEnum<{
                feedback: "feedback";
                notice: "notice";
                scope: "scope";
                confirm: "confirm";
                "human-review": "human-review";
                fallback: "fallback";
            }>>;
        }, zod_v4_core.$strict>>>;
        deployment: zod_mini.ZodMiniOptional<zod_mini.ZodMiniObject<{
            serving: zod_mini.ZodMiniOptional<zod_mini.ZodMiniEnum<{
                online: "online";
                batch: "batch";
                edge: "edge";
            }>>;
            latency_budget_ms: zod_mini.ZodMiniOptional<zod_mini.ZodMiniNumber<number>>;
            hardware: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
            notes: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
        }, zod_v4_core.$strict>>;
        kind: zod_mini.ZodMiniLiteral<"solution">;
        version: zod_mini.ZodMiniLiteral<1>;
        title: zod_mini.ZodMiniString<string>;
        owner: zod_mini.ZodMiniString<string>;
        status: zod_mini.ZodMiniEnum<{
            draft: "draft";
            "in-review": "in-review";
            approved: "approved";
            superseded: "superseded";
        }>;
        updated: zod_mini.ZodMiniString<string>;
        links: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniString<string>>>;
    }, zod_v4_core.$strict>;
    readonly items: {
        readonly approach: {
            readonly list: "approaches";
            readonly label: {
                readonly zh: "候选方案";
                readonly en: "candidate approach";
            };
            readonly prefix: "AP-";
        };
        readonly 'pipeline-step': {
            readonly list: "pipeline";
            readonly label: {
                readonly zh: "数据流程步骤";
                readonly en: "pipeline step";
            };
            readonly prefix: "PL-";
        };
        readonly limit: {
            readonly list: "limits";
            readonly label: {
                readonly zh: "能力边界";
                readonly en: "limit";
            };
            readonly prefix: "LIM-";
        };
    };
    readonly refs: readonly [{
        readonly at: readonly ["requirements", "*"];
        readonly to: "requirement";
    }, {
        readonly at: readonly ["chosen"];
        readonly to: "approach";
        readonly sameFile: true;
    }, {
        readonly at: readonly ["approaches", "*", "estimates", "{key}"];
        readonly to: "metric";
    }, {
        readonly at: readonly ["pipeline", "*", "datasets", "*"];
        readonly to: "dataset";
    }, {
        readonly at: readonly ["pipeline", "*", "after", "*"];
        readonly to: "pipeline-step";
        readonly sameFile: true;
    }, {
        readonly at: readonly ["limits", "*", "metric"];
        readonly to: "metric";
    }];
    readonly template: "solution";
    readonly skeleton: "solution.yaml";
    readonly init: true;
} & KindDerived<string>, {
    readonly name: "milestones";
    readonly title: {
        readonly zh: "里程碑计划";
        readonly en: "Milestones";
    };
    readonly schema: zod_mini.ZodMiniObject<{
        cadence: zod_mini.ZodMiniOptional<zod_mini.ZodMiniObject<{
            standup: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
            sync: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
            review: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
        }, zod_v4_core.$strict>>;
        milestones: zod_mini.ZodMiniPipe<zod_mini.ZodMiniNullable<zod_mini.ZodMiniArray<zod_mini.ZodMiniObject<{
            id: zod_mini.ZodMiniString<string>;
            name: zod_mini.ZodMiniString<string>;
            stage: zod_mini.ZodMiniEnum<{
                model: "model";
                evaluation: "evaluation";
                monitoring: "monitoring";
                data: "data";
                integration: "integration";
                launch: "launch";
            }>;
            owner: zod_mini.ZodMiniString<string>;
            start: zod_mini.ZodMiniString<string>;
            due: zod_mini.ZodMiniString<string>;
            buffer_days: zod_mini.ZodMiniOptional<zod_mini.ZodMiniNumber<number>>;
            depends_on: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniString<string>>>;
            requirements: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniString<string>>>;
            deliverables: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniString<string>>>;
            acceptance: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniString<string>>>;
            status: zod_mini.ZodMiniEnum<{
                planned: "planned";
                "in-progress": "in-progress";
                done: "done";
                "at-risk": "at-risk";
                slipped: "slipped";
            }>;
            done_on: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
        }, zod_v4_core.$strict>>>, zod_mini.ZodMiniTransform<{
            id: string;
            name: string;
            stage: "model" | "evaluation" | "monitoring" | "data" | "integration" | "launch";
            owner: string;
            start: string;
            due: string;
            status: "planned" | "in-progress" | "done" | "at-risk" | "slipped";
            buffer_days?: number | undefined;
            depends_on?: string[] | undefined;
            requirements?: string[] | undefined;
            deliverables?: string[] | undefined;
            acceptance?: string[] | undefined;
            done_on?: string | undefined;
        }[], {
            id: string;
            name: string;
            stage: "model" | "evaluation" | "monitoring" | "data" | "integration" | "launch";
            owner: string;
            start: string;
            due: string;
            status: "planned" | "in-progress" | "done" | "at-risk" | "slipped";
            buffer_days?: number | undefined;
            depends_on?: string[] | undefined;
            requirements?: string[] | undefined;
            deliverables?: string[] | undefined;
            acceptance?: string[] | undefined;
            done_on?: string | undefined;
        }[] | null>>;
        risks: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniObject<{
            id: zod_mini.ZodMiniString<string>;
            description: zod_mini.ZodMiniString<string>;
            probability: zod_mini.ZodMiniEnum<{
                low: "low";
                high: "high";
                medium: "medium";
            }>;
            impact: zod_mini.ZodMiniEnum<{
                low: "low";
                high: "high";
                medium: "medium";
            }>;
            mitigation: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
            owner: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
            trigger: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
            affects: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniString<string>>>;
            status: zod_mini.ZodMiniDefault<zod_mini.ZodMiniEnum<{
                open: "open";
                mitigating: "mitigating";
                closed: "closed";
            }>>;
        }, zod_v4_core.$strict>>>;
        kind: zod_mini.ZodMiniLiteral<"milestones">;
        version: zod_mini.ZodMiniLiteral<1>;
        title: zod_mini.ZodMiniString<string>;
        owner: zod_mini.ZodMiniString<string>;
        status: zod_mini.ZodMiniEnum<{
            draft: "draft";
            "in-review": "in-review";
            approved: "approved";
            superseded: "superseded";
        }>;
        updated: zod_mini.ZodMiniString<string>;
        links: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniString<string>>>;
    }, zod_v4_core.$strict>;
    readonly items: {
        readonly milestone: {
            readonly list: "milestones";
            readonly label: {
                readonly zh: "里程碑";
                readonly en: "milestone";
            };
            readonly prefix: "MS-";
        };
        readonly risk: {
            readonly list: "risks";
            readonly label: {
                readonly zh: "风险";
                readonly en: "risk";
            };
            readonly prefix: "RISK-";
        };
    };
    readonly refs: readonly [{
        readonly at: readonly ["milestones", "*", "depends_on", "*"];
        readonly to: "milestone";
    }, {
        readonly at: readonly ["milestones", "*", "requirements", "*"];
        readonly to: "requirement";
    }, {
        readonly at: readonly ["risks", "*", "affects", "*"];
        readonly to: "milestone";
    }];
    readonly template: "milestones";
    readonly skeleton: "milestones.yaml";
    readonly init: true;
} & KindDerived<string>, {
    readonly name: "review";
    readonly title: {
        readonly zh: "评审会议纪要";
        readonly en: "Review record";
    };
    readonly schema: zod_mini.ZodMiniObject<{
        date: zod_mini.ZodMiniString<string>;
        participants: zod_mini.ZodMiniArray<zod_mini.ZodMiniString<string>>;
        focus: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniString<string>>>;
        decisions: zod_mini.ZodMiniArray<zod_mini.ZodMiniObject<{
            id: zod_mini.ZodMiniString<string>;
            decision: zod_mini.ZodMiniString<string>;
            rationale: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
            owner: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
            due: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
            risks: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniString<string>>>;
            status: zod_mini.ZodMiniDefault<zod_mini.ZodMiniEnum<{
                open: "open";
                done: "done";
            }>>;
        }, zod_v4_core.$strict>>;
        open_questions: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniObject<{
            question: zod_mini.ZodMiniString<string>;
            owner: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
            follow_up: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
        }, zod_v4_core.$strict>>>;
        changes: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniObject<{
            ref: zod_mini.ZodMiniString<string>;
            change: zod_mini.ZodMiniString<string>;
        }, zod_v4_core.$strict>>>;
        kind: zod_mini.ZodMiniLiteral<"review">;
        version: zod_mini.ZodMiniLiteral<1>;
        title: zod_mini.ZodMiniString<string>;
        owner: zod_mini.ZodMiniString<string>;
        status: zod_mini.ZodMiniEnum<{
            draft: "draft";
            "in-review": "in-review";
            approved: "approved";
            superseded: "superseded";
        }>;
        updated: zod_mini.ZodMiniString<string>;
        links: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniString<string>>>;
    }, zod_v4_core.$strict>;
    readonly items: {
        readonly decision: {
            readonly list: "decisions";
            readonly label: {
                readonly zh: "决策";
                readonly en: "decision";
            };
            readonly prefix: "D-";
        };
    };
    readonly refs: readonly [{
        readonly at: readonly ["changes", "*", "ref"];
        readonly to: "any";
    }];
    readonly template: "review";
    readonly skeleton: "review.yaml";
} & KindDerived<string>, {
    readonly name: "evaluation";
    readonly title: {
        readonly zh: "效果评估报告";
        readonly en: "Evaluation report";
    };
    readonly schema: zod_mini.ZodMiniObject<{
        id: zod_mini.ZodMiniString<string>;
        model: zod_mini.ZodMiniString<string>;
        date: zod_mini.ZodMiniString<string>;
        dataset: zod_mini.ZodMiniString<string>;
        experiments: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniObject<{
            id: zod_mini.ZodMiniString<string>;
            change: zod_mini.ZodMiniString<string>;
            results: zod_mini.ZodMiniOptional<zod_mini.ZodMiniRecord<zod_mini.ZodMiniString<string>, zod_mini.ZodMiniNumber<number>>>;
        }, zod_v4_core.$strict>>>;
        results: zod_mini.ZodMiniArray<zod_mini.ZodMiniObject<{
            segments: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniObject<{
                n: zod_mini.ZodMiniOptional<zod_mini.ZodMiniNumber<number>>;
                ci: zod_mini.ZodMiniOptional<zod_mini.ZodMiniTuple<readonly [zod_mini.ZodMiniNumber<number>, zod_mini.ZodMiniNumber<number>], null>>;
                stderr: zod_mini.ZodMiniOptional<zod_mini.ZodMiniNumber<number>>;
                source: zod_mini.ZodMiniOptional<zod_mini.ZodMiniObject<{
                    tool: zod_mini.ZodMiniEnum<{
                        "lm-eval": "lm-eval";
                        inspect: "inspect";
                        promptfoo: "promptfoo";
                        "model-index": "model-index";
                    }>;
                    file: zod_mini.ZodMiniString<string>;
                    sha256: zod_mini.ZodMiniString<string>;
                    task: zod_mini.ZodMiniString<string>;
                    metric: zod_mini.ZodMiniString<string>;
                    filter: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
                    imported: zod_mini.ZodMiniString<string>;
                }, zod_v4_core.$strict>>;
                name: zod_mini.ZodMiniString<string>;
                value: zod_mini.ZodMiniNumber<number>;
            }, zod_v4_core.$strict>>>;
            n: zod_mini.ZodMiniOptional<zod_mini.ZodMiniNumber<number>>;
            ci: zod_mini.ZodMiniOptional<zod_mini.ZodMiniTuple<readonly [zod_mini.ZodMiniNumber<number>, zod_mini.ZodMiniNumber<number>], null>>;
            stderr: zod_mini.ZodMiniOptional<zod_mini.ZodMiniNumber<number>>;
            source: zod_mini.ZodMiniOptional<zod_mini.ZodMiniObject<{
                tool: zod_mini.ZodMiniEnum<{
                    "lm-eval": "lm-eval";
                    inspect: "inspect";
                    promptfoo: "promptfoo";
                    "model-index": "model-index";
                }>;
                file: zod_mini.ZodMiniString<string>;
                sha256: zod_mini.ZodMiniString<string>;
                task: zod_mini.ZodMiniString<string>;
                metric: zod_mini.ZodMiniString<string>;
                filter: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
                imported: zod_mini.ZodMiniString<string>;
            }, zod_v4_core.$strict>>;
            metric: zod_mini.ZodMiniString<string>;
            value: zod_mini.ZodMiniNumber<number>;
        }, zod_v4_core.$strict>>;
        analysis: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
        decision: zod_mini.ZodMiniEnum<{
            ship: "ship";
            iterate: "iterate";
            stop: "stop";
        }>;
        improvements: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniObject<{
            problem: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
            cause: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
            action: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
            owner: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
            due: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
        }, zod_v4_core.$strict>>>;
        kind: zod_mini.ZodMiniLiteral<"evaluation">;
        version: zod_mini.ZodMiniLiteral<1>;
        title: zod_mini.ZodMiniString<string>;
        owner: zod_mini.ZodMiniString<string>;
        status: zod_mini.ZodMiniEnum<{
            draft: "draft";
            "in-review": "in-review";
            approved: "approved";
            superseded: "superseded";
        }>;
        updated: zod_mini.ZodMiniString<string>;
        links: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniString<string>>>;
    }, zod_v4_core.$strict>;
    readonly items: {
        readonly evaluation: {
            readonly label: {
                readonly zh: "评估";
                readonly en: "evaluation";
            };
            readonly prefix: "EV-";
        };
        readonly experiment: {
            readonly list: "experiments";
            readonly label: {
                readonly zh: "实验";
                readonly en: "experiment";
            };
            readonly prefix: "EXP-";
        };
    };
    readonly refs: readonly [{
        readonly at: readonly ["dataset"];
        readonly to: "dataset";
    }, {
        readonly at: readonly ["results", "*", "metric"];
        readonly to: "metric";
    }, {
        readonly at: readonly ["experiments", "*", "results", "{key}"];
        readonly to: "metric";
    }];
    readonly template: "evaluation";
    readonly skeleton: "evaluation.yaml";
} & KindDerived<string>, {
    readonly name: "launch-plan";
    readonly title: {
        readonly zh: "上线计划";
        readonly en: "Launch plan";
    };
    readonly schema: zod_mini.ZodMiniObject<{
        strategy: zod_mini.ZodMiniDefault<zod_mini.ZodMiniEnum<{
            gradual: "gradual";
            full: "full";
        }>>;
        reason: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
        rollout: zod_mini.ZodMiniArray<zod_mini.ZodMiniObject<{
            stage: zod_mini.ZodMiniString<string>;
            traffic: zod_mini.ZodMiniNumber<number>;
            days: zod_mini.ZodMiniOptional<zod_mini.ZodMiniNumber<number>>;
            exit_criteria: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniString<string>>>;
        }, zod_v4_core.$strict>>;
        rollback: zod_mini.ZodMiniOptional<zod_mini.ZodMiniObject<{
            triggers: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniObject<{
                metric: zod_mini.ZodMiniString<string>;
                target: zod_mini.ZodMiniUnion<readonly [zod_mini.ZodMiniString<string>, zod_mini.ZodMiniObject<{
                    op: zod_mini.ZodMiniEnum<{
                        ">=": ">=";
                        "<=": "<=";
                        ">": ">";
                        "<": "<";
                        "==": "==";
                        "\u2265": "≥";
                        "\u2264": "≤";
                    }>;
                    value: zod_mini.ZodMiniNumber<number>;
                }, zod_v4_core.$strict>]>;
            }, zod_v4_core.$strict>>>;
            procedure: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
            owner: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
            max_minutes: zod_mini.ZodMiniOptional<zod_mini.ZodMiniNumber<number>>;
        }, zod_v4_core.$strict>>;
        fallbacks: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniObject<{
            when: zod_mini.ZodMiniString<string>;
            action: zod_mini.ZodMiniString<string>;
        }, zod_v4_core.$strict>>>;
        monitoring: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniObject<{
            metric: zod_mini.ZodMiniString<string>;
            alert: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
            dashboard: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
        }, zod_v4_core.$strict>>>;
        drift: zod_mini.ZodMiniOptional<zod_mini.ZodMiniObject<{
            signals: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniString<string>>>;
            retrain: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
        }, zod_v4_core.$strict>>;
        notice: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
        kind: zod_mini.ZodMiniLiteral<"launch-plan">;
        version: zod_mini.ZodMiniLiteral<1>;
        title: zod_mini.ZodMiniString<string>;
        owner: zod_mini.ZodMiniString<string>;
        status: zod_mini.ZodMiniEnum<{
            draft: "draft";
            "in-review": "in-review";
            approved: "approved";
            superseded: "superseded";
        }>;
        updated: zod_mini.ZodMiniString<string>;
        links: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniString<string>>>;
    }, zod_v4_core.$strict>;
    readonly items: {};
    readonly refs: readonly [{
        readonly at: readonly ["rollback", "triggers", "*", "metric"];
        readonly to: "metric";
    }, {
        readonly at: readonly ["monitoring", "*", "metric"];
        readonly to: "metric";
    }];
    readonly template: "launch-plan";
    readonly skeleton: "launch-plan.yaml";
} & KindDerived<string>, {
    readonly name: "compliance";
    readonly title: {
        readonly zh: "合规与伦理复盘";
        readonly en: "Compliance review";
    };
    readonly schema: zod_mini.ZodMiniObject<{
        regulations: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniString<string>>>;
        checks: zod_mini.ZodMiniArray<zod_mini.ZodMiniObject<{
            id: zod_mini.ZodMiniString<string>;
            area: zod_mini.ZodMiniEnum<{
                other: "other";
                consent: "consent";
                anonymization: "anonymization";
                bias: "bias";
                explainability: "explainability";
                "content-safety": "content-safety";
                "human-oversight": "human-oversight";
                labeling: "labeling";
                filing: "filing";
                transparency: "transparency";
            }>;
            question: zod_mini.ZodMiniString<string>;
            status: zod_mini.ZodMiniEnum<{
                pass: "pass";
                fail: "fail";
                open: "open";
                "n/a": "n/a";
            }>;
            evidence: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
            owner: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
            covers: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniString<string>>>;
        }, zod_v4_core.$strict>>;
        kind: zod_mini.ZodMiniLiteral<"compliance">;
        version: zod_mini.ZodMiniLiteral<1>;
        title: zod_mini.ZodMiniString<string>;
        owner: zod_mini.ZodMiniString<string>;
        status: zod_mini.ZodMiniEnum<{
            draft: "draft";
            "in-review": "in-review";
            approved: "approved";
            superseded: "superseded";
        }>;
        updated: zod_mini.ZodMiniString<string>;
        links: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniString<string>>>;
    }, zod_v4_core.$strict>;
    readonly items: {
        readonly 'compliance-check': {
            readonly list: "checks";
            readonly label: {
                readonly zh: "合规检查项";
                readonly en: "compliance check";
            };
            readonly prefix: "C-";
        };
    };
    readonly refs: readonly [];
    readonly template: "compliance";
    readonly skeleton: "compliance.yaml";
} & KindDerived<string>];
type Declared$1 = (typeof declared)[number];
type KindName = Declared$1['name'];
/** A kind's declaration, with its literal types (the schema's, the item names). */
type KindDeclOf<K extends KindName> = Extract<Declared$1, {
    name: K;
}>;
/** Things that carry an id, and so can be referred to: the item kinds the kinds declare. */
type ItemKind = {
    [D in Declared$1 as D['name']]: keyof D['items'] & string;
}[KindName];
/** A kind as the stages after this one read it: its declaration, with the item lookups typed. */
interface KindDef extends Omit<KindDecl, 'name' | 'refs'>, KindDerived<ItemKind> {
    name: KindName;
    refs: readonly RefSpec<ItemKind>[];
}
declare const KIND_NAMES: readonly KindName[];
/** The registry of kinds by name. */
declare const kinds: { [K in KindName]: KindDef & {
    name: K;
    readonly schema: KindDeclOf<K>["schema"];
}; };
declare const ITEM_KINDS: readonly ItemKind[];

declare const OPERATORS: readonly [">=", "<=", ">", "<", "=="];
type Operator = (typeof OPERATORS)[number];
/** A change against a metric's `baseline`: `+ 5%` (5% of the baseline), `- 3pp` (percentage points). */
interface Change {
    /** Signed: `- 20%` is -20. */
    change: number;
    by: '%' | 'pp';
}
/**
 * A threshold to compare values with: `value` is always absolute. A target written relative to
 * the metric's baseline (`>= baseline + 5%`) keeps how it was written in `relative`, for display.
 * Only `parseTarget` makes one, and it needs the metric: a relative target has no value without it.
 */
interface Target {
    op: Operator;
    value: number;
    /** The unit written after the number, if any (`%`, `ms`…). */
    unit?: string;
    relative?: Change & {
        baseline: number;
    };
}
/** A target as written, before its metric is known: absolute, or a change against a baseline. */
type WrittenTarget = {
    op: Operator;
    value: number;
    unit?: string;
    relative?: undefined;
} | {
    op: Operator;
    relative: Change;
};
/** What a target needs of its metric to be resolved: the metric's `baseline` and `unit`. */
type TargetMetric = {
    baseline?: number | undefined;
    unit?: string | undefined;
} | undefined;
/**
 * Reads a target's form as written in YAML (`">= 90%"`, `">= baseline + 5%"` or `{op, value}`);
 * undefined when it is not one. Only the schema asks this: to compare, `parseTarget` resolves it.
 */
declare function readTarget(input: unknown): WrittenTarget | undefined;
/**
 * A target as a threshold to compare with, read as written in YAML: a relative target resolved
 * against `metric`'s baseline (the metric the target belongs to, or names). Undefined when it is
 * not a target, or is relative and its metric gives no baseline to resolve it (a schema finding
 * says so): an unresolved relative target is never compared as if absolute.
 */
declare function parseTarget(input: unknown, metric: TargetMetric): Target | undefined;
declare function meetsTarget(value: number, t: Target): boolean;
/**
 * `>= 90%`, `<= 300 ms`; a relative target with its absolute threshold first: `>= 81.9% (baseline
 * 78% + 5%)`. The unit, the one piece of user text, passes through `escape` (plain text by default;
 * a document gives its Markdown escape).
 */
declare function formatTarget(t: Target, escape?: (text: string) => string): string;
declare const FILE_STATUSES: readonly ["draft", "in-review", "approved", "superseded"];
type FileStatus = (typeof FILE_STATUSES)[number];

/** What `aipm schema` writes a JSON Schema for: every kind, and the organisation file. */
type SchemaName = KindName | 'organisation';
/**
 * The JSON Schema (draft-07, for yaml-language-server and ajv) of a kind, from the same zod
 * schema `validate` uses. Strict objects still accept `x-` extension keys, as validate does.
 * Checks zod cannot express (real calendar dates, units matching a metric, references) stay
 * validate's job. Each field's `description` is in `lang` (editors show it on hover).
 */
declare function jsonSchemaOf(kind: SchemaName, lang?: Lang): Record<string, unknown>;

/**
 * A problem at a data path, before it is placed in the text and worded. `params.suggestion`, when
 * present, is the known name it most likely stands for (worded as "did you mean").
 */
interface IssueAt {
    path: Path;
    /** Point at the key rather than the value (an unknown key). */
    key?: boolean;
    msg: MessageId;
    params: Params;
    /** A safe fix: the text that replaces the node at `path` (or its key). */
    fix?: string;
}

/** A whole document of a kind, envelope included, as its schema outputs it. */
type DocOf<K extends KindName> = zod_mini.output<(typeof kinds)[K]['schema']>;
type ListItem<K extends KindName, L> = L extends keyof DocOf<K> ? (NonNullable<DocOf<K>[L]> extends readonly (infer T)[] ? T : never) : never;
/** The kind that declares an item kind. */
type KindOfItem<I extends ItemKind> = {
    [K in KindName]: I extends keyof KindDeclOf<K>['items'] ? K : never;
}[KindName];
type Declared<I extends ItemKind> = KindDeclOf<KindOfItem<I>>['items'][I & keyof KindDeclOf<KindOfItem<I>>['items']];
/** The value of each kind of item that carries an id: an item of its list, or the whole document. */
type ItemTypes = {
    [I in ItemKind]: Declared<I> extends {
        list: infer L;
    } ? ListItem<KindOfItem<I>, L> : DocOf<KindOfItem<I>>;
};
type Severity = 'error' | 'warning';
/** How aipm.yaml may set a rule. */
type RuleSetting = 'error' | 'warn' | 'off';
/** One problem, at the YAML node at fault. This shape is public (json, sarif…). */
interface Finding extends Span {
    rule: string;
    severity: Severity;
    /** Relative to the process's working directory, with `/` separators. */
    file: string;
    message: string;
    /** Present when an `# aipm-ignore` comment silences the finding. */
    suppressed?: {
        reason: string;
    };
    /**
     * What the finding is about, independent of where it stands in the file: the data path with list
     * items named by their ids, and the message id (`requirements/REQ-1/targets/0/target#unit`).
     * It feeds fingerprints (SARIF, code quality) that survive lines moving; `json` leaves it out.
     */
    anchor?: string;
    /** A safe fix `aipm fix` may apply: replace [start, end) of the file's text. Internal, like `anchor`. */
    fix?: {
        start: number;
        end: number;
        text: string;
    };
    /**
     * The other places the finding is about (public, optional): the first definition of a duplicate
     * id, the item a near-miss reference probably meant, the target a threshold contradicts.
     */
    related?: Related[];
}
/** Another place a finding is about, with what it is. */
interface Related extends Span {
    /** As `Finding.file`. */
    file: string;
    message: string;
}
/**
 * A finding before it is placed and worded: a data path in a file (or a character range) and a
 * message id. Rules use their own message ids (`Msg`); the stages before them use the catalogue's.
 */
interface Problem<Msg extends string = MessageId> extends Omit<IssueAt, 'msg' | 'params'> {
    rule: string;
    file: CheckedFile;
    msg: Msg;
    params?: Params<Msg>;
    /** A character range to point at instead of the node at `path` (a comment). */
    range?: [number, number];
    /** For rules: report at warning even when the rule is an error (a milder case). */
    mild?: boolean;
    /** For rules: keep the rule's severity in a draft file too (a gap a draft must not hide). */
    firm?: boolean;
    /** Other places the problem is about, each worded from the same messages. */
    related?: RelatedProblem<Msg>[];
}
/** Another place a problem is about, before it is placed and worded: a data path in a file and a message id. */
interface RelatedProblem<Msg extends string = MessageId> {
    file: CheckedFile;
    path: Path;
    key?: boolean;
    range?: [number, number];
    msg: Msg;
    params?: Params<Msg>;
}
/** One spec file as read: its display path and parsed YAML. */
interface SpecFile {
    file: string;
    parsed: ParsedYaml;
}
/** A spec file after the schema stage. */
interface CheckedFile extends SpecFile {
    kind?: KindName;
    status?: FileStatus;
    /** The whole document, typed, when it passed its schema. */
    doc?: DocOf<KindName>;
    /** The raw data (undefined when the YAML did not parse). */
    raw?: unknown;
    /** The YAML did not parse: its ids are unknown. */
    broken: boolean;
}
/** What the schema stage made of one file: the file checked, its problems, its items that passed. */
interface SchemaOutcome {
    file: CheckedFile;
    problems: Problem[];
    entries: Entry[];
}
/**
 * What a check may reuse from earlier checks: `workspace/cache.ts` keeps it, for `validate --cache`
 * (across runs, by content) and for the language server (across keystrokes, by parse). The check
 * asks; it keeps no state of its own.
 */
interface CheckMemo {
    /**
     * The schema stage's outcome for a file: one kept for this parse, or `check`'s, given the schema's
     * output for the same content when an earlier run saw it pass (then the schema need not run again).
     */
    schemaOutcome(spec: SpecFile, check: (passed: DocOf<KindName> | undefined) => SchemaOutcome): SchemaOutcome;
}
/** An item that passed its schema, with where it stands. */
interface Entry<K extends ItemKind = ItemKind> {
    kind: K;
    id: string;
    file: CheckedFile;
    path: Path;
    value: ItemTypes[K];
}
/** A whole document that passed its schema. */
interface DocEntry<K extends KindName = KindName> {
    file: CheckedFile;
    value: DocOf<K>;
}
/** Where an id is defined. `kind` is undefined for ids recovered from a file that did not parse. */
interface IdDef {
    id: string;
    kind?: ItemKind;
    file: CheckedFile;
    path: Path;
}
/** The workspace as the rules and the renderer see it. */
interface Model {
    files: CheckedFile[];
    /** Items that passed their schema, by kind, in file then document order. */
    items: {
        [K in ItemKind]: Entry<K>[];
    };
    /** Whole documents that passed their schema. */
    docs: {
        [K in KindName]: DocEntry<K>[];
    };
    /** Every id defined in the workspace (the first definition wins). */
    ids: Map<string, IdDef>;
    /** With an organisation file (`extends:`): what the product takes from it. */
    organisation?: Borrowed;
}
/** What a product takes from its organisation file (SPEC: Organisation). */
interface Borrowed {
    /** The organisation file, as the place its metrics stand (no spec file: no kind). */
    file: CheckedFile;
    /** Every shared metric, with its data path in that file. */
    metrics: readonly {
        id: string;
        path: Path;
        value: ItemTypes['metric'];
    }[];
    /** The metric ids every product must reference or restate. */
    required: readonly string[];
    /** The shared metric ids the product's files name (a restated one's own references included). */
    referenced: ReadonlySet<string>;
    /** The file as the product's `extends:` names it. */
    named: string;
}

interface Scheduled {
    due: string;
    buffer_days?: number | undefined;
    status: string;
}
/** The last day of a milestone's buffer: `due` plus `buffer_days`. */
declare function bufferEnd(m: Scheduled): string;
/** Not done, and today is past its due date plus buffer. */
declare function isOverdue(m: Scheduled, today: string): boolean;
/** The latest value reported for a metric, and the evaluation that reported it. */
interface LatestValue {
    value: number;
    evaluation: Entry<'evaluation'>;
    /** Latest value per segment name, from the same evaluation. */
    segments: Map<string, number>;
}
/**
 * The latest value of every metric: from the evaluation with the latest `date` (then the greatest
 * id) that reports it. Superseded evaluations do not count.
 */
declare function latestValues(model: Pick<Model, 'items'>): Map<string, LatestValue>;
type Verdict = 'pass' | 'fail' | 'none';
/**
 * Pass or fail of a value against a target written in YAML, resolved against `metric` (the metric
 * the target belongs to: its baseline for a relative target); `none` when either is missing.
 */
declare function judge(value: number | undefined, target: unknown, metric: TargetMetric): {
    verdict: Verdict;
    target?: Target;
};

/** The layer: a memo the check asks (`CheckMemo`), and what a caller parses through it and keeps in it. */
interface Incremental<Report> extends CheckMemo {
    /** Parses a spec file's bytes, or restores what parsing them gave before; `name` identifies the file in run keys. */
    parse(bytes: Uint8Array, name: string): ParsedYaml;
    /** The key of a whole run: every file parsed so far (name and bytes) and `context` (what else the report depends on). */
    runKey(context: string): string;
    /** The report kept for a run key. */
    result(key: string): Report | undefined;
    keepResult(key: string, result: Report): void;
    /** Writes the cache back when it changed; a cache that cannot be written is skipped, not an error. */
    save(): Promise<void>;
    /** Why nothing is read from or kept in `.aipm/cache` this run (no usable signing key), for the user to be told. */
    off?: CacheOff;
}
/** Why a run goes without its cache: the key's folder is inside the checkout, or the key cannot be read or made there. */
interface CacheOff {
    reason: 'inside' | 'unusable';
    /** The key's folder. */
    dir: string;
}

declare const PRODUCT_TYPES: readonly ["recommendation", "customer-service", "image-classification", "llm-assistant", "blank"];
type ProductType = (typeof PRODUCT_TYPES)[number];
interface Config {
    /** The folder holding aipm.yaml. */
    root: string;
    /** aipm.yaml's absolute path. */
    file: string;
    product: {
        id: string;
        name: string;
        owner: string;
        type?: ProductType;
        description?: string;
        /** Where it ships and what it does, as regulations ask (the lists are in src/catalogues/). */
        markets?: string[];
        capabilities?: string[];
        /** The date it first shipped, if it has. */
        launched?: string;
    };
    lang: Lang;
    /** Absolute folders. */
    specs: string;
    out: string;
    templates?: string;
    /** Rule id → setting; only ids the caller knows. */
    rules: Partial<Record<string, RuleSetting>>;
    vagueWords: string[];
    /** The organisation's own regulation catalogue files (`catalogues:`), absolute. */
    catalogues?: string[];
    /** Those files as read: display path and text. */
    catalogueFiles?: {
        file: string;
        text: string;
    }[];
    /** aipm.yaml as read, for findings about what it declares. */
    source?: SpecFile;
    /** `extends:` as written and resolved (absolute); the organisation file it names, once read. */
    extends?: {
        written: string;
        file: string;
    };
    organisation?: Organisation;
}
/**
 * An organisation file as read (SPEC: Organisation): what the products that extend it share.
 * Its rules, vague words, catalogues and language are already merged into each product's Config;
 * what stays here is what the check needs: the shared metrics, which are required, which rules locked.
 */
interface Organisation {
    /** Absolute path. */
    file: string;
    /** The file as read: display path and text, for findings and related places there. */
    source: SpecFile;
    /** The shared metrics, each with its data path in the file. */
    metrics: {
        id: string;
        path: Path;
        value: ItemTypes['metric'];
    }[];
    /** Metric ids every product must reference or restate. */
    required: string[];
    /** Rule ids no product may turn down, each with where the organisation locks it. */
    locked: string[];
    /** The file as the product's `extends:` names it (the same from any folder: for documents). */
    named?: string;
}

/** What finishing a journal did: how many staged files it put in place, and what the step was doing. */
interface Finished {
    files: number;
    what?: Record<string, string>;
}

/** A workspace as read; `Report` is what a caller keeps in its cache for a whole run. */
interface Workspace<Report = unknown> {
    config: Config;
    /** Every spec file of the workspace, parsed, sorted by path. */
    files: SpecFile[];
    /** With `cache`: the layer the files came through; the caller checks with it as the memo, keeps its report there and saves it. */
    cache?: Incremental<Report>;
    /** With `finish`: what a killed run's journal had left, now put in place. */
    interrupted?: Finished;
}
interface LoadOptions {
    /** The rule ids aipm.yaml's `rules:` may name. */
    ruleIds: readonly string[];
    /** Their built-in severities (a locked rule set below its default is refused). */
    ruleDefaults?: Readonly<Record<string, Severity>>;
    /** aipm.yaml to use instead of looking it up from `cwd`. */
    configFile?: string;
    /** Spec files to read besides the workspace's own. */
    extraFiles?: readonly string[];
    /** Keep what parsing gave in `.aipm/cache` and reuse it for unchanged files (`validate --cache`). */
    cache?: boolean;
    /** Where the cache's signing key is looked up (XDG_CACHE_HOME, else the home folder). */
    env?: NodeJS.ProcessEnv;
    /** A command about to write: first finish what a killed run left (`finishInterrupted`). */
    finish?: boolean;
}
/** Loads the workspace whose aipm.yaml is found from `cwd`, plus any extra spec files named. */
declare function loadWorkspace<Report = unknown>(cwd: string, options: LoadOptions): Promise<Workspace<Report>>;

/** aipm.yaml in `cwd` or the nearest folder above it, stopping at the git root (as git finds .git). */
declare function findConfig(cwd: string): string | undefined;

/** Where in a file a user error stands (a bad aipm.yaml), as data for `--format json`. */
interface ErrorPosition {
    file: string;
    line: number;
    col: number;
}
/** Marks a UserError whichever copy of this module made it (see `Symbol.hasInstance` below). */
declare const USER_ERROR: unique symbol;
/**
 * A problem the user can fix (a bad flag, a bad aipm.yaml, a file that cannot be read): printed
 * as one clear message, exit 2. Anything else thrown is a bug.
 */
declare class UserError extends Error {
    readonly msg: MessageId;
    readonly params: Params;
    /** The workspace's language, when it is known. */
    readonly lang?: Lang | undefined;
    /** The position of the first problem, when the error is about a file's content. */
    readonly at?: ErrorPosition | undefined;
    /**
     * The CLI and each command are built as separate files, each with its own copy of this class:
     * `instanceof UserError` asks for the mark, so an error a command throws is still one where
     * the CLI reports it.
     */
    static [Symbol.hasInstance](value: unknown): boolean;
    readonly [USER_ERROR] = true;
    constructor(msg: MessageId, params?: Params, 
    /** The workspace's language, when it is known. */
    lang?: Lang | undefined, 
    /** The position of the first problem, when the error is about a file's content. */
    at?: ErrorPosition | undefined);
}

/**
 * Reads aipm.yaml's text; every problem is a ConfigError naming the file, line and column (also
 * as data). `ruleIds` are the rule ids a `rules:` entry may name.
 */
declare function parseConfig(text: string, file: string, displayName: string, ruleIds: readonly string[]): Config;

interface BuiltModel {
    model: Model;
    /** What the stages before the rules found: YAML syntax, schema, duplicate ids, references. Unsorted. */
    findings: Finding[];
}
/**
 * The model of a workspace, pure: YAML syntax, the schema of each file, ids, then references.
 * Each stage skips what an earlier stage found broken, so one mistake is one finding. A memo
 * (`validate --cache`, the language server) lets the schema stage reuse what it gave before.
 */
declare function buildModel(files: readonly SpecFile[], lang: Lang, memo?: CheckMemo, organisation?: Organisation): BuiltModel;

/**
 * One catalogue file: the rules a product may have to answer, as data. Built on first use. The
 * checks across items (an id used twice, `where` naming a kind or field aipm has not) are in
 * `load.ts`, where they can point at the second place.
 */
declare const catalogueSchema: () => zod_mini.ZodMiniObject<{
    id: zod_mini.ZodMiniString<string>;
    title: zod_mini.ZodMiniObject<{
        zh: zod_mini.ZodMiniString<string>;
        en: zod_mini.ZodMiniString<string>;
    }, zod_mini.core.$strict>;
    version: zod_mini.ZodMiniNumber<number>;
    as_of: zod_mini.ZodMiniString<string>;
    items: zod_mini.ZodMiniArray<zod_mini.ZodMiniObject<{
        id: zod_mini.ZodMiniString<string>;
        title: zod_mini.ZodMiniObject<{
            zh: zod_mini.ZodMiniString<string>;
            en: zod_mini.ZodMiniString<string>;
        }, zod_mini.core.$strict>;
        applies: zod_mini.ZodMiniObject<{
            markets: zod_mini.ZodMiniArray<zod_mini.ZodMiniEnum<{
                CN: "CN";
                EU: "EU";
                US: "US";
                global: "global";
            }>>;
            capabilities: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniEnum<{
                recommendation: "recommendation";
                biometrics: "biometrics";
                "critical-infrastructure": "critical-infrastructure";
                education: "education";
                employment: "employment";
                "essential-services": "essential-services";
                "law-enforcement": "law-enforcement";
                migration: "migration";
                justice: "justice";
                chatbot: "chatbot";
                "generates-text": "generates-text";
                "generates-image": "generates-image";
                "generates-audio": "generates-audio";
                "generates-video": "generates-video";
                deepfake: "deepfake";
                "emotion-recognition": "emotion-recognition";
                "biometric-categorisation": "biometric-categorisation";
                "public-opinion": "public-opinion";
                "personal-data": "personal-data";
                "sensitive-personal-data": "sensitive-personal-data";
                "automated-decision": "automated-decision";
                "cross-border-data": "cross-border-data";
            }>>>;
            all: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniEnum<{
                recommendation: "recommendation";
                biometrics: "biometrics";
                "critical-infrastructure": "critical-infrastructure";
                education: "education";
                employment: "employment";
                "essential-services": "essential-services";
                "law-enforcement": "law-enforcement";
                migration: "migration";
                justice: "justice";
                chatbot: "chatbot";
                "generates-text": "generates-text";
                "generates-image": "generates-image";
                "generates-audio": "generates-audio";
                "generates-video": "generates-video";
                deepfake: "deepfake";
                "emotion-recognition": "emotion-recognition";
                "biometric-categorisation": "biometric-categorisation";
                "public-opinion": "public-opinion";
                "personal-data": "personal-data";
                "sensitive-personal-data": "sensitive-personal-data";
                "automated-decision": "automated-decision";
                "cross-border-data": "cross-border-data";
            }>>>;
            'high-risk': zod_mini.ZodMiniOptional<zod_mini.ZodMiniBoolean<boolean>>;
        }, zod_mini.core.$strict>;
        from: zod_mini.ZodMiniString<string>;
        from_existing: zod_mini.ZodMiniOptional<zod_mini.ZodMiniString<string>>;
        evidence: zod_mini.ZodMiniObject<{
            zh: zod_mini.ZodMiniString<string>;
            en: zod_mini.ZodMiniString<string>;
        }, zod_mini.core.$strict>;
        where: zod_mini.ZodMiniArray<zod_mini.ZodMiniString<string>>;
        source: zod_mini.ZodMiniObject<{
            act: zod_mini.ZodMiniString<string>;
            article: zod_mini.ZodMiniString<string>;
            url: zod_mini.ZodMiniString<string>;
        }, zod_mini.core.$strict>;
        also: zod_mini.ZodMiniOptional<zod_mini.ZodMiniArray<zod_mini.ZodMiniObject<{
            act: zod_mini.ZodMiniString<string>;
            article: zod_mini.ZodMiniString<string>;
            url: zod_mini.ZodMiniString<string>;
        }, zod_mini.core.$strict>>>;
        verify: zod_mini.ZodMiniOptional<zod_mini.ZodMiniBoolean<boolean>>;
    }, zod_mini.core.$strict>>;
}, zod_mini.core.$strict>;
type Catalogue = zod_mini.output<ReturnType<typeof catalogueSchema>>;

interface RuleMeta<Id extends string = string> {
    id: Id;
    severity: Severity;
    /** A short name of the practice. */
    title: Localized;
    /** Exactly what the rule flags. */
    checks: Localized;
    /** Why the rule exists: the practice it encodes. */
    why: Localized;
    /** What to change so it passes. */
    fix: Localized;
}
/** What aipm.yaml says regulations care about, and the catalogues to answer (SPEC: Regulation catalogues). */
interface Regulation {
    markets: readonly string[];
    capabilities: readonly string[];
    /** When the product first shipped, if it has. */
    launched?: string;
    /** The built-in catalogues and the workspace's own, loaded when first asked for. */
    catalogues: () => readonly Catalogue[];
    /** aipm.yaml, where an uncovered item is reported when there is no compliance file. */
    config?: CheckedFile;
    /** What the workspace's own catalogue files got wrong. */
    findings?: readonly Finding[];
}
interface RuleContext {
    model: Model;
    /** The language findings are worded in (for data that carries both, like catalogue titles). */
    lang: Lang;
    regulation?: Regulation;
    /** YYYY-MM-DD */
    today: string;
    /** Extra vague words from aipm.yaml. */
    vagueWords: readonly string[];
    /** aipm.yaml as read, when the check has it (where a finding about what it declares stands). */
    configFile?: CheckedFile;
    /** Items that passed their schema, outside superseded files. */
    items<K extends ItemKind>(kind: K): Entry<K>[];
    /** Whole documents that passed their schema, outside superseded files. */
    docs<K extends KindName>(kind: K): DocEntry<K>[];
    /** Any valid item by id, superseded files included (their ids still resolve). */
    find<K extends ItemKind>(kind: K, id: string): Entry<K> | undefined;
}
/** What a rule reports: a problem that can only name one of the rule's own messages. */
type RuleProblem<Msg extends string> = Omit<Problem<Msg>, 'rule'>;
interface Rule<Id extends string = string, Msg extends string = string> {
    meta: RuleMeta<Id>;
    messages: Readonly<Record<Msg, Localized>>;
    check(ctx: RuleContext): RuleProblem<NoInfer<Msg>>[];
}

/** Every rule, in the order of the spec's rule table. Adding a rule: its module, its test, one line here. */
declare const rules: readonly [Rule<"quantified-target", "finding">, Rule<"target-has-metric", "finding">, Rule<"model-metric-supports-business", "finding">, Rule<"guardrail-present", "finding">, Rule<"red-line-has-action", "finding">, Rule<"data-before-commitment", "dataset" | "cannot">, Rule<"labeling-error-bound", "finding">, Rule<"personal-data-compliance", "consent" | "anonymized">, Rule<"milestone-buffer", "finding">, Rule<"milestone-acceptance", "deliverables" | "acceptance" | "finding" | "both">, Rule<"milestone-order", "cycle" | "dependency" | "startAfterDue">, Rule<"milestone-slipped", "finding">, Rule<"decision-owned", "owner" | "question" | "decision" | "due" | "follow_up" | "ownerDue" | "ownerFollowUp">, Rule<"evaluation-consistent", "target" | "miss" | "segmentMiss" | "segmentMissing" | "noResults" | "guardrailMissing" | "anyGuardrailMissing" | "fewSamples" | "segmentFewSamples" | "notSignificant" | "segmentNotSignificant" | "segmentTarget" | "minSamples">, Rule<"launch-safety", "empty" | "range" | "full" | "order" | "fullJustified" | "jump" | "lastStep" | "noDays" | "noExit" | "noTrigger" | "noFallback">, Rule<"launch-compliance", "fail" | "open">, Rule<"threshold-consistency", "target" | "higher" | "lower" | "redLineTighter" | "redLineDirection" | "triggerFiresHealthy" | "requirementDirection">, Rule<"data-verdict-consistent", "unavailable" | "volume" | "labelError" | "uncovered">, Rule<"unit-scale", "baseline" | "segment" | "result" | "fraction" | "fractionTarget">, Rule<"placeholder", "marked" | "neverFires" | "noItems">, Rule<"solution-chosen", "noRationale" | "estimateMisses">, Rule<"limit-has-mitigation", "scenario" | "segment" | "result" | "noMitigation">, Rule<"iterate-has-plan", "owner" | "due" | "both" | "noPlan" | "unowned">, Rule<"regulation-coverage", "uncovered" | "later" | "failing" | "openAtLaunch" | "openBeforeLaunch">, Rule<"org-policy", "changed" | "target" | "dropped" | "missing" | "loosened" | "defined" | "requiredHere" | "redLine">];
type RuleId = (typeof rules)[number]['meta']['id'];
declare const RULE_IDS: readonly RuleId[];

interface CheckOptions {
    lang: Lang;
    /** YYYY-MM-DD */
    today: string;
    rules?: Partial<Record<RuleId, RuleSetting>>;
    vagueWords?: readonly string[];
    /** What aipm.yaml declares for the regulation catalogues, and the catalogues themselves. */
    regulation?: Regulation;
    /** The organisation file aipm.yaml `extends`, with its shared metrics and locked rules. */
    organisation?: Organisation;
}
/** The check's options from a workspace's configuration. */
declare function checkOptionsOf(config: Pick<Config, 'lang' | 'rules' | 'vagueWords'> & Partial<Pick<Config, 'product' | 'catalogueFiles' | 'source' | 'organisation'>>, today: string): CheckOptions;
interface CheckResult {
    findings: Finding[];
    model: Model;
}
/**
 * The whole check, pure: the model (YAML syntax, schema, ids, references, `covers` into the
 * regulation catalogues), then the rules over the
 * whole workspace. Findings sorted by file, line, column, rule.
 */
declare function checkSpecs(files: readonly SpecFile[], options: CheckOptions, memo?: CheckMemo): CheckResult;
/** Every rule that is not off, with its severity from aipm.yaml, drafts and suppression comments applied. */
declare function runRules(model: Model, options: CheckOptions): Finding[];

/** The rule table as Markdown, from the rules' own metadata (a library export; docs/rules.md is generated by test/docs-pages.ts). */
declare function ruleTable(lang: Lang): string;

interface Summary {
    files: number;
    errors: number;
    warnings: number;
}
/** A run that stopped before checking (a bad aipm.yaml): what `--format json` prints as `fatal`. */
interface Fatal {
    code: number;
    message: string;
    file?: string;
    line?: number;
    col?: number;
}
/** One product of a run (`--all` checks several), in its own language. */
interface ProductResult {
    /** `product.id` from its aipm.yaml, or the folder's path when aipm.yaml could not be read. */
    id: string;
    lang: Lang;
    /** Its aipm.yaml, as shown to the user. */
    config: string;
    summary: Summary;
    /** Its spec files, as shown to the user. */
    files: string[];
    findings: Finding[];
    fatal?: Fatal;
}
/** What `validate` found: the input every reporter formats. */
interface ValidateResult {
    version: string;
    lang: Lang;
    summary: Summary;
    /** Sorted by file, line, column, rule; suppressed findings included, marked. */
    findings: Finding[];
    /** The source lines findings point at, by file then line number, for excerpts. */
    sources: Record<string, Record<number, string>>;
    /** The files checked, as shown to the user (those reported on, with paths given). */
    files?: string[];
    /** The products checked, with their own findings and summaries (one without `--all`). */
    products?: ProductResult[];
    /** A run over every product below (`--all`, perhaps one `--shard`): the products are listed even when one or none. */
    all?: boolean;
    /**
     * From the repository root (the folder holding `.git`) to the folder paths are shown from, with
     * `/`, '' when they are the same or there is no repository: formats that want repository paths
     * (SARIF, code quality, GitHub) join it in front.
     */
    repoPrefix?: string;
}
interface ReportOptions {
    color: boolean;
}
type Reporter = (result: ValidateResult, options: ReportOptions) => string;

/**
 * The names of validate's output formats. Kept apart from the reporters so the CLI can offer them
 * as `--format` choices without loading any reporter; the registry must cover exactly these.
 */
declare const FORMATS: readonly ["stylish", "json", "sarif", "junit", "github", "codequality"];
type Format = (typeof FORMATS)[number];

/** Every output format of `validate`: one reporter for each name in FORMATS, no more, no less. */
declare const reporters: Record<Format, Reporter>;

/** What a run came to, for the exit code. */
interface Outcome {
    errors: number;
    warnings: number;
    /** `--check` found generated files (documents, schemas) missing or out of date. */
    stale?: boolean;
    /** A usage error, a bad aipm.yaml or an unreadable file. */
    userError?: boolean;
    /** The user stopped an interactive command (Ctrl-C at a prompt). */
    cancelled?: boolean;
    /** A bug in aipm. */
    internalError?: boolean;
}
type ExitCode = 0 | 1 | 2 | 3 | 130;
/**
 * 0 no errors; 1 errors (or warnings with `strict`), or stale generated files; 2 a user error,
 * which outranks 1; 3 an internal error; 130 cancelled at a prompt (as a shell reports Ctrl-C).
 */
declare function exitCode(outcome: Outcome, options?: {
    strict?: boolean;
}): ExitCode;

interface CommandResult {
    exitCode: number;
    stdout: string;
    /** A note for standard error (a cancelled prompt). */
    stderr?: string;
}
/** The workspace found from `cwd`, its aipm.yaml checked against the known rules. */
declare function openWorkspace<Report = unknown>(cwd: string, options?: Omit<LoadOptions, 'ruleIds'>): Promise<Workspace<Report>>;

interface ValidateOptions {
    /** The working directory: aipm.yaml is looked up from here; paths are shown relative to it. */
    cwd: string;
    /** Only report findings in these files or folders (the whole workspace is still loaded). */
    paths?: string[];
    format?: string;
    strict?: boolean;
    today?: string;
    /** Write the report to this file instead of returning it as stdout. */
    output?: string;
    /** Check every aipm.yaml below cwd. */
    all?: boolean;
    /** With `all`: only share k of n (`k/n`), for one job of a CI matrix. */
    shard?: string;
    /** With `all`: these products (their aipm.yaml) instead of every one below cwd (the pre-commit hook's). */
    configs?: readonly string[];
    /** The language of what speaks for all products (`--all`'s totals); default: the environment's. */
    lang?: string;
    color?: boolean;
    /** Reuse what parsing unchanged files gave in an earlier run (kept in `.aipm/cache`). */
    cache?: boolean;
    env?: NodeJS.ProcessEnv;
}
declare function validate(opts: ValidateOptions): Promise<CommandResult & {
    result: ValidateResult;
}>;

interface ExplainOptions {
    cwd: string;
    /** A rule id, a built-in check, or a regulation catalogue item id. */
    rule?: string;
    /** List this catalogue's items. */
    catalogue?: string;
    /** zh | en; default: the workspace's language, else the environment's locale. */
    lang?: string;
    env?: NodeJS.ProcessEnv;
}
declare function explain(opts: ExplainOptions): Promise<CommandResult>;

interface RenderOptions {
    cwd: string;
    /** Also write the review packet. */
    packet?: boolean;
    /** Also write the packet as one self-contained HTML page (`packet.html`); implies `packet`. */
    html?: boolean;
    /**
     * Also print the page to `<out>/packet.pdf` through a Chromium found on the machine; implies `html`.
     * Not covered by `check` (a PDF depends on the browser and its fonts, not only on the specs).
     */
    pdf?: boolean;
    /** The browser `pdf` prints with (else `AIPM_BROWSER`, else the usual install paths). */
    browser?: string;
    /** Where AIPM_BROWSER and PATH are read from (default: this process's environment). */
    env?: NodeJS.ProcessEnv;
    /** Write nothing; exit 1 listing missing, changed and orphaned files. */
    check?: boolean;
    /** The date shown in documents; default: the newest `updated`. Render never reads the clock. */
    today?: string;
    /** Render despite validation errors, and overwrite files aipm did not write. */
    force?: boolean;
    /** `builtin`: ignore the workspace's own templates (for CI on untrusted pull requests). */
    templates?: string;
    /** A git revision: the packet opens with what changed in the specs since it. */
    since?: string;
    color?: boolean;
    /** Every product below cwd, and the portfolio page `aipm-portfolio.md`. */
    all?: boolean;
    /** With `all`: only share k of n (`k/n`). */
    shard?: string;
    /** With `all`: the language of the portfolio page and the totals; default: the environment's. */
    lang?: string;
    /** With `all`: the folder of the portfolio page (default: cwd). */
    out?: string;
}
declare function render(opts: RenderOptions): Promise<CommandResult>;

interface InitOptions {
    cwd: string;
    /** The folder to create the workspace in (default: cwd). */
    dir?: string;
    name?: string;
    id?: string;
    lang?: string;
    type?: string;
    owner?: string;
    /** Where it ships (`--market`, repeatable): CN, EU, US, global. */
    market?: string[];
    /** What it does, as regulations ask (`--capability`, repeatable). */
    capability?: string[];
    /** Take the defaults for every question not answered by a flag. */
    yes?: boolean;
    force?: boolean;
    /** Ask on the terminal (the CLI passes stdin.isTTY); never when false. */
    interactive?: boolean;
    env?: NodeJS.ProcessEnv;
    /** The prompts; loaded from @inquirer/prompts when needed. */
    prompter?: Prompter;
}
interface Prompter {
    input(q: {
        message: string;
        default?: string;
        validate?: (value: string) => true | string;
    }): Promise<string>;
    select<T extends string>(q: {
        message: string;
        choices: {
            value: T;
            name: string;
            description?: string;
        }[];
        default?: T;
    }): Promise<T>;
    checkbox<T extends string>(q: {
        message: string;
        choices: {
            value: T;
            name: string;
            checked?: boolean;
        }[];
    }): Promise<T[]>;
}
declare function init(opts: InitOptions): Promise<CommandResult>;

interface NewOptions {
    cwd: string;
    kind: string;
    /** The id of the first item (default: the next free id with the kind's prefix). */
    id?: string;
    title?: string;
    /** Where to write (default: `<specs>/<kind>.yaml`, else `<kind>-2.yaml`, …). */
    file?: string;
    /** Overwrite `--file` if it exists. */
    force?: boolean;
    env?: NodeJS.ProcessEnv;
}
declare function newSpec(opts: NewOptions): Promise<CommandResult>;

interface SchemaOptions {
    cwd: string;
    /** Folder for the `<kind>.json` files; default `.aipm/schemas` in the workspace (else in cwd). */
    out?: string;
    /** Write nothing; exit 1 when a file is missing or differs. */
    check?: boolean;
    /** Overwrite files aipm did not write. */
    force?: boolean;
    /** The language of the fields' descriptions (zh | en); default the workspace's `lang`. */
    lang?: string;
    env?: NodeJS.ProcessEnv;
}
declare function schema(opts: SchemaOptions): Promise<CommandResult>;

export { type CheckOptions, type CheckResult, type CheckedFile, type Config, type DocOf, type Entry, FORMATS, type Finding, type Format, ITEM_KINDS, type ItemKind, type ItemTypes, KIND_NAMES, type KindName, type Model, type ParsedYaml, type Path, RULE_IDS, type Rule, type RuleId, type RuleMeta, type RuleSetting, type Severity, type Span, type SpecFile, type Target, type TargetMetric, UserError, type ValidateResult, type Workspace, type WrittenTarget, bufferEnd, buildModel, checkOptionsOf, checkSpecs, exitCode, explain, findConfig, formatTarget, init, isOverdue, jsonSchemaOf, judge, kinds, latestValues, loadWorkspace, locate, meetsTarget, newSpec, openWorkspace, parseConfig, parseTarget, parseYaml, readTarget, render, reporters, ruleTable, rules, runRules, schema, validate };
