'use client';

import type { Snapshot } from '@/lib/pysim/trace/types';
import { causeText, isBuiltinObject, type GhostObject } from '@/lib/runner/view';
import styles from './heap.module.css';

/** The heap at one step as a table: the screen-reader and keyboard view of the diagram. */
export function HeapTable({ snapshot, ghosts, showBuiltins }: { snapshot: Snapshot; ghosts: readonly GhostObject[]; showBuiltins: boolean }) {
  const objs = Object.values(snapshot.objects).filter((o) => showBuiltins || !isBuiltinObject(o));
  return (
    <div>
      <table className={styles.table}>
        <caption className="visually-hidden">Names in each frame</caption>
        <thead>
          <tr>
            <th scope="col">Frame</th>
            <th scope="col">Name</th>
            <th scope="col">Object</th>
          </tr>
        </thead>
        <tbody>
          {snapshot.frames.flatMap((f) =>
            f.bindings.map((b) => {
              const o = snapshot.objects[b.ref];
              return (
                <tr key={`${f.id}.${b.label}`}>
                  <td>{f.name}</td>
                  <td>{b.label}</td>
                  <td>{o ? `${o.type} #${o.id} ${o.repr}` : `#${b.ref}`}</td>
                </tr>
              );
            }),
          )}
        </tbody>
      </table>
      <table className={styles.table} data-testid="heap-table">
        <caption className="visually-hidden">Heap objects</caption>
        <thead>
          <tr>
            <th scope="col">Id</th>
            <th scope="col">Type</th>
            <th scope="col">Value</th>
            <th scope="col">Refcount</th>
            <th scope="col">Held by</th>
            <th scope="col">Refers to</th>
            <th scope="col">Generation</th>
            <th scope="col">getsizeof</th>
            <th scope="col">Address</th>
          </tr>
        </thead>
        <tbody>
          {objs.map((o) => (
            <tr key={o.id} data-obj-id={o.id}>
              <td>#{o.id}</td>
              <td>{o.type}</td>
              <td>{o.repr}</td>
              <td>{o.immortal ? 'immortal' : o.refcount}</td>
              <td>{o.referrers.join(', ')}</td>
              <td>{o.refs.map((r) => `${r.label} → #${r.ref}`).join(', ')}</td>
              <td>{o.tracked ? String(o.generation) : 'untracked'}</td>
              <td>{o.size}</td>
              <td>{o.address}</td>
            </tr>
          ))}
          {ghosts.map((g) => (
            <tr key={`g${g.record.id}`} data-obj-id={g.record.id}>
              <td>#{g.record.id}</td>
              <td>{g.record.type}</td>
              <td>{g.record.repr}</td>
              <td colSpan={6}>{g.kind === 'freed' && g.cause ? `freed: ${causeText(g.cause)}` : 'unreachable, waiting for the collector'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
