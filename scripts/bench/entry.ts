// Entry bundled by scripts/bench.mjs and scripts/calibrate-startup.mjs: exposes the simulator to plain Node.
export { SIMULATOR_V8_FLAGS } from '../../lib/cli/v8flags';
export { run } from '../../lib/pysim/index';
export { parse } from '../../lib/pysim/parser/index';
export { getProfile } from '../../lib/pysim/profiles/index';
