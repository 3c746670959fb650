import Link from 'next/link';

export default function NotFound() {
  return (
    <div style={{ maxWidth: 'var(--measure)', margin: '0 auto', padding: '3rem 1.25rem' }}>
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. Try the <Link href="/lessons">course</Link> or the{' '}
        <Link href="/playground">playground</Link>.
      </p>
    </div>
  );
}
