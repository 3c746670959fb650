import { describe, expect, it } from 'vitest';
import { bodyLineOffset, extractExamples } from './examples';

const BODY = [
  'Some prose.',
  '',
  '```python title="alias.py"',
  'a = [1]',
  'print(a)',
  '```',
  '',
  '```text title="Output (CPython 3.11, 3.12)"',
  '[1]',
  '```',
  '',
  '```python title="not-run.py"',
  'print(2)',
  '```',
  'Prose between the blocks means this one is not an example.',
  '```text title="Output (CPython 3.12)"',
  '2',
  '```',
  '```text title="Interactive session (CPython 3.12)"',
  '>>> 1',
  '```',
].join('\n');

describe('extractExamples', () => {
  it('pairs a python block with the output block right after it', () => {
    const ex = extractExamples('lesson.mdx', BODY, 4);
    expect(ex).toHaveLength(1);
    expect(ex[0]).toEqual({
      file: 'lesson.mdx', line: 7, title: 'alias.py', code: 'a = [1]\nprint(a)\n',
      expected: '[1]\n', versions: ['3.11', '3.12'], outputLine: 12,
    });
  });
  it('ignores python blocks without an Output block', () => {
    expect(extractExamples('x.mdx', '```python\nprint(1)\n```\n')).toEqual([]);
  });
  it('maps body lines to file lines after frontmatter', () => {
    const source = '---\ntitle: T\n---\nBody\n';
    expect(bodyLineOffset(source, 'Body\n')).toBe(3);
  });
});
