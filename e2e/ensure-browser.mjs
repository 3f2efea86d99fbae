// Finds the Chromium the end-to-end tests drive: $DUBAO_CHROMIUM, $CHROMIUM_PATH or /usr/bin/chromium.
// On a fresh Debian machine, as root, it installs Debian's chromium and CJK fonts; otherwise it says how.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.DUBAO_CHROMIUM, process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
const found = candidates.find((path) => existsSync(path));
if (found) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
if (isRoot && isDebian) {
  console.error('dubao: no Chromium found; installing Debian packages chromium and fonts-noto-cjk …');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env });
  if (existsSync('/usr/bin/chromium')) process.exit(0);
}
console.error('dubao: no Chromium found: install it (Debian: sudo apt-get install chromium fonts-noto-cjk) or set DUBAO_CHROMIUM=/path/to/chromium');
process.exit(1);
