import type { MDXComponents } from 'mdx/types';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import styles from './mdx.module.css';

/** Turns heading text into a stable anchor id ("Identity, `id()`" → "identity-id"). */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .replace(/-+/g, '-');
}

function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (node && typeof node === 'object' && 'props' in node) {
    return textOf((node as { props: { children?: ReactNode } }).props.children);
  }
  return '';
}

function Heading2({ children, ...rest }: ComponentPropsWithoutRef<'h2'>) {
  const id = slugify(textOf(children));
  return (
    <h2 id={id} {...rest}>
      <a href={`#${id}`} className={styles.anchor}>
        {children}
      </a>
    </h2>
  );
}

function Table(props: ComponentPropsWithoutRef<'table'>) {
  return (
    // A focusable scroll container lets keyboard users scroll wide tables on a phone.
    <div className={styles.tableWrap} tabIndex={0} role="region" aria-label="Table">
      <table {...props} />
    </div>
  );
}

/** A highlighted aside in a lesson: `<Note>…</Note>` in MDX. */
export function Note({ children, title = 'Note' }: { children: ReactNode; title?: string }) {
  return (
    <aside className={styles.note} aria-label={title}>
      <p className={styles.noteTitle}>{title}</p>
      {children}
    </aside>
  );
}

/**
 * The one registry of components used to render every lesson's MDX.
 * Add a component here to make it available in all lessons.
 */
export const mdxComponents: MDXComponents = {
  h2: Heading2,
  table: Table,
  Note,
};
