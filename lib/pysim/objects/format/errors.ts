// Models the exceptions raised by CPython's formatting code (CPython 3.12): plain data, no object model.

/** The Python exception types the pure formatting functions can raise. */
export type PyFormatErrorType = 'ValueError' | 'TypeError' | 'OverflowError' | 'KeyError' | 'IndexError';

/**
 * A Python exception thrown by these functions: `{ type, message }` with CPython's exact message
 * (str() of the exception). A KeyError also carries its key: the exception's argument, whose repr
 * the message is.
 */
export class PyFormatError extends Error {
  constructor(
    public readonly type: PyFormatErrorType,
    message: string,
    public readonly key?: string,
  ) {
    super(message);
    this.name = type;
  }
}

/** Throw a PyFormatError (helper for terse call sites). */
export function raise(type: PyFormatErrorType, message: string, key?: string): never {
  throw new PyFormatError(type, message, key);
}
