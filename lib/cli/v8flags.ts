// V8 tuning for the simulator in Node (the CLI, the benchmark, the fidelity report). Imported
// for its side effect, first, before the simulator's modules run any code.
//
// The simulator's objects are instances of some forty JavaScript classes (PyLong, PyList, ...),
// so the property sites every object passes through (`ob_refcnt`, `ob_type`) see more hidden
// classes than V8's default of four per inline cache and go megamorphic: each access then probes
// V8's stub cache. Allowing 64 classes per site keeps them polymorphic. `npm run bench` measured
// the gain (README); a browser cannot set V8 flags, so the web app runs with V8's defaults.
import { setFlagsFromString } from 'node:v8';

/** The V8 flags heaplab's Node entry points run the simulator with. */
export const SIMULATOR_V8_FLAGS = ['--max-valid-polymorphic-map-count=64'];

/**
 * Sets SIMULATOR_V8_FLAGS, unless the environment has HEAPLAB_V8_DEFAULTS=1 (to measure what a
 * browser, which runs V8's defaults, gets). Returns whether they were set.
 */
export function applySimulatorV8Flags(): boolean {
  if (process.env.HEAPLAB_V8_DEFAULTS === '1') return false;
  for (const flag of SIMULATOR_V8_FLAGS) setFlagsFromString(flag);
  return true;
}

applySimulatorV8Flags();
