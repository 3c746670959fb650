/** heaplab's mark: three heap blocks joined by references. Decorative (aria-hidden). */
export function Logo({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect x="1" y="1" width="30" height="30" rx="7" fill="var(--accent)" />
      <rect x="6" y="7" width="9" height="7" rx="2" fill="#fff" />
      <rect x="17" y="18" width="9" height="7" rx="2" fill="#fff" />
      <rect x="6" y="18" width="7" height="7" rx="2" fill="#fff" opacity="0.75" />
      <path d="M15 10.5h5.5v7" stroke="#fff" strokeWidth="2" fill="none" strokeLinecap="round" />
    </svg>
  );
}
