'use client';

import { memo } from 'react';
import type { BlockView, MemoryView } from '@/lib/runner/memory';
import styles from './panels.module.css';

/** Okabe–Ito colours by size class (cycled); the class is also written in each pool's label. */
const CLASS_COLOURS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442'];

function hex(n: number): string {
  return '0x' + n.toString(16);
}

interface BlockProps {
  address: number;
  state: BlockView['state'];
  owner: number;
  typeName: string;
  size: number | undefined;
  selected: boolean;
  onSelect: (id: number) => void;
}

const Block = memo(function Block({ address, state, owner, typeName, size, selected, onSelect }: BlockProps) {
  const desc =
    state === 'used'
      ? `${typeName} #${owner} at ${hex(address)}${size !== undefined ? `, getsizeof ${size}` : ''}`
      : state === 'free'
        ? `free block at ${hex(address)}`
        : `block at ${hex(address)} kept by the ${typeName} free list`;
  return (
    <li>
      <button
        type="button"
        className={`${styles.block} ${styles[`b_${state}`]} ${selected ? styles.blockSel : ''}`}
        title={desc}
        aria-label={desc}
        data-block={hex(address)}
        data-owner={state === 'used' ? owner : undefined}
        onMouseEnter={() => state === 'used' && onSelect(owner)}
        onFocus={() => state === 'used' && onSelect(owner)}
      />
    </li>
  );
});

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
                {p.blocks.slice(0, 256).map((b) => (
                  <Block
                    key={b.address}
                    address={b.address}
                    state={b.state}
                    owner={b.owner}
                    typeName={b.typeName}
                    size={b.state === 'used' ? sizes.get(b.owner) : undefined}
                    selected={selected === b.owner && b.state === 'used'}
                    onSelect={onSelect}
                  />
                ))}
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
