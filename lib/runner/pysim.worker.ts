// The simulator's Web Worker: runs a program with lib/pysim and streams its trace to the page
// in chunks, so a run that is stopped (worker terminated) keeps everything sent so far.
import { runAndStream } from './session';
import type { RunRequest } from './protocol';

self.onmessage = (e: MessageEvent<RunRequest>) => {
  if (e.data.type === 'run') runAndStream(e.data, (m) => (self as unknown as Worker).postMessage(m));
};
