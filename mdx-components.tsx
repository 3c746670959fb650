import type { MDXComponents } from 'mdx/types';
import { mdxComponents } from '@/components/mdx/registry';

/**
 * Next.js' conventional MDX hook. heaplab compiles lessons itself (lib/content/mdx.ts) and
 * passes the same registry, so both paths render MDX with one set of components.
 */
export function useMDXComponents(components: MDXComponents = {}): MDXComponents {
  return { ...mdxComponents, ...components };
}
