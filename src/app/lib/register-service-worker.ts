import { SERVICE_WORKER_FILE } from '../../offline/rules.ts';

/**
 * Installs the service worker that keeps the app shell and answers offline (src/service-worker/sw.ts).
 * A file of the site, not an inline script, so the CSP stays `script-src 'self'`; scoped to the base.
 * Only in a build: the dev server has no sw.js and its modules are not the built assets.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  // After the page has loaded, so installing (which fetches the shell) never competes with the first read.
  const register = () => void navigator.serviceWorker.register(`${base}${SERVICE_WORKER_FILE}`, { scope: base }).catch(() => {});
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

/** Resolves once a service worker is active for this page's scope, or false after `timeoutMs`. */
export function serviceWorkerReady(timeoutMs: number): Promise<boolean> {
  return Promise.race([
    navigator.serviceWorker.ready.then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs)),
  ]);
}
