import { describe, expect, it } from 'vitest';
import { run } from '../index';

type P = '3.11' | '3.12' | '3.13' | '3.14' | '3.14-wasm32';

/** Runs `src` on `profile`; returns stdout and the last stderr line. */
function sim(src: string, profile: P = '3.12') {
  const r = run(src, { profile, filename: 'main.py' });
  expect(r.outcome).not.toBe('internal-error');
  return { out: r.stdout, last: r.stderr.trim().split('\n').pop() ?? '', outcome: r.outcome };
}

const NOT_SIMULATED = /^NotImplementedError: heaplab does not simulate reading this memory \(/;

describe('ctypes: writing through from_address is refused', () => {
  it('setting .value of a from_address instance raises NotImplementedError and leaves the count alone', () => {
    const r = sim('import ctypes, sys\na = []\nf = ctypes.c_long.from_address(id(a))\ntry:\n    f.value = 5\nexcept NotImplementedError as e:\n    print(e)\nprint(sys.getrefcount(a))\n');
    expect(r.out).toBe("heaplab does not simulate writing to memory through ctypes (in CPython this would corrupt the interpreter's heap)\n2\n");
  });
  it('a value of the wrong type is CPython\'s TypeError first', () => {
    const r = sim("import ctypes\na = []\nctypes.c_long.from_address(id(a)).value = 'x'\n");
    expect(r.last).toBe("TypeError: 'str' object cannot be interpreted as an integer");
  });
  it('an owned instance stores the value, wrapped as the C cast does', () => {
    expect(sim('import ctypes\nc = ctypes.c_ubyte(3)\nc.value = 257\nprint(c.value, c)\n').out).toBe('1 c_ubyte(1)\n');
  });
});

describe('ctypes: memory heaplab does not model is an error, never a number', () => {
  it('address 0 and negative addresses (CPython would crash)', () => {
    for (const a of ['0', '-8']) {
      const r = sim(`import ctypes\nctypes.c_long.from_address(${a}).value\n`);
      expect(r.last).toMatch(NOT_SIMULATED);
      expect(r.last).toContain('CPython would crash');
    }
  });
  it('an address no object is at', () => {
    const r = sim('import ctypes\nctypes.c_long.from_address(12345678).value\n');
    expect(r.last).toBe('NotImplementedError: heaplab does not simulate reading this memory (no object heaplab knows of is at this address)');
  });
  it('a field heaplab does not model (a list\'s ob_item pointer, a dict\'s ma_used)', () => {
    const r = sim('import ctypes\na = [1]\nctypes.c_long.from_address(id(a) + 24).value\n');
    expect(r.last).toBe("NotImplementedError: heaplab does not simulate reading this memory (byte 31 of a 'list' object)");
    expect(sim('import ctypes\nd = {}\nctypes.c_long.from_address(id(d) + 16).value\n').last).toMatch(NOT_SIMULATED);
  });
  it("3.11's static objects and 3.14's 64-bit immortal word", () => {
    expect(sim('import ctypes\nctypes.c_long.from_address(id(None)).value\n', '3.11').last).toContain('which CPython 3.11 allocates statically');
    expect(sim('import ctypes\nctypes.c_long.from_address(id(None)).value\n', '3.14').last).toMatch(NOT_SIMULATED);
    // a mortal object's count is modelled on both
    expect(sim('import ctypes\na = []\nprint(ctypes.c_long.from_address(id(a)).value)\n', '3.11').out).toBe('1\n');
    expect(sim('import ctypes\na = []\nprint(ctypes.c_long.from_address(id(a)).value)\n', '3.14').out).toBe('1\n');
  });
  it("the ctypes classes' own counts (heap types in CPython, static here)", () => {
    expect(sim('import ctypes\nctypes.c_long.from_address(id(ctypes.c_long)).value\n').last).toContain('c_long, a heap type in CPython');
  });
  it('objects heaplab keeps immortal but CPython counts (builtin functions, method descriptors, extension types)', () => {
    for (const x of ['len', 'list.append', 'int.__add__', 'sys.getrefcount']) {
      expect(sim(`import ctypes, sys\nctypes.c_long.from_address(id(${x})).value\n`).last).toContain('heaplab keeps it immortal, CPython counts its references');
    }
    expect(sim('import ctypes, itertools\nctypes.c_long.from_address(id(itertools.count)).value\n').last).toMatch(NOT_SIMULATED);
    // the singletons, small ints, interned strings and builtin types are immortal in CPython 3.12 too
    expect(sim("import ctypes\nprint([ctypes.c_long.from_address(id(x)).value for x in (None, 7, 'abc', (), int, ...)])\n").out).toBe('[4294967295, 4294967295, 4294967295, 4294967295, 4294967295, 4294967295]\n');
  });
  it('a wasm32 pointer read in part', () => {
    const r = sim('import ctypes\nclass C: pass\nc = C()\nctypes.c_short.from_address(id(c) + 4).value\n', '3.14-wasm32');
    expect(r.last).toBe("NotImplementedError: heaplab does not simulate reading this memory (part of a pointer in a 'C' object)");
  });
  it('a dead object whose block another object took is read as that object, or refused', () => {
    // the str block is reused by another str of the same size class: the new one is found by the walk
    const r = sim("import ctypes\ns = ''.join(['x'] * 100)\na = id(s)\ndel s\nt = ''.join(['y'] * 100)\nv = ctypes.c_long.from_address(a).value\nprint(id(t) == a, v)\n");
    expect(r.out).toBe('True 1\n');
  });
  it('a block two dead objects held in turn reads as the last one left it', () => {
    // y takes x's block (LIFO) and dies too, without id(y): the type word is D's
    const src = 'import ctypes\nclass C: pass\nclass D: pass\nx = C()\nxid = id(x)\ndel x\ny = D()\ndel y\nprint(ctypes.c_long.from_address(xid).value, ctypes.c_void_p.from_address(xid + 8).value == id(D))\n';
    for (const p of ['3.11', '3.12', '3.13'] as const) expect(sim(src, p).out).toBe('0 True\n');
  });
  it('memory the cyclic collector freed (CPython 3.12 was seen putting a str of its own there)', () => {
    const src = 'import ctypes, gc\nclass A: pass\na = A()\na.me = a\naddr = id(a)\ndel a\ngc.collect()\nctypes.c_long.from_address(addr).value\n';
    for (const p of ['3.11', '3.12', '3.13', '3.14'] as const) expect(sim(src, p).last).toContain('memory the cyclic collector freed');
  });
  it('memory a freed big object leaves to the system allocator', () => {
    const r = sim('import ctypes\nl = list(range(1000))\nt = tuple(l)\na = id(t)\ndel t\nctypes.c_long.from_address(a).value\n');
    expect(r.last).toContain('freed to the system allocator');
  });
});

describe('ctypes: finding the object at an address', () => {
  it('an id() taken before `import ctypes` is found by walking the heap', () => {
    expect(sim('a = [1, 2]\nb = a\naddr = id(a)\nimport ctypes\nprint(ctypes.c_long.from_address(addr).value)\n').out).toBe('2\n');
  });
  it('an address inside an object (ob_type, ob_size)', () => {
    const r = sim('import ctypes\nt = (1, 2, 3)\nprint(ctypes.c_ssize_t.from_address(id(t) + 16).value, ctypes.c_void_p.from_address(id(t) + 24).value == id(1))\n');
    expect(r.out).toBe('3 True\n');
  });
  it('a dead non-gc object freed to pymalloc holds the link to the pool\'s next free block (64-bit)', () => {
    const src = "import ctypes\ni = 2 ** 40 + int('1')\nj = 2 ** 41 + int('1')\na, b = id(i), id(j)\ndel i, j\nprint(ctypes.c_void_p.from_address(b).value == a)\n";
    for (const p of ['3.11', '3.12', '3.13', '3.14'] as const) expect(sim(src, p).out).toBe('True\n');
  });
});

describe('ctypes: the parts heaplab does not simulate say so', () => {
  it('Structure, POINTER, CDLL… raise ImportError naming the gap', () => {
    expect(sim('import ctypes\nctypes.POINTER(ctypes.c_long)\n').last).toBe('ImportError: heaplab does not simulate ctypes.POINTER yet');
    expect(sim('from ctypes import Structure\n').last).toBe('ImportError: heaplab does not simulate ctypes.Structure yet');
    expect(sim('import ctypes\nctypes.nope\n').last).toBe("AttributeError: module 'ctypes' has no attribute 'nope'");
  });
});

describe('ctypes: cast and py_object never follow a dangling pointer', () => {
  it('cast of an address no live object is at', () => {
    const r = sim('import ctypes\na = [1]\naddr = id(a)\ndel a\nctypes.cast(addr, ctypes.py_object)\n');
    expect(r.last).toBe('NotImplementedError: heaplab does not simulate reading this memory (no live object at the address cast to py_object: CPython would make a dangling pointer)');
  });
  it('the value of a cast py_object whose object died since', () => {
    const r = sim('import ctypes\na = [1]\np = ctypes.cast(id(a), ctypes.py_object)\ndel a\np.value\n');
    expect(r.last).toContain('the object this py_object pointed at was freed');
  });
  it('py_object.from_address of a word that is not a live object\'s address', () => {
    const r = sim('import ctypes\na = [1]\nctypes.py_object.from_address(id(a)).value\n');
    expect(r.last).toMatch(NOT_SIMULATED);
  });
  it('cast of what heaplab does not convert to a pointer (CPython: ArgumentError or bytes/str buffers)', () => {
    for (const x of ["b'ab'", '1.5', '[1]', 'ctypes.c_long(1)']) {
      const r = sim(`import ctypes\nctypes.cast(${x}, ctypes.c_void_p)\n`);
      expect(r.last).toMatch(/^NotImplementedError: heaplab does not simulate cast\(\) of a '/);
    }
  });
  it('an address stored in a 32-bit C type of the wasm32 profile (heaplab\'s addresses are 64-bit)', () => {
    const r = sim('import ctypes\na = []\nctypes.c_uint(id(a))\n', '3.14-wasm32');
    expect(r.last).toBe("NotImplementedError: heaplab does not simulate storing an address in a 32-bit build's c_ulong (its addresses are 64-bit ones)");
    expect(sim('import ctypes\na = []\nprint(ctypes.c_void_p(id(a)).value == id(a))\n', '3.14-wasm32').out).toBe('True\n');
  });
  it('the cycle cast() makes between a ctypes instance and its _objects dict is collected (2 objects, as CPython 3.11-3.13 report)', () => {
    const r = sim('import ctypes, gc\ngc.collect()\nv = ctypes.c_void_p(5)\nr = ctypes.cast(v, ctypes.c_void_p)\ndel v, r\nprint(gc.collect())\n');
    expect(r.out).toBe('2\n');
  });
});

describe('ctypes: argument errors', () => {
  it('from_address of a float, sizeof of a non-ctypes object, keyword arguments', () => {
    expect(sim('import ctypes\nctypes.c_long.from_address(1.5)\n').last).toBe('TypeError: integer expected');
    expect(sim('import ctypes\nctypes.sizeof([])\n').last).toBe('TypeError: this type has no size');
    expect(sim('import ctypes\nctypes.c_long(value=3)\n').last).toBe('TypeError: heaplab does not simulate keyword arguments to c_long()');
    expect(sim('import ctypes\nctypes.addressof(3)\n').last).toBe('TypeError: invalid type');
  });
  it('from_address with the wrong number of arguments, per version', () => {
    expect(sim('import ctypes\nctypes.c_int.from_address(1, 2)\n', '3.12').last).toBe('TypeError: c_int.from_address() takes exactly one argument (2 given)');
    expect(sim('import ctypes\nctypes.c_int.from_address(1, 2)\n', '3.13').last).toBe('TypeError: from_address() takes exactly 1 positional argument (2 given)');
  });
});
