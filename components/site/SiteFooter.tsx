import styles from './site.module.css';

/** The footer on every page. */
export function SiteFooter() {
  return (
    <footer className={styles.footer}>
      <p>
        heaplab teaches how CPython manages memory. Every example output in the lessons was
        recorded from real CPython 3.12.
      </p>
    </footer>
  );
}
