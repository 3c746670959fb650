#!/usr/bin/env node
// A small static file server for the exported site (out/). No dependencies beyond Node.
// Resolves /x to x, x.html or x/index.html, serves out/404.html for anything else.
// Usage: node scripts/serve-static.mjs [dir] (PORT and HOST env respected).
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
};

function isFile(p) {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Maps a URL path to a file inside root, or null. Never escapes root. */
export function resolveFile(root, urlPath) {
  let rel;
  try {
    rel = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  const base = path.resolve(root, '.' + path.posix.normalize('/' + rel));
  if (base !== root && !base.startsWith(root + path.sep)) return null;
  for (const candidate of [base, base + '.html', path.join(base, 'index.html')]) {
    if (isFile(candidate)) return candidate;
  }
  return null;
}

/** Creates (does not start) an HTTP server for the directory `root`. */
export function createStaticServer(root) {
  const absRoot = path.resolve(root);
  return createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let file = resolveFile(absRoot, req.url ?? '/');
    let status = 200;
    if (!file) {
      status = 404;
      file = isFile(path.join(absRoot, '404.html')) ? path.join(absRoot, '404.html') : null;
    }
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const immutable = file.includes(`${path.sep}_next${path.sep}static${path.sep}`);
    res.writeHead(status, {
      'Content-Type': type,
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(file).pipe(res);
  });
}

/** Starts serving `root`; resolves with the address once listening. */
export function serve(root, { port = 3000, host = '127.0.0.1' } = {}) {
  const server = createStaticServer(root);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve({ server, url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/` }));
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? 'out';
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? '127.0.0.1';
  serve(root, { port, host }).then(
    ({ url }) => console.log(`Serving ${root}/ at ${url}`),
    (err) => {
      console.error(`serve-static: ${err.message}`);
      process.exit(1);
    },
  );
}
