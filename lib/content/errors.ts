import type { z } from 'zod';

/** A content problem that must fail the build: names the file and, when known, the field. */
export class ContentError extends Error {
  /** Path of the offending file, relative to the project root when possible. */
  readonly file: string;
  /** Dotted path of the offending field, if the problem is in one field. */
  readonly field?: string;

  constructor(file: string, message: string, field?: string) {
    super(field ? `${file}: field "${field}" ${message}` : `${file}: ${message}`);
    this.name = 'ContentError';
    this.file = file;
    this.field = field;
  }
}

/** Turns the first zod issue into a ContentError naming the file and field. */
export function contentErrorFromZod(file: string, error: z.ZodError): ContentError {
  const issue = error.issues[0];
  const field = issue.path.length > 0 ? issue.path.map(String).join('.') : undefined;
  if (issue.code === 'unrecognized_keys') {
    const keys = (issue as { keys?: string[] }).keys ?? [];
    return new ContentError(file, 'is not allowed', keys.join(', ') || field);
  }
  return new ContentError(file, issue.message, field);
}
