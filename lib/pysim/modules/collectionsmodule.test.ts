import { describe, expect, it } from 'vitest';
import { run } from '../index';

/** Runs `src` on every profile and returns the results. */
function runAll(src: string) {
  return (['3.11', '3.12', '3.13', '3.14'] as const).map((profile) => run(src, { profile, filename: 'main.py' }));
}

describe('collections: what heaplab does not simulate says so', () => {
  it('from collections import ChainMap raises ImportError naming the gap', () => {
    for (const r of runAll('from collections import ChainMap\n')) {
      expect(r.outcome).toBe('exception');
      expect(r.stderr.trim().split('\n').pop()).toBe('ImportError: heaplab does not simulate collections.ChainMap yet');
    }
  });
  it('attribute access to an unsimulated name raises the same ImportError', () => {
    for (const name of ['ChainMap', 'UserDict', 'UserList', 'UserString']) {
      const r = run(`import collections\ncollections.${name}\n`, { profile: '3.12', filename: 'main.py' });
      expect(r.stderr.trim().split('\n').pop()).toBe(`ImportError: heaplab does not simulate collections.${name} yet`);
    }
  });
  it('from collections import * goes through __all__ and names the first unsimulated name', () => {
    const r = run('from collections import *\n', { profile: '3.12', filename: 'main.py' });
    expect(r.stderr.trim().split('\n').pop()).toBe('ImportError: heaplab does not simulate collections.ChainMap yet');
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

describe('collections: namedtuple and Counter are Lib/collections/__init__.py run on first use', () => {
  it('import collections alone does not run the source; the first lookup of either name runs it once', () => {
    const r = run([
      'import collections',
      "print('namedtuple' in collections.__dict__, 'Counter' in collections.__dict__)",
      'nt = collections.namedtuple',
      "print('namedtuple' in collections.__dict__, 'Counter' in collections.__dict__)",
      'from collections import Counter',
      'print(nt is collections.namedtuple, Counter.__module__, nt.__module__)',
    ].join('\n') + '\n', { profile: '3.12', filename: 'main.py' });
    expect(r.stdout).toBe('False False\nTrue True\nTrue collections collections\n');
  });
  it('namedtuple and Counter raise from CPython\'s own lines of each version', () => {
    const lines: Record<string, [number, number]> = { '3.11': [398, 690], '3.12': [403, 698], '3.13': [403, 700], '3.14': [409, 709] };
    for (const [profile, [nt, update]] of Object.entries(lines)) {
      const a = run("from collections import namedtuple\nnamedtuple('P', 'x class')\n", { profile: profile as '3.12', filename: 'main.py' });
      expect(a.stderr).toContain(`collections/__init__.py", line ${nt}, in namedtuple`);
      expect(a.stderr.trim().split('\n').pop()).toBe("ValueError: Type names and field names cannot be a keyword: 'class'");
      const b = run('from collections import Counter\nCounter(5)\n', { profile: profile as '3.12', filename: 'main.py' });
      expect(b.stderr).toContain(`collections/__init__.py", line ${update}, in update`);
      expect(b.stderr.trim().split('\n').pop()).toBe("TypeError: 'int' object is not iterable");
    }
  });
  it('_tuplegetter and _count_elements are _collections\' C helpers', () => {
    const r = run([
      'import _collections, collections, sys',
      "P = collections.namedtuple('P', 'x')",
      "print(type(P.x) is _collections._tuplegetter, type(P.x), P.x, sys.getsizeof(P.x))",
      'd = {}',
      "_collections._count_elements(d, 'abca')",
      'print(d, d["a"] is 2)',
    ].join('\n') + '\n', { profile: '3.12', filename: 'main.py' });
    expect(r.stdout).toBe("True <class 'collections._tuplegetter'> _tuplegetter(0, 'Alias for field number 0') 48\n{'a': 2, 'b': 1, 'c': 1} True\n");
  });
  it('functools._CacheInfo is a real namedtuple', () => {
    const r = run('import functools\nprint(functools._CacheInfo(1, 2, 3, 4)._asdict(), type(functools._CacheInfo.hits).__name__)\n', { profile: '3.13', filename: 'main.py' });
    expect(r.stdout).toBe("{'hits': 1, 'misses': 2, 'maxsize': 3, 'currsize': 4} _tuplegetter\n");
  });
});
