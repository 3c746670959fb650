import { describe, expect, it } from 'vitest';
import { run } from '../index';

const py = (src: string, profile: '3.12' | '3.14-wasm32') => run(src, { profile, filename: 'main.py' }).stdout;

describe('sysmodule: sys.flags follows sys.set_int_max_str_digits on 3.14 only', () => {
  const SET = 'import sys\nsys.set_int_max_str_digits(1000)\nprint(sys.flags.int_max_str_digits, sys.get_int_max_str_digits())\n';
  const READ = 'import sys\nprint(sys.flags.int_max_str_digits, sys.get_int_max_str_digits())\n';

  it('3.14 updates the flag (_PySys_SetIntMaxStrDigits), and the next interpreter starts from 4300 again', () => {
    expect(py(SET, '3.14-wasm32')).toBe('1000 1000\n');
    expect(py(READ, '3.14-wasm32')).toBe('4300 4300\n');
  });

  it('3.12 leaves sys.flags as start-up made it', () => {
    expect(py(SET, '3.12')).toBe('4300 1000\n');
    expect(py(READ, '3.12')).toBe('4300 4300\n');
  });
});
