// Deterministic geometry of the heap diagram: frames in a left column, objects in a grid of
// fixed-size slots (slot n never moves), so nothing jumps from one step to the next.
import type { FrameSnapshot } from '@/lib/pysim/trace/types';

/** Width of the frames column. */
export const FRAME_W = 210;
/** Horizontal gap between the frames column and the first object column. */
export const FRAME_GAP = 70;
/** Object box width and the gap between columns. */
export const OBJ_W = 180;
export const COL_GAP = 40;
/** Object columns. */
export const COLS = 4;
/** Height of a slot (the tallest box fits) and of a box's fixed parts. */
export const SLOT_H = 146;
export const BOX_HEAD = 74;
export const REF_ROW = 17;
/** References listed inside a box before "+N more". */
export const MAX_REF_ROWS = 3;
/** Frame header and binding row heights. */
export const FRAME_HEAD = 30;
export const BINDING_ROW = 26;
export const FRAME_GAP_Y = 14;

/** Top-left corner of slot `slot`. */
export function slotXY(slot: number): { x: number; y: number } {
  return { x: FRAME_W + FRAME_GAP + (slot % COLS) * (OBJ_W + COL_GAP), y: Math.floor(slot / COLS) * SLOT_H };
}

/** References listed in an expanded box. */
export const MAX_EXPANDED_ROWS = 60;

/** Reference rows a box lists (the rest sit behind "+N more"). */
export function shownRows(refs: number, expanded: boolean): number {
  return Math.min(refs, expanded ? MAX_EXPANDED_ROWS : MAX_REF_ROWS);
}

/** Height of an object box with `refs` outgoing references. */
export function boxHeight(refs: number, expanded = false): number {
  const shown = shownRows(refs, expanded);
  const rows = shown + (refs > MAX_REF_ROWS ? 1 : 0);
  return BOX_HEAD + rows * REF_ROW + (rows ? 6 : 0);
}

/** Y of each frame's top (frames stacked, outermost first). */
export function frameTops(frames: readonly FrameSnapshot[]): number[] {
  const out: number[] = [];
  let y = 0;
  for (const f of frames) {
    out.push(y);
    y += FRAME_HEAD + Math.max(1, f.bindings.length) * BINDING_ROW + 8 + FRAME_GAP_Y;
  }
  out.push(y);
  return out;
}

/** Total width of the diagram. */
export const DIAGRAM_W = FRAME_W + FRAME_GAP + COLS * (OBJ_W + COL_GAP) - COL_GAP + 8;
