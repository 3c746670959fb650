// The playground's code and profile in the URL hash (`#v=3.12&code=<base64url>`), so a link
// reproduces a run. Read client-side only (static export).
import type { ProfileName } from '@/lib/pysim';

/** Profiles the playground offers. */
export const PROFILES: readonly ProfileName[] = ['3.11', '3.12', '3.13', '3.14'];

function toBase64Url(s: string): string {
  const bytes = new TextEncoder().encode(s);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): string {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

/** The hash for a program and profile. */
export function encodeHash(code: string, profile: ProfileName): string {
  return `#v=${profile}&code=${toBase64Url(code)}`;
}

/** Reads code and profile from a hash; missing or broken parts are undefined. */
export function decodeHash(hash: string): { code?: string; profile?: ProfileName } {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const out: { code?: string; profile?: ProfileName } = {};
  const v = p.get('v');
  if (v && (PROFILES as readonly string[]).includes(v)) out.profile = v as ProfileName;
  const c = p.get('code');
  if (c) {
    try {
      out.code = fromBase64Url(c);
    } catch {
      /* a broken link keeps the default program */
    }
  }
  return out;
}
