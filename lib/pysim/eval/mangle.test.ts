import { describe, expect, it } from 'vitest';
import { _Py_Mangle } from './mangle';

describe('_Py_Mangle', () => {
  it('prefixes a private name with the class name, leading underscores stripped', () => {
    expect(_Py_Mangle('C', '__x')).toBe('_C__x');
    expect(_Py_Mangle('_C', '__x')).toBe('_C__x');
    expect(_Py_Mangle('__Inner_', '___x')).toBe('_Inner____x');
  });
  it('leaves other names alone', () => {
    expect(_Py_Mangle(null, '__x')).toBe('__x');
    expect(_Py_Mangle('C', '_x')).toBe('_x');
    expect(_Py_Mangle('C', 'x__')).toBe('x__');
    expect(_Py_Mangle('C', '__init__')).toBe('__init__');
    expect(_Py_Mangle('C', '__')).toBe('__');
    expect(_Py_Mangle('C', '___')).toBe('___');
    expect(_Py_Mangle('C', '__pkg.mod')).toBe('__pkg.mod');
    expect(_Py_Mangle('___', '__x')).toBe('__x');
  });
});
