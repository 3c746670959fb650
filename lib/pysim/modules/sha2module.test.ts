import { describe, expect, it } from 'vitest';
import { sha512Digest } from './sha2module';
import { run } from '../index';

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
const bytes = (s: string) => new TextEncoder().encode(s);

describe('sha2module: SHA-512 as hashlib.sha512 computes it', () => {
  // digests recorded from CPython's hashlib.sha512
  it('FIPS 180-4 vectors and the padding edges (111, 112, 239 bytes)', () => {
    expect(hex(sha512Digest(new Uint8Array(0)))).toBe('cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e');
    expect(hex(sha512Digest(bytes('abc')))).toBe('ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f');
    expect(hex(sha512Digest(bytes('a'.repeat(111))))).toBe('fa9121c7b32b9e01733d034cfc78cbf67f926c7ed83e82200ef86818196921760b4beff48404df811b953828274461673c68d04e297b0eb7b2b4d60fc6b566a2');
    expect(hex(sha512Digest(bytes('a'.repeat(112))))).toBe('c01d080efd492776a1c43bd23dd99d0a2e626d481e16782e75d54c2503b5dc32bd05f0f1ba33e568b88fd2d970929b719ecbb152f58f130a407c8830604b70ca');
    expect(hex(sha512Digest(bytes('a'.repeat(239))))).toBe('52c853cb8d907f3d4d6b889beb027985d7c273486d75f8baf26f80d24e90c74c6c3de3e22131582380a7d14d43f2941a31385439cd6ddc469f628015e50bf286');
    const all = new Uint8Array(768).map((_, i) => i % 256);
    expect(hex(sha512Digest(all))).toBe('f1721f49518ee462a3d81def26d81037cd474b4254b85ad7c8f1509594d0177bbb996ee9625813852bacac108c2a72c83a8587050fec1dcda64730d6470953e6');
  });
  it('the module: update, hexdigest, the str error, per-version names', () => {
    const r = run("import _sha2\nh = _sha2.sha512(b'a')\nh.update(b'bc')\nprint(h.hexdigest()[:16], h.name, h.digest_size, len(h.digest()))\ntry:\n    _sha2.sha512('x')\nexcept TypeError as e:\n    print(e)\n", { profile: '3.12', filename: 'main.py' });
    expect(r.stdout).toBe('ddaf35a193617aba sha512 64 64\nStrings must be encoded before hashing\n');
    expect(run('import _sha512\n', { profile: '3.12', filename: 'main.py' }).stderr).toContain("No module named '_sha512'");
    expect(run('import _sha512\nprint(_sha512.sha512(b"abc").hexdigest()[:8])\n', { profile: '3.11', filename: 'main.py' }).stdout).toBe('ddaf35a1\n');
  });
});
