// Models Python/errors.c + Parser/pegen_errors.c (CPython 3.12): the SyntaxError family raised by the parser.

/** A SyntaxError / IndentationError / TabError with CPython's message and 1-based position. */
export class PySyntaxError extends Error {
  constructor(
    public readonly type: 'SyntaxError' | 'IndentationError' | 'TabError',
    public readonly msg: string,
    public readonly lineno: number,
    public readonly offset: number,
    public readonly end_lineno: number,
    public readonly end_offset: number,
    public readonly text: string,
    public readonly unsupported = false,
  ) {
    super(`${type}: ${msg} (line ${lineno})`);
    this.name = type;
  }
}
