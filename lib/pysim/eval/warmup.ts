// Models 3.11's code warm-up (Include/internal/pycore_code.h _PyCode_Warmup, QUICKENING_WARMUP_DELAY;
// Python/specialize.c _PyCode_Quicken). A 3.11 code object runs its plain instructions until it has
// executed RESUME (entering the frame, resuming a generator) and JUMP_BACKWARD (the unconditional
// jump back of a loop; not the conditional ones a `while` test compiles to) eight times in all;
// then _PyCode_Quicken makes its instructions adaptive with their counters at zero, so each one
// specializes the first time it runs after that. 3.12+ quicken a code object when it is made (the
// sites' own warm-up counters model what follows: specialize_binop.ts), so they have no CodeWarmup.
import { RT } from '../objects/object';

/** One code object's co_warmup: how many RESUMEs and JUMP_BACKWARDs are left before it is quickened. */
export class CodeWarmup {
  constructor(public left: number) {}
}

/** A new code object's warm-up (QUICKENING_WARMUP_DELAY of the profile), or null when the profile quickens code when it is made. */
export function newCodeWarmup(): CodeWarmup | null {
  const n = RT.profile.quickeningWarmupDelay;
  return n > 0 ? new CodeWarmup(n) : null;
}

/** _PyCode_Warmup: one RESUME or JUMP_BACKWARD of the code; the last one before quickening quickens it. */
export function _PyCode_Warmup(w: CodeWarmup | null): void {
  if (w !== null && w.left > 0) w.left--;
}

/** Whether the code's instructions are adaptive yet (always, for code quickened when it is made). */
export function isQuickened(w: CodeWarmup | null): boolean {
  return w === null || w.left === 0;
}
