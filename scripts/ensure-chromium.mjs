#!/usr/bin/env node
// Makes sure a Chromium binary exists for Playwright (STACK.md pitfall 4).
// Uses $CHROMIUM_PATH or /usr/bin/chromium. When missing and we are root with apt-get,
// installs Debian's `chromium` package; otherwise prints how to install it and exits 1.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

/** Path of the Chromium binary Playwright will launch. */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function hasAptGet() {
  return spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

function run(cmd) {
  console.log(`$ ${cmd}`);
  const r = spawnSync('sh', ['-c', cmd], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return r.status === 0;
}

if (existsSync(chromiumPath)) {
  console.log(`ensure-chromium: found ${chromiumPath}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!process.env.CHROMIUM_PATH && isRoot && hasAptGet()) {
  console.log('ensure-chromium: /usr/bin/chromium missing; installing the Debian package');
  if (run('apt-get update') && run('apt-get install -y chromium') && existsSync(chromiumPath)) {
    console.log(`ensure-chromium: installed ${chromiumPath}`);
    process.exit(0);
  }
  console.error('ensure-chromium: apt-get could not install chromium');
}

console.error(`ensure-chromium: no Chromium at ${chromiumPath}.
Install it with:
  sudo apt-get update && sudo apt-get install -y chromium
or point CHROMIUM_PATH at an existing Chromium/Chrome binary:
  CHROMIUM_PATH=/path/to/chrome npm test`);
process.exit(1);
