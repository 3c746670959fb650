// Colour-scheme state shared by the theme toggle and the editor. The preference lives in
// localStorage and on <html data-theme>; with no preference the system setting applies.

/** The user's choice: follow the system, or force light or dark. */
export type ThemePreference = 'system' | 'light' | 'dark';

/** localStorage key holding the preference. */
export const THEME_STORAGE_KEY = 'heaplab-theme';

/**
 * Inline script run before first paint (in <head>) so a stored preference applies without a
 * flash. Kept tiny and dependency-free; it must never throw.
 */
export const themeInitScript = `try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;

/** Reads the stored preference (browser only). */
export function readPreference(): ThemePreference {
  const t = document.documentElement.dataset.theme;
  return t === 'light' || t === 'dark' ? t : 'system';
}

/** Applies and stores a preference, notifying subscribers. */
export function writePreference(pref: ThemePreference): void {
  const root = document.documentElement;
  if (pref === 'system') delete root.dataset.theme;
  else root.dataset.theme = pref;
  try {
    if (pref === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, pref);
  } catch {
    // Storage may be unavailable (private mode); the attribute still applies for this page.
  }
}

/** The scheme actually shown: the preference, or the system's when it is 'system'. */
export function effectiveScheme(): 'light' | 'dark' {
  const pref = readPreference();
  if (pref !== 'system') return pref;
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Calls `onChange` whenever the preference or the system scheme changes. Returns an unsubscribe. */
export function subscribeScheme(onChange: () => void): () => void {
  const mq = window.matchMedia('(prefers-color-scheme: dark)');
  mq.addEventListener('change', onChange);
  const mo = new MutationObserver(onChange);
  mo.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => {
    mq.removeEventListener('change', onChange);
    mo.disconnect();
  };
}
