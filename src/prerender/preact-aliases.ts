/**
 * The app is written against React's API and runs on Preact's compatibility layer: the same
 * components, hooks and router in a tenth of React DOM's bytes, which is most of what a phone
 * evaluated on a first load (react-dom was 208 KB of the entry's 350 KB). Both the client build and
 * the prerender's SSR build resolve these, so the markup and the code hydrating it come from one
 * renderer.
 */
/** Says nothing of what the router looks for and does without: React 19's useOptimistic, which Preact has not. */
export function withoutPreactGaps(warning: { code?: string; message: string }, warn: (warning: { code?: string; message: string }) => void): void {
  if (warning.code === 'IMPORT_IS_UNDEFINED' && warning.message.includes('useOptimistic')) return;
  warn(warning);
}

export const PREACT_ALIASES = [
  { find: /^react-dom\/client$/u, replacement: 'preact/compat/client' },
  { find: /^react-dom\/server$/u, replacement: 'preact/compat/server' },
  { find: /^react\/jsx-runtime$/u, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/u, replacement: 'preact/jsx-dev-runtime' },
  { find: /^react-dom$/u, replacement: 'preact/compat' },
  { find: /^react$/u, replacement: 'preact/compat' },
];
