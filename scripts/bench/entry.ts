// Bench entry bundled by scripts/bench.mjs: exposes the simulator's run() to plain Node.
export { run } from '../../lib/pysim/index';
export { parse } from '../../lib/pysim/parser/index';
