// Server-only (build time): emits <link rel="preload"> tags for the editor's lazily loaded chunks.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { preload } from 'react-dom';

/**
 * Call while rendering a route that shows a CodeEditor (a server component, at build time):
 * the page's HTML then asks for Monaco's chunks in its <head>, so the browser downloads them
 * beside the page's own scripts instead of after hydration. The chunk names come from the
 * route's react-loadable manifest, the file Next itself reads to preload the chunks of
 * `next/dynamic` imports rendered on the server (ssr: false imports are left out there).
 * Without the manifest (another bundler layout) nothing is emitted and Monaco loads as before;
 * e2e/editor.spec.ts checks that the exported playground carries the preload.
 *
 * @param route the app route's directory under app/, e.g. 'playground'
 */
export function preloadEditorChunks(route: string): void {
  let files: string[];
  try {
    const file = path.join(process.cwd(), '.next', 'server', 'app', route, 'page', 'react-loadable-manifest.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { files?: string[] }>;
    files = Object.values(manifest).flatMap((m) => m.files ?? []);
  } catch {
    return;
  }
  for (const f of files) {
    const href = `/_next/${f.split('/').map(encodeURIComponent).join('/')}`;
    if (f.endsWith('.js')) preload(href, { as: 'script' });
    else if (f.endsWith('.css')) preload(href, { as: 'style' });
  }
}
