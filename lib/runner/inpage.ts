// Runs a program on the page's own thread instead of in a Web Worker. Chromium gives a dedicated
// worker about half the JavaScript stack of the page's main thread (a plain recursive function
// reaches about 8 300 frames in a worker and 17 500 on the page), so a program whose recursion
// exhausted the worker's stack before CPython's recursion limit is run again here. The page is
// busy while it runs: only programs that finished quickly in the worker are run again.
import type { RunRequest, RunnerPort } from './protocol';

/** Warm-up runs before the program (see warmUp in session.ts). */
const WARM_UP_RUNS = 10;

/** A RunnerPort that runs the program on the page's thread once the simulator's code is loaded. */
export class InPageRunner implements RunnerPort {
  onmessage: RunnerPort['onmessage'] = null;
  onerror: RunnerPort['onerror'] = null;
  private terminated = false;

  postMessage(req: RunRequest): void {
    void import('./session').then(({ runAndStream, warmUp }) => {
      // one macrotask later, so the page can paint that the program is running again
      setTimeout(() => {
        if (this.terminated) return;
        try {
          warmUp(WARM_UP_RUNS);
          runAndStream(req, (m) => {
            if (!this.terminated) this.onmessage?.({ data: m });
          });
        } catch {
          if (!this.terminated) this.onerror?.({ preventDefault() {} });
        }
      }, 0);
    });
  }

  terminate(): void {
    this.terminated = true;
  }
}
