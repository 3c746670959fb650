// Public entry point of heaplab's Python parser (models the `ast` module's parse/dump, CPython 3.12).

import type { Module, Node } from './ast';
import { dump as dumpNode, type DumpOptions } from './dump';
import { PySyntaxError } from './errors';
import { Parser, setGrammarMinor } from './parser';
import { checkCompile } from './compile_checks';
import { SourceLines } from './tokenizer';
import { withStringWarnings, type StringWarning } from './string_parser';

/** What parse() reports besides errors. */
export interface ParseOptions {
  /** Receives SyntaxWarnings (invalid escape sequences in string literals). */
  onWarning?: StringWarning;
  /** The CPython minor version whose syntax error messages to give (default 12). */
  minor?: number;
}

/** Parses a whole file into an ast.Module. Throws PySyntaxError only, never another error. */
export function parse(source: string, filename = '<string>', options: ParseOptions = {}): Module {
  void filename;
  try {
    setGrammarMinor(options.minor ?? 12);
    return withStringWarnings(options.onWarning ?? null, () => new Parser(source).parseFile());
  } catch (e) {
    if (e instanceof PySyntaxError) throw e;
    if (e instanceof RangeError || (e instanceof Error && e.name === 'InternalError')) {
      // JS stack exhausted by deep nesting (SpiderMonkey: InternalError): CPython raises RecursionError with this message
      throw new PySyntaxError('SyntaxError', 'maximum recursion depth exceeded during ast construction', 1, 1, 1, 1, source.split('\n')[0] ?? '');
    }
    const msg = e instanceof Error ? e.message : String(e);
    throw new PySyntaxError('SyntaxError', `internal parser error: ${msg}`, 1, 1, 1, 1, source.split('\n')[0] ?? '');
  }
}

/**
 * parse() followed by the checks CPython's compile() adds ('return' outside function, 'break'
 * outside loop, nonlocal without binding, ...). Throws PySyntaxError only.
 */
export function compileCheck(source: string, filename = '<string>'): Module {
  const mod = parse(source, filename);
  try {
    checkCompile(mod, new SourceLines(source));
  } catch (e) {
    if (e instanceof PySyntaxError) throw e;
    throw new PySyntaxError('SyntaxError', `internal parser error: ${e instanceof Error ? e.message : String(e)}`, 1, 1, 1, 1, '');
  }
  return mod;
}

/** The same text as CPython's `ast.dump(node)`; `include_attributes` adds positions. */
export function dump(node: Node, opts?: DumpOptions): string {
  return dumpNode(node, opts);
}

export { PySyntaxError } from './errors';
export * from './ast';
