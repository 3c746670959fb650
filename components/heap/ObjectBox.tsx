'use client';

import { memo } from 'react';
import type { HeapObjectSnapshot } from '@/lib/pysim/trace/types';
import { causeText, type GhostObject } from '@/lib/runner/view';
import { BOX_HEAD, MAX_REF_ROWS, OBJ_W, REF_ROW, boxHeight, shownRows } from './geometry';
import styles from './heap.module.css';

/** How an object changed at this step. */
export type ObjectStatus = 'new' | 'changed' | 'same' | 'freed' | 'unreachable';

/** What the current collection pass says about an object (gc_refs, unreachable). */
export interface GcMark {
  gcRefs: number;
  unreachable: boolean;
}

interface Props {
  o: HeapObjectSnapshot;
  x: number;
  y: number;
  status: ObjectStatus;
  ghost?: GhostObject;
  /** Short values of the listed references whose targets are not drawn ('' when drawn), joined by \u0000. */
  inline: string;
  gc?: GcMark;
  selected: boolean;
  onSelect: (id: number) => void;
  /** True when all references are listed (large containers start summarised). */
  expanded: boolean;
  onToggle: (id: number) => void;
}

const STATUS_TEXT: Record<ObjectStatus, string> = {
  new: 'new',
  changed: 'changed',
  same: '',
  freed: 'freed',
  unreachable: 'unreachable',
};

function genText(o: HeapObjectSnapshot): string {
  if (!o.tracked) return 'untracked';
  return o.generation === 'permanent' ? 'permanent' : `gen ${o.generation}`;
}

/** One heap object: type, address, short value, refcount badge (with referrers), generation. */
export const ObjectBox = memo(function ObjectBox({ o, x, y, status, ghost, inline, gc, selected, onSelect, expanded, onToggle }: Props) {
  const h = boxHeight(o.refs.length, expanded);
  const tipId = `rc-tip-${o.id}`;
  const held = o.referrers.length ? o.referrers.join(', ') : 'no name the diagram can show';
  const rows = o.refs.slice(0, shownRows(o.refs.length, expanded));
  const more = o.refs.length - rows.length;
  const vals = inline.split('\u0000');
  return (
    <div
      className={`${styles.obj} ${styles[`st_${status}`] ?? ''} ${selected ? styles.selected : ''} ${expanded ? styles.expanded : ''}`}
      style={{ left: x, top: y, width: OBJ_W, height: h }}
      data-obj-id={o.id}
      data-type={o.type}
      data-refcount={o.refcount}
      data-status={status}
      data-address={o.address}
      onMouseEnter={() => onSelect(o.id)}
    >
      <div className={styles.objHead}>
        <span className={styles.objType}>{o.type}</span>
        <span className={styles.objAddr}>{o.address}</span>
      </div>
      <div className={styles.objRepr} title={o.repr}>
        {o.repr}
      </div>
      <div className={styles.badges}>
        <button type="button" className={styles.rc} aria-describedby={tipId} onFocus={() => onSelect(o.id)} aria-label={`${o.type} #${o.id} refcount ${o.refcount}`}>
          rc {o.immortal ? '∞' : o.refcount}
        </button>
        <span role="tooltip" id={tipId} className={styles.tip}>
          {o.immortal ? 'Immortal object. ' : ''}Held by {held}
          {o.referrers.length !== o.refcount && !o.immortal ? ` (${o.refcount - o.referrers.length} more not shown)` : ''}
        </span>
        <span className={styles.gen} title={o.tracked ? 'tracked by the collector' : 'not tracked by the collector'}>
          {genText(o)}
        </span>
        {gc ? (
          <span className={`${styles.gcref} ${gc.unreachable ? styles.gcUnreach : ''}`} data-gc-refs={gc.gcRefs}>
            gc_refs {gc.gcRefs}
          </span>
        ) : null}
        {STATUS_TEXT[status] ? <span className={styles.statusTag}>{STATUS_TEXT[status]}</span> : null}
      </div>
      {ghost ? <div className={styles.cause}>{ghost.kind === 'freed' && ghost.cause ? causeText(ghost.cause) : 'unreachable, awaiting the gc'}</div> : null}
      {rows.length ? (
        <ul className={styles.refs} style={{ top: BOX_HEAD - 2 }}>
          {rows.map((r, i) => (
            <li key={i} style={{ height: REF_ROW }}>
              <span className={styles.refLabel}>{r.label}</span>
              <span className={styles.refVal}>{vals[i] || '→'}</span>
            </li>
          ))}
          {o.refs.length > MAX_REF_ROWS ? (
            <li style={{ height: REF_ROW }}>
              <button type="button" className={styles.more} onClick={() => onToggle(o.id)} aria-expanded={expanded}>
                {expanded ? 'show less' : `+${more} more`}
              </button>
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
});
