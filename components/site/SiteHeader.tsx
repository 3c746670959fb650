import Link from 'next/link';
import { Logo } from './Logo';
import { ThemeToggle } from './ThemeToggle';
import styles from './site.module.css';

/** The header on every page: skip link, name and logo, main navigation, theme toggle. */
export function SiteHeader() {
  return (
    <>
      <a href="#main" className={styles.skipLink}>
        Skip to content
      </a>
      <header className={styles.header}>
        <div className={styles.headerInner}>
          <Link href="/" className={styles.brand}>
            <Logo />
            <span>heaplab</span>
          </Link>
          <nav aria-label="Main" className={styles.mainNav}>
            <Link href="/lessons">Course</Link>
            <Link href="/playground">Playground</Link>
          </nav>
          <ThemeToggle />
        </div>
      </header>
    </>
  );
}
