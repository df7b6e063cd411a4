import type { ErrorCode, YAMLError } from 'yaml';

// The `yaml` library words its errors in English for programmers ("Implicit keys need to be on a
// single line"). aipm never shows that text: every error code, and the common causes behind the
// broad ones, has a message of its own in each language (`yaml.syntax.<key>` in the catalogues).

/** Every error code `yaml` declares (its `ErrorCode` type), checked both ways at compile time. */
export const YAML_ERROR_CODES = [
  'ALIAS_PROPS', 'BAD_ALIAS', 'BAD_DIRECTIVE', 'BAD_DQ_ESCAPE', 'BAD_INDENT', 'BAD_PROP_ORDER', 'BAD_SCALAR_START',
  'BLOCK_AS_IMPLICIT_KEY', 'BLOCK_IN_FLOW', 'DUPLICATE_KEY', 'IMPOSSIBLE', 'KEY_OVER_1024_CHARS', 'MISSING_CHAR',
  'MULTILINE_IMPLICIT_KEY', 'MULTIPLE_ANCHORS', 'MULTIPLE_DOCS', 'MULTIPLE_TAGS', 'NON_STRING_KEY', 'RESOURCE_EXHAUSTION',
  'TAB_AS_INDENT', 'TAG_RESOLVE_FAILED', 'UNEXPECTED_TOKEN', 'BAD_COLLECTION_TYPE',
] as const satisfies readonly ErrorCode[];

type Listed = (typeof YAML_ERROR_CODES)[number];
// A code added to `yaml`'s type and missing above fails to compile here.
const everyCodeListed: Exclude<ErrorCode, Listed> extends never ? true : never = true;
void everyCodeListed;

/** The causes a broad code covers, told apart by what yaml says (its wording is stable within a major version). */
const CAUSES = {
  MISSING_CHAR: [
    [/closing ["']quote/, 'closingQuote'],
    [/must end with a [\]}]/, 'flowEnd'],
    [/Missing , or : between|Missing , between/, 'flowSeparator'],
    [/Missing space after :/, 'flowColonSpace'],
    [/Comments must be separated/, 'commentSpace'],
    [/followed by map values/, 'keyWithoutValue'],
    [/without - indicator/, 'seqIndicator'],
  ],
  UNEXPECTED_TOKEN: [
    [/Unexpected , in|Unexpected empty item/, 'extraComma'],
    [/Block scalar header/, 'blockScalarHeader'],
    [/flow-(?:seq|map)-end/, 'closingBracket'],
  ],
  BAD_INDENT: [[/sufficiently indented and end with a [\]}]/, 'flowEnd']],
  BLOCK_AS_IMPLICIT_KEY: [[/Nested mappings/, 'nestedMapping']],
} as const satisfies Partial<Record<ErrorCode, readonly (readonly [RegExp, string])[]>>;

type Cause = { [C in keyof typeof CAUSES]: (typeof CAUSES)[C][number][1] }[keyof typeof CAUSES];

/** The catalogue key (under `yaml.syntax.`) of one yaml error: its code, or a known cause of it. */
export type SyntaxKey = Listed | Cause;

/** Every key a yaml error can be worded by: each must have a message in both catalogues. */
export const SYNTAX_KEYS: readonly SyntaxKey[] = [...YAML_ERROR_CODES, ...new Set(Object.values(CAUSES).flatMap((list) => list.map(([, key]) => key)))];

export function syntaxKeyOf(error: Pick<YAMLError, 'code' | 'message'>): SyntaxKey {
  const causes = (CAUSES as Partial<Record<ErrorCode, readonly (readonly [RegExp, SyntaxKey])[]>>)[error.code];
  const cause = causes?.find(([pattern]) => pattern.test(error.message));
  return cause ? cause[1] : error.code;
}
