'use client';

import { memo, useMemo } from 'react';
import type { HeapObjectSnapshot, Snapshot } from '@/lib/pysim/trace/types';
import type { GhostObject } from '@/lib/runner/view';
import { isBuiltinObject } from '@/lib/runner/view';
import { BINDING_ROW, BOX_HEAD, DIAGRAM_W, FRAME_HEAD, FRAME_W, OBJ_W, REF_ROW, SLOT_H, boxHeight, frameTops, shownRows, slotXY } from './geometry';
import { ObjectBox, type GcMark, type ObjectStatus } from './ObjectBox';
import styles from './heap.module.css';

/** Props of the heap diagram. */
export interface HeapViewProps {
  snapshot: Snapshot;
  prev: Snapshot | null;
  /** Stable slot of each drawn object (SlotLayout.slot). */
  slots: ReadonlyMap<number, number>;
  ghosts: readonly GhostObject[];
  showBuiltins: boolean;
  gcMarks: ReadonlyMap<number, GcMark> | null;
  selected: number | null;
  onSelect: (id: number) => void;
  /** Containers listing all their references. */
  expanded: ReadonlySet<number>;
  onToggle: (id: number) => void;
}

interface Edge {
  key: string;
  d: string;
  fresh: boolean;
  dashed: boolean;
}

function shortValue(o: HeapObjectSnapshot): string {
  return o.repr.length > 14 ? o.repr.slice(0, 12) + '…' : o.repr;
}

function curve(x1: number, y1: number, x2: number, y2: number): string {
  const dx = Math.max(40, Math.abs(x2 - x1) / 2);
  if (x2 >= x1 - 10) return `M${x1},${y1} C${x1 + dx},${y1} ${x2 - dx},${y2} ${x2},${y2}`;
  // Target to the left: loop around below the source.
  return `M${x1},${y1} C${x1 + 60},${y1 + 60} ${x2 - 60},${y2 + 60} ${x2},${y2}`;
}

const EdgePath = memo(function EdgePath({ d, className }: { d: string; className: string }) {
  return <path d={d} className={className} markerEnd="url(#heap-arrow)" />;
});

const Edges = memo(function Edges({ edges, width, height }: { edges: Edge[]; width: number; height: number }) {
  return (
    <svg className={styles.edges} width={width} height={height} aria-hidden="true" focusable="false">
      <defs>
        <marker id="heap-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill="context-stroke" />
        </marker>
      </defs>
      {edges.map((e) => (
        <EdgePath key={e.key} d={e.d} className={`${styles.edge} ${e.fresh ? styles.edgeFresh : ''} ${e.dashed ? styles.edgeDashed : ''}`} />
      ))}
    </svg>
  );
});

/** The heap at one step: frames left, objects right in stable slots, references as arrows. */
export function HeapView({ snapshot, prev, slots, ghosts, showBuiltins, gcMarks, selected, onSelect, expanded, onToggle }: HeapViewProps) {
  const shown = useMemo(() => {
    const out: HeapObjectSnapshot[] = [];
    for (const o of Object.values(snapshot.objects)) if (slots.has(o.id) && (showBuiltins || !isBuiltinObject(o))) out.push(o);
    return out;
  }, [snapshot.objects, slots, showBuiltins]);

  const drawn = useMemo(() => {
    const m = new Map<number, HeapObjectSnapshot>();
    for (const o of shown) m.set(o.id, o);
    for (const g of ghosts) if (slots.has(g.record.id) && !m.has(g.record.id)) m.set(g.record.id, g.record);
    return m;
  }, [shown, ghosts, slots]);

  const tops = useMemo(() => frameTops(snapshot.frames), [snapshot.frames]);

  const edges = useMemo(() => {
    const out: Edge[] = [];
    const prevObjs = prev?.objects;
    const target = (id: number) => {
      if (!drawn.has(id)) return null;
      const s = slots.get(id)!;
      const { x, y } = slotXY(s);
      return { x, y: y + 18 };
    };
    snapshot.frames.forEach((f, fi) => {
      const pf = prev?.frames.find((p) => p.id === f.id);
      f.bindings.forEach((b, bi) => {
        const t = target(b.ref);
        if (!t) return;
        const y = tops[fi] + FRAME_HEAD + bi * BINDING_ROW + BINDING_ROW / 2;
        const fresh = !pf || !pf.bindings.some((pb) => pb.label === b.label && pb.ref === b.ref);
        out.push({ key: `f${f.id}.${b.label}`, d: curve(FRAME_W - 8, y, t.x - 2, t.y), fresh, dashed: false });
      });
    });
    const ghostIds = new Set(ghosts.map((g) => g.record.id));
    for (const o of drawn.values()) {
      const { x, y } = slotXY(slots.get(o.id)!);
      const p = prevObjs?.[o.id];
      o.refs.forEach((r, i) => {
        const t = target(r.ref);
        if (!t) return;
        const row = Math.min(i, shownRows(o.refs.length, expanded.has(o.id)));
        const sy = y + BOX_HEAD - 2 + row * REF_ROW + REF_ROW / 2;
        const fresh = !!prev && (!p || !p.refs.some((pr) => pr.label === r.label && pr.ref === r.ref));
        out.push({ key: `o${o.id}.${i}`, d: curve(x + OBJ_W - 6, sy, t.x - 2, t.y), fresh, dashed: ghostIds.has(o.id) });
      });
    }
    return out;
  }, [snapshot.frames, drawn, slots, tops, prev, ghosts, expanded]);

  const inline = useMemo(() => {
    const m: Record<number, string> = {};
    for (const o of Object.values(snapshot.objects)) if (!drawn.has(o.id)) m[o.id] = shortValue(o);
    return m;
  }, [snapshot.objects, drawn]);

  let maxSlot = 0;
  for (const id of drawn.keys()) maxSlot = Math.max(maxSlot, slots.get(id)!);
  let bottom = 0;
  for (const id of expanded) if (drawn.has(id)) bottom = Math.max(bottom, slotXY(slots.get(id)!).y + boxHeight(drawn.get(id)!.refs.length, true) + 16);
  const height = Math.max(tops[tops.length - 1], (Math.floor(maxSlot / 4) + 1) * SLOT_H, 160, bottom);
  const ghostById = new Map(ghosts.map((g) => [g.record.id, g]));

  return (
    <div className={styles.wrap} tabIndex={0} role="region" aria-label="Heap diagram (the Table view lists the same objects)">
    <div className={styles.canvas} style={{ width: DIAGRAM_W, height }} data-step={snapshot.step}>
      <Edges edges={edges} width={DIAGRAM_W} height={height} />
      {snapshot.frames.map((f, fi) => {
        const pf = prev?.frames.find((p) => p.id === f.id);
        return (
          <div key={f.id} className={styles.frame} style={{ top: tops[fi], width: FRAME_W }} data-frame={f.name}>
            <div className={styles.frameHead} style={{ height: FRAME_HEAD }}>
              {f.name === '<module>' ? 'Global frame' : `${f.name}()`}
              <span className={styles.frameLine}>line {f.line}</span>
            </div>
            {f.bindings.length === 0 ? <div className={styles.binding} style={{ height: BINDING_ROW }}><span className={styles.muted}>no names yet</span></div> : null}
            {f.bindings.map((b) => {
              const fresh = !pf || !pf.bindings.some((pb) => pb.label === b.label && pb.ref === b.ref);
              return (
                <div key={b.label} className={`${styles.binding} ${fresh && prev ? styles.bindingFresh : ''}`} style={{ height: BINDING_ROW }} data-binding={b.label} data-ref={b.ref}>
                  <span className={styles.bindName}>{b.label}</span>
                  <span className={styles.bindVal}>{drawn.has(b.ref) ? <span className={styles.dot} role="img" aria-label={`refers to object #${b.ref}`} /> : inline[b.ref] ?? '?'}</span>
                </div>
              );
            })}
          </div>
        );
      })}
      {[...drawn.values()].map((o) => {
        const { x, y } = slotXY(slots.get(o.id)!);
        const g = ghostById.get(o.id);
        const p = prev?.objects[o.id];
        const status: ObjectStatus = g ? g.kind : !prev || !p ? (prev ? 'new' : 'same') : p !== o ? 'changed' : 'same';
        return (
          <ObjectBox
            key={o.id}
            o={o}
            x={x}
            y={y}
            status={status}
            ghost={g}
            inline={o.refs.slice(0, shownRows(o.refs.length, expanded.has(o.id))).map((r) => inline[r.ref] ?? '').join('\u0000')}
            expanded={expanded.has(o.id)}
            onToggle={onToggle}
            gc={gcMarks?.get(o.id)}
            selected={selected === o.id}
            onSelect={onSelect}
          />
        );
      })}
    </div>
    </div>
  );
}
