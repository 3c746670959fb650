'use client';

import { memo } from 'react';
import type { MemoryView } from '@/lib/runner/memory';
import styles from './panels.module.css';

/** Okabe–Ito colours by size class (cycled); the class is also written in each pool's label. */
const CLASS_COLOURS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442'];

function hex(n: number): string {
  return '0x' + n.toString(16);
}

/** Props of the memory panel. */
export interface MemoryPanelProps {
  mem: MemoryView;
  /** Object under the pointer in the heap view (its block is outlined). */
  selected: number | null;
  onSelect: (id: number) => void;
  /** getsizeof of visible objects by id. */
  sizes: ReadonlyMap<number, number>;
}

/** Arenas → pools → blocks touched by the program, coloured by size class, with free lists. */
export const MemoryPanel = memo(function MemoryPanel({ mem, selected, onSelect, sizes }: MemoryPanelProps) {
  const pools = mem.pools.slice(-24);
  return (
    <section className={styles.panel} aria-labelledby="mem-heading" data-testid="memory-panel">
      <h3 id="mem-heading" className={styles.h}>
        Memory
      </h3>
      <p className={styles.muted}>
        {mem.usedBlocks} blocks in use ({mem.usedBytes} bytes) in {mem.pools.length} pools the program touched. Filled: in use; hollow: free in
        pymalloc; striped: kept by a type&apos;s free list.
      </p>
      <div className={styles.pools}>
        {pools.map((p) => {
          const colour = CLASS_COLOURS[(p.blockSize / 16 - 1) % CLASS_COLOURS.length];
          return (
            <div key={p.address} className={styles.pool} style={{ ['--cls' as string]: colour }}>
              <div className={styles.poolHead}>
                <span>pool {hex(p.address)}</span>
                <span>{p.blockSize} B blocks</span>
                <span className={styles.muted}>arena {hex(p.arena)}</span>
              </div>
              <ul className={styles.blocks} aria-label={`blocks of pool ${hex(p.address)}`}>
                {p.blocks.slice(0, 256).map((b) => {
                  const size = b.state === 'used' ? sizes.get(b.owner) : undefined;
                  const desc =
                    b.state === 'used'
                      ? `${b.typeName} #${b.owner} at ${hex(b.address)}${size !== undefined ? `, getsizeof ${size}` : ''}`
                      : b.state === 'free'
                        ? `free block at ${hex(b.address)}`
                        : `block at ${hex(b.address)} kept by the ${b.typeName} free list`;
                  return (
                    <li key={b.address}>
                    <button
                      type="button"
                      className={`${styles.block} ${styles[`b_${b.state}`]} ${selected === b.owner && b.state === 'used' ? styles.blockSel : ''}`}
                      title={desc}
                      aria-label={desc}
                      data-block={hex(b.address)}
                      data-owner={b.state === 'used' ? b.owner : undefined}
                      onMouseEnter={() => b.state === 'used' && onSelect(b.owner)}
                      onFocus={() => b.state === 'used' && onSelect(b.owner)}
                    />
                    </li>
                  );
                })}
              </ul>
            </div>
          );
        })}
      </div>
      {mem.freeLists.length ? (
        <>
          <h4 className={styles.h4}>pymalloc free blocks (next handed out first)</h4>
          <ul className={styles.freeLists}>
            {mem.freeLists.map((f) => (
              <li key={f.blockSize}>
                <span className={styles.num}>{f.blockSize} B:</span> {f.addresses.slice(0, 6).map(hex).join(' → ')}
                {f.addresses.length > 6 ? ` … (${f.addresses.length})` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
});
