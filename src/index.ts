// The library: the same functions the commands use, typed.
export { checkSpecs, type CheckOptions, type CheckResult, type RuleSetting } from './check/index.js';
export type { Finding, Severity, Model, Entry, CheckedFile, SpecFile } from './check/types.js';
export { parseYaml, type ParsedYaml } from './workspace/parse.js';
export { locate, type Span, type Path } from './workspace/locate.js';
export { loadWorkspace, findConfig, type Workspace } from './workspace/load.js';
export { parseConfig, type Config } from './workspace/config.js';
export { kinds, KIND_NAMES, ITEM_KINDS, type KindName, type ItemKind } from './kinds/index.js';
export { parseTarget, meetsTarget, type Target } from './kinds/common.js';
export { rules, RULE_IDS, type RuleId, type Rule, type RuleMeta } from './rules/index.js';
export { reporters, FORMATS, type Format, type ValidateResult } from './report/index.js';
export { exitCode } from './exit-code.js';
export { UserError } from './errors.js';
export { validate } from './commands/validate.js';
export { explain } from './commands/explain.js';
export { ruleTable } from './rules/table.js';
export { render } from './commands/render.js';
