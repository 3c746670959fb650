import { describe, expect, it } from 'vitest';
import { run } from '../index';

/** Runs `src` on every profile and returns the results. */
function runAll(src: string) {
  return (['3.11', '3.12', '3.13', '3.14'] as const).map((profile) => run(src, { profile, filename: 'main.py' }));
}

describe('collections: what heaplab does not simulate says so', () => {
  it('from collections import Counter raises ImportError naming the gap', () => {
    for (const r of runAll('from collections import Counter\n')) {
      expect(r.outcome).toBe('exception');
      expect(r.stderr.trim().split('\n').pop()).toBe('ImportError: heaplab does not simulate collections.Counter yet');
    }
  });
  it('attribute access to an unsimulated name raises the same ImportError', () => {
    for (const name of ['namedtuple', 'ChainMap', 'UserDict', 'UserList', 'UserString']) {
      const r = run(`import collections\ncollections.${name}\n`, { profile: '3.12', filename: 'main.py' });
      expect(r.stderr.trim().split('\n').pop()).toBe(`ImportError: heaplab does not simulate collections.${name} yet`);
    }
  });
  it('a name collections does not have is an AttributeError, a missing import name the usual ImportError', () => {
    const a = run('import collections\ncollections.nope\n', { profile: '3.12', filename: 'main.py' });
    expect(a.stderr.trim().split('\n').pop()).toBe("AttributeError: module 'collections' has no attribute 'nope'");
    const b = run('from collections import nope\n', { profile: '3.12', filename: 'main.py' });
    expect(b.stderr.trim().split('\n').pop()).toMatch(/^ImportError: cannot import name 'nope' from 'collections'/);
  });
  it('collections.abc is reported as not simulated', () => {
    const r = run('import collections.abc\n', { profile: '3.12', filename: 'main.py' });
    expect(r.stderr.trim().split('\n').pop()).toBe("ModuleNotFoundError: heaplab does not simulate the 'collections.abc' module yet");
  });
  it('deque and defaultdict come from collections and _collections alike', () => {
    const r = run('import collections, _collections\nprint(collections.deque is _collections.deque, collections.defaultdict is _collections.defaultdict)\n', { profile: '3.12', filename: 'main.py' });
    expect(r.stdout).toBe('True True\n');
  });
});
