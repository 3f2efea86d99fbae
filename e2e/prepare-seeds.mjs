// The end-to-end build reads seeds/ plus the pages in e2e/seeds/, copied into .e2e-seeds/.
import { cpSync, rmSync } from 'node:fs';

const target = '.e2e-seeds';
rmSync(target, { recursive: true, force: true });
cpSync('seeds', target, { recursive: true });
cpSync('e2e/seeds', target, { recursive: true, filter: (src) => !src.endsWith('README.md') });
