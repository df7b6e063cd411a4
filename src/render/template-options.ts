// How aipm compiles templates, at run time and when the built-in ones are precompiled at build time
// (tsup.config.ts): the two must agree, so they share this.

/** Output is not HTML-escaped (views hold Markdown-escaped text); only `h` and `t` besides the built-in helpers. */
export const COMPILE_OPTIONS = { noEscape: true, knownHelpers: { h: true, t: true }, knownHelpersOnly: true, preventIndent: true } as const;

/** The built-in templates, precompiled, beside the bundle: `{ name: { hash, spec } }`. */
export const PRECOMPILED_FILE = 'templates.precompiled.cjs';
