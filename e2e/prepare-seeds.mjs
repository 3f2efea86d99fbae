// The end-to-end build reads seeds/ plus the pages in e2e/seeds/, copied into .e2e-seeds/; the
// second build (a redeploy with the next day's edition) reads those plus e2e/seeds-next/, in .e2e-seeds-next/.
import { cpSync, rmSync } from 'node:fs';

const notes = (src) => !src.endsWith('README.md');
for (const [target, extra] of [['.e2e-seeds', []], ['.e2e-seeds-next', ['e2e/seeds-next']]]) {
  rmSync(target, { recursive: true, force: true });
  cpSync('seeds', target, { recursive: true });
  for (const dir of ['e2e/seeds', ...extra]) cpSync(dir, target, { recursive: true, filter: notes });
}
