'use client';

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { CodeEditor } from '@/components/editor/CodeEditor';
import { HeapView } from '@/components/heap/HeapView';
import { HeapTable } from '@/components/heap/HeapTable';
import type { GcMark } from '@/components/heap/ObjectBox';
import { Timeline } from '@/components/timeline/Timeline';
import { CollectorPanel, collectionsOf, type GcPass } from '@/components/panels/CollectorPanel';
import { MemoryPanel } from '@/components/panels/MemoryPanel';
import { EventsPanel } from '@/components/panels/EventsPanel';
import type { ProfileName } from '@/lib/pysim';
import type { Snapshot } from '@/lib/pysim/trace/types';
import { startRun, type LiveTrace, type RunHandle } from '@/lib/runner/client';
import { SnapshotCursor } from '@/lib/runner/cursor';
import { MemoryCursor } from '@/lib/runner/memory';
import { SlotLayout, TraceIndex, describeStep, eventsAt, freedAt, unreachableAt } from '@/lib/runner/view';
import { LineHighlight } from './LineHighlight';
import { PROFILES, decodeHash, encodeHash } from './url';
import styles from './playground.module.css';

/** The program the playground opens with: the aliasing example from the first lesson. */
export const PLAYGROUND_STARTER = `# Two names, one list: assignment never copies.
a = [1, 2, 3]
b = a
b.append(4)
print(a)          # [1, 2, 3, 4]
print(a is b)     # True

# Equal values, separate objects.
c = [1, 2, 3, 4]
print(a == c, a is c)   # True False
`;

/** Props of the playground (the /playground page and lessons embed it). */
export interface PlaygroundProps {
  /** Program shown first (the URL hash wins when syncUrl is on). */
  initialCode?: string;
  profile?: ProfileName;
  /** Editor height in CSS pixels. */
  height?: number;
  /** Compact mode for lessons: collector and memory panels start folded. */
  compact?: boolean;
  /** Keep code and profile in the URL hash (the /playground page does). */
  syncUrl?: boolean;
}

interface TraceState {
  trace: LiveTrace;
  cursor: SnapshotCursor;
  index: TraceIndex;
  layouts: Map<boolean, SlotLayout>;
  mem: MemoryCursor;
}

const OUTCOME_TEXT: Record<string, string> = {
  ok: 'Finished',
  exception: 'Ended with an exception',
  'syntax-error': 'Syntax error',
  'step-limit': 'Stopped: step budget reached',
  'heap-limit': 'Stopped: heap budget reached',
  'internal-error': 'Simulator error',
};

/**
 * Said when the browser's JavaScript stack ran out during the run, even on the page's own thread:
 * the RecursionError came earlier than CPython's limit.
 */
/**
 * A run whose recursion exhausted the worker's stack is run again on the page's own thread (about
 * twice the stack; lib/runner/inpage.ts) when the program ran at most this long in the worker,
 * because the page cannot respond while it runs there.
 */
const PAGE_RERUN_MAX_MS = 4000;

const STACK_NOTE = " · the browser's stack ran out before CPython's recursion limit: real CPython may recurse deeper (`npx heaplab run` does not have this limit)";

/**
 * The playground: editor, Run (Ctrl/Cmd+Enter) and Stop, a profile switch, output, and the
 * step-by-step heap: timeline, heap diagram (or table), collector and memory panels.
 */
export function Playground({ initialCode = PLAYGROUND_STARTER, profile: initialProfile = '3.12', height = 360, compact = false, syncUrl = false }: PlaygroundProps) {
  const [code, setCode] = useState(initialCode);
  const [profile, setProfile] = useState<ProfileName>(initialProfile);
  const [ts, setTs] = useState<TraceState | null>(null);
  const [version, setVersion] = useState(0);
  const [step, setStep] = useState(0);
  const [showBuiltins, setShowBuiltins] = useState(false);
  const [view, setView] = useState<'diagram' | 'table'>('diagram');
  const [selected, setSelected] = useState<number | null>(null);
  const [pass, setPass] = useState<GcPass>('move_unreachable');
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(() => new Set());
  const onToggle = useCallback((id: number) => {
    setExpanded((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);
  const handle = useRef<RunHandle | null>(null);
  const [editorEl, setEditorEl] = useState<HTMLDivElement | null>(null);
  const codeRef = useRef(code);
  useEffect(() => {
    codeRef.current = code;
  }, [code]);

  useEffect(() => {
    if (!syncUrl) return;
    const h = decodeHash(window.location.hash);
    // Reading the URL is a one-time, client-only initialisation (static export).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (h.code !== undefined) setCode(h.code);
    if (h.profile) setProfile(h.profile);
  }, [syncUrl]);

  useEffect(() => () => handle.current?.stop(), []);

  // the latest `run`, for the page-thread re-run a finished worker run asks for
  const runRef = useRef<(source?: string, thread?: 'worker' | 'page') => void>(() => {});
  const run = useCallback(
    (source?: string, thread: 'worker' | 'page' = 'worker') => {
      const src = source ?? codeRef.current;
      handle.current?.stop();
      if (syncUrl) window.history.replaceState(null, '', encodeHash(src, profile));
      const box: { st: TraceState | null } = { st: null };
      const h = startRun({
        source: src,
        profile,
        thread,
        onUpdate: (t) => {
          const st = box.st;
          if (!st) return;
          if (t.status === 'done' && t.thread === 'worker' && t.result?.jsStackExhausted && t.runMs <= PAGE_RERUN_MAX_MS) {
            // the worker's stack ran out first: run it again where the stack is deeper
            setTimeout(() => {
              if (handle.current === h) runRef.current(src, 'page');
            }, 0);
            return;
          }
          st.index.update(t.events, t.collections);
          for (const l of st.layouts.values()) l.update(t.deltas, st.index);
          setVersion(t.version);
          if (t.status !== 'running') {
            const n = st.cursor.length;
            setStep(t.status === 'done' ? 0 : Math.max(0, n - 1));
          }
        },
      });
      const st: TraceState = { trace: h.trace, cursor: new SnapshotCursor(h.trace), index: new TraceIndex(), layouts: new Map(), mem: new MemoryCursor() };
      box.st = st;
      handle.current = h;
      setTs(st);
      setStep(0);
      setSelected(null);
      setVersion(0);
    },
    [profile, syncUrl],
  );

  useEffect(() => {
    runRef.current = run;
  }, [run]);

  const stop = useCallback(() => handle.current?.stop(), []);

  const trace = ts?.trace ?? null;
  const running = trace?.status === 'running';
  const length = ts ? ts.cursor.length : 0;
  const cur = Math.min(step, Math.max(0, length - 1));

  const layout = useMemo(() => {
    if (!ts) return null;
    let l = ts.layouts.get(showBuiltins);
    if (!l) ts.layouts.set(showBuiltins, (l = new SlotLayout(showBuiltins)));
    l.update(ts.trace.deltas, ts.index);
    return l;
    // version: the layout grows with the trace
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ts, showBuiltins, version]);

  const { snap, prev } = useMemo(() => {
    if (!ts || length === 0) return { snap: null as Snapshot | null, prev: null as Snapshot | null };
    const p = cur > 0 ? ts.cursor.at(cur - 1) : null;
    const s = ts.cursor.at(cur);
    return { snap: s, prev: p };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ts, cur, length, version]);

  const stepEvents = useMemo(() => (trace && snap ? eventsAt(trace.events, cur) : []), [trace, snap, cur]);
  const ghosts = useMemo(() => {
    if (!ts || !snap || !layout) return [];
    return [...freedAt(prev, snap, ts.trace.deltas[cur], ts.index), ...unreachableAt(cur, layout, ts.index)];
  }, [ts, snap, prev, cur, layout]);
  const words = useMemo(() => (snap ? describeStep(prev, snap, stepEvents) : []), [snap, prev, stepEvents]);
  const collections = useMemo(() => (trace ? collectionsOf(trace.events) : []), [trace, version]); // eslint-disable-line react-hooks/exhaustive-deps
  const currentGc = useMemo(() => (ts ? ts.index.collectionsByStep.get(cur) ?? [] : []), [ts, cur, version]); // eslint-disable-line react-hooks/exhaustive-deps
  const gcMarks = useMemo(() => {
    if (!currentGc.length) return null;
    const m = new Map<number, GcMark>();
    for (const o of currentGc[0].objects) {
      const gcRefs = pass === 'update_refs' ? o.refcount : o.gcRefs;
      m.set(o.id, { gcRefs, unreachable: pass !== 'update_refs' && pass !== 'subtract_refs' && o.unreachable });
    }
    return m;
  }, [currentGc, pass]);
  // During a collection step, draw the cycle the collector found even though the objects are gone now.
  const gcGhosts = useMemo(() => {
    if (!currentGc.length || pass === 'delete_garbage') return ghosts;
    const have = new Set(ghosts.map((g) => g.record.id));
    const extra = (currentGc[0].detached ?? []).filter((r) => !have.has(r.id) && layout?.slot.has(r.id)).map((r) => ({ record: r, kind: 'unreachable' as const }));
    const shown = ghosts.filter((g) => !(g.kind === 'freed' && g.cause === 'gc'));
    const freedByGc = ghosts.filter((g) => g.kind === 'freed' && g.cause === 'gc').map((g) => ({ record: g.record, kind: 'unreachable' as const }));
    return [...shown, ...freedByGc, ...extra];
  }, [ghosts, currentGc, pass, layout]);

  const mem = useMemo(() => (ts && snap ? ts.mem.at(ts.trace.events, cur) : null), [ts, snap, cur]);
  const sizes = useMemo(() => {
    const m = new Map<number, number>();
    if (snap) for (const o of Object.values(snap.objects)) m.set(o.id, o.size);
    return m;
  }, [snap]);

  const lines = useMemo(() => code.split('\n'), [code]);
  const ranLine = prev ? prev.line : 0;
  const stmt = ranLine > 0 ? (ts?.trace ? (lines[ranLine - 1] ?? '').trim() : '') : '';

  // Performance marks around a step (scripts/bench-ui.mjs reads the 'heaplab-step' measures).
  const stepTo = useCallback((s: number) => {
    performance.mark('heaplab-step-start');
    setStep(s);
  }, []);
  useLayoutEffect(() => {
    if (performance.getEntriesByName('heaplab-step-start', 'mark').length) {
      performance.measure('heaplab-step', 'heaplab-step-start');
      performance.clearMarks('heaplab-step-start');
    }
  }, [cur]);

  const onSelect = useCallback((id: number) => setSelected(id), []);
  const nLines = lines.length;
  const result = trace?.result;
  const status = !trace
    ? 'Not run yet. Press Run or Ctrl+Enter.'
    : running
      ? trace.thread === 'page'
        ? "Running again on the page's own thread, whose stack holds deeper recursion than the worker's…"
        : `Running… ${trace.deltas.length.toLocaleString('en')} steps recorded`
      : trace.status === 'stopped'
        ? `Stopped by you after ${trace.deltas.length.toLocaleString('en')} recorded steps`
        : trace.status === 'timeout'
          ? `Stopped: time budget reached after ${trace.deltas.length.toLocaleString('en')} recorded steps`
          : trace.status === 'crashed'
            ? 'The simulator crashed'
            : `${OUTCOME_TEXT[result?.outcome ?? 'ok']} · ${result?.steps.toLocaleString('en')} statements${trace.truncated ? ` (first ${trace.deltas.length.toLocaleString('en')} recorded)` : ''}${result?.jsStackExhausted ? STACK_NOTE : ''}`;
  const stdout = result ? result.stdout : (snap?.stdout ?? '');
  const stderr = result ? result.stderr : (snap?.stderr ?? '');

  return (
    <section className={`${styles.playground} ${compact ? styles.compact : ''}`} aria-labelledby="editor-heading" data-run-status={trace?.status ?? 'idle'} data-run-thread={trace?.thread ?? 'worker'} data-run-ms={trace?.runMs ?? 0}>
      <div className={styles.toolbar}>
        <h2 id="editor-heading" className={styles.heading}>
          main.py
        </h2>
        <p className={styles.meta}>
          {nLines} {nLines === 1 ? 'line' : 'lines'}
        </p>
        <div className={styles.actions}>
          <label className={styles.profile}>
            <span>CPython</span>
            <select value={profile} onChange={(e) => setProfile(e.target.value as ProfileName)} aria-label="CPython version">
              {PROFILES.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className={styles.run} onClick={() => run()} disabled={running} aria-keyshortcuts="Control+Enter">
            ▶ Run
          </button>
          <button type="button" className={styles.stop} onClick={stop} disabled={!running}>
            ■ Stop
          </button>
        </div>
      </div>
      <div ref={setEditorEl}>
        <CodeEditor value={code} onChange={setCode} ariaLabel="Python program" height={height} onRun={(v) => run(v)} />
      </div>
      <LineHighlight container={editorEl} line={snap ? snap.line : null} />
      <div className={styles.outputRow}>
        <section className={styles.output} aria-labelledby="output-heading">
          <h3 id="output-heading" className={styles.h3}>
            Output
          </h3>
          <p className={styles.status} role="status" data-testid="run-status">
            {status}
          </p>
          <pre className={styles.pre} data-testid="stdout" tabIndex={0} role="log" aria-label="Program output">
            {stdout}
            {stderr ? <span className={styles.stderr}>{stderr}</span> : null}
          </pre>
        </section>
      </div>
      {trace ? (
        <div className={styles.vis}>
          <Timeline step={cur} length={length} line={snap?.line ?? 0} onStep={stepTo} marks={collections.map((c) => c.step)} />
            <div className={styles.heapCol}>
              <div className={styles.heapBar}>
                <h3 className={styles.h3}>Heap</h3>
                <div className={styles.seg} role="radiogroup" aria-label="Heap view">
                  <label>
                    <input type="radio" name="heap-view" checked={view === 'diagram'} onChange={() => setView('diagram')} /> Diagram
                  </label>
                  <label>
                    <input type="radio" name="heap-view" checked={view === 'table'} onChange={() => setView('table')} /> Table
                  </label>
                </div>
                <label className={styles.check}>
                  <input type="checkbox" checked={showBuiltins} onChange={(e) => setShowBuiltins(e.target.checked)} /> Show built-in and immortal objects
                </label>
              </div>
              <div className={styles.legend} aria-hidden="true">
                <span className={styles.lgNew}>new</span>
                <span className={styles.lgChanged}>changed</span>
                <span className={styles.lgFreed}>freed</span>
                <span className={styles.lgUnreach}>unreachable</span>
              </div>
              {snap && layout ? (
                view === 'diagram' ? (
                  <div className={styles.heapWrap} data-testid="heap-view">
                    <HeapView
                      snapshot={snap}
                      prev={prev}
                      slots={layout.slot}
                      ghosts={gcGhosts}
                      showBuiltins={showBuiltins}
                      gcMarks={gcMarks}
                      selected={selected}
                      onSelect={onSelect}
                      expanded={expanded}
                      onToggle={onToggle}
                    />
                  </div>
                ) : (
                  <HeapTable snapshot={snap} ghosts={gcGhosts} showBuiltins={showBuiltins} />
                )
              ) : (
                <p className={styles.status}>Waiting for the first step…</p>
              )}
            </div>
          <div className={styles.panels}>
              <EventsPanel code={stmt} lines={words} />
              {snap ? (
                compact ? (
                  <details>
                    <summary>Collector</summary>
                    <CollectorPanel gc={snap.gc} collections={collections} current={currentGc} pass={pass} onPass={setPass} onJump={stepTo} step={cur} />
                  </details>
                ) : (
                  <CollectorPanel gc={snap.gc} collections={collections} current={currentGc} pass={pass} onPass={setPass} onJump={stepTo} step={cur} />
                )
              ) : null}
          {mem ? (
            compact ? (
              <details>
                <summary>Memory</summary>
                <MemoryPanel mem={mem} selected={selected} onSelect={onSelect} sizes={sizes} />
              </details>
            ) : (
              <MemoryPanel mem={mem} selected={selected} onSelect={onSelect} sizes={sizes} />
            )
          ) : null}
          </div>
        </div>
      ) : null}
    </section>
  );
}
