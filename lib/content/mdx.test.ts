import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { mdxComponents } from '@/components/mdx/registry';
import { ContentError } from './errors';
import { loadLessons } from './lessons';
import { compileMdx } from './mdx';

async function render(source: string): Promise<string> {
  const Content = await compileMdx(source, 'test.mdx');
  return renderToStaticMarkup(createElement(Content, { components: mdxComponents }));
}

describe('compileMdx', () => {
  it('highlights fenced Python at build time with light and dark colours', async () => {
    const html = await render('```python\nx = [1, 2]\nprint(x is x)\n```\n');
    expect(html).toContain('data-rehype-pretty-code-figure');
    expect(html).toContain('data-language="python"');
    expect(html).toMatch(/style="--shiki-light:#[0-9A-Fa-f]{6};--shiki-dark:#[0-9A-Fa-f]{6}"/);
    expect(html).not.toContain('<script');
  });

  it('renders GFM tables through the registry (scrollable, labelled wrapper)', async () => {
    const html = await render('| a | b |\n| --- | --- |\n| 1 | 2 |\n');
    expect(html).toContain('<table>');
    expect(html).toContain('<th>a</th>');
    expect(html).toContain('role="region"');
  });

  it('gives h2 headings an anchor id from their text', async () => {
    const html = await render('## Identity, `id()` and `is`\n');
    expect(html).toContain('id="identity-id-and-is"');
    expect(html).toContain('href="#identity-id-and-is"');
  });

  it('reports invalid MDX as a ContentError naming the file', async () => {
    await expect(compileMdx('<Unclosed>\n', 'bad.mdx')).rejects.toBeInstanceOf(ContentError);
    await expect(compileMdx('<Unclosed>\n', 'bad.mdx')).rejects.toThrow(/bad\.mdx/);
  });

  it('compiles every lesson in content/', async () => {
    for (const lesson of loadLessons()) {
      const html = renderToStaticMarkup(createElement(await compileMdx(lesson.body, lesson.file), { components: mdxComponents }));
      expect(html.length, lesson.file).toBeGreaterThan(500);
    }
  });
});
