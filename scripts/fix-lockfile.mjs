// Adds optional platform packages the local registry mirror lacks (for example
// @next/swc-darwin-arm64) to package-lock.json, so `npm ci` accepts the lockfile anywhere.
// Run after every `npm install`. See STACK.md pitfall 1.
import { readFileSync, writeFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const packages = lock.packages;
let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  const optional = entry.optionalDependencies ?? {};
  for (const [name, version] of Object.entries(optional)) {
    const key = `node_modules/${name}`;
    if (packages[key] || packages[`${path}/node_modules/${name}`]) continue;
    const pkg = JSON.parse(JSON.stringify({ version, optional: true }));
    // platform hints from the name: @next/swc-darwin-arm64 → os darwin, cpu arm64
    const m = /(darwin|linux|win32|freebsd|android|openbsd|sunos|netbsd|aix)-(x64|arm64|ia32|arm|ppc64|s390x|riscv64|wasm32|loong64|mips64el)/.exec(name);
    if (m) {
      pkg.os = [m[1]];
      pkg.cpu = [m[2]];
    }
    packages[key] = pkg;
    added++;
  }
}
writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n');
console.log(`fix-lockfile: added ${added} optional platform entries`);
