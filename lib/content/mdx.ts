import { evaluate } from '@mdx-js/mdx';
import type { MDXComponents, MDXContent } from 'mdx/types';
import * as runtime from 'react/jsx-runtime';
import remarkGfm from 'remark-gfm';
import rehypePrettyCode, { type Options as PrettyCodeOptions } from 'rehype-pretty-code';
import { ContentError } from './errors';

/**
 * Options for rehype-pretty-code: two shiki themes emitted as CSS variables
 * (`--shiki-light`, `--shiki-dark`), chosen by the site's colour scheme in CSS.
 * Highlighting happens here, at build time; no highlighting code reaches the browser.
 */
export const prettyCodeOptions: PrettyCodeOptions = {
  theme: { light: 'github-light-default', dark: 'github-dark-dimmed' },
  keepBackground: false,
  defaultLang: { block: 'text' },
};

/** Compiles MDX source (without frontmatter) into a component, with GFM and highlighting. */
export async function compileMdx(source: string, file: string): Promise<MDXContent> {
  try {
    const mod = await evaluate(source, {
      ...runtime,
      remarkPlugins: [remarkGfm],
      rehypePlugins: [[rehypePrettyCode, prettyCodeOptions]],
      development: false,
    });
    return mod.default;
  } catch (err) {
    throw new ContentError(file, `does not compile as MDX: ${(err as Error).message}`);
  }
}

/** Re-export so callers can type the registry they pass to a compiled component. */
export type { MDXComponents };
