/** Last non-empty line of a stderr text, "" if none. */
export function lastLine(text: string): string;
/** The `  File "...", line N, in name` lines of the tracebacks in a stderr text, paths cut to file names. */
export function tracebackFrames(text: string): string[];
/** Every line of the traceback blocks of a stderr text (entries, source and caret lines, chain lines), paths cut. */
export function tracebackText(text: string): string[];
