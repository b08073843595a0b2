/**
 * Offline reading in the page: registers the service worker written by the
 * build (src/lib/build/offline.ts), shows the "离线" badge while the network
 * is gone, and says so when a new build of the handbook has taken over.
 *
 * The badge shows when the browser reports no network (`navigator.onLine`)
 * or when the service worker reports that a request to the server failed
 * (a phone on Wi-Fi without internet still counts as "online" to the
 * browser); it hides again on the next answer from the server.
 */

interface NetworkMessage {
  type: 'handbook-network';
  online: boolean;
}

const isNetworkMessage = (data: unknown): data is NetworkMessage =>
  typeof data === 'object' && data !== null && (data as NetworkMessage).type === 'handbook-network';

export function startOffline(root: HTMLElement): void {
  const badge = root.querySelector<HTMLElement>('[data-offline-badge]')!;
  const updated = root.querySelector<HTMLElement>('[data-offline-updated]')!;
  // The service worker serves the offline page (src/pages/offline/) at the address of a page the server
  // did not send; at its own address it is just the help page.
  const fallback = document.querySelector<HTMLElement>('[data-offline-fallback]');
  let serverFailed = fallback !== null && location.pathname !== fallback.dataset.path;
  if (fallback) fallback.hidden = !serverFailed;
  const show = () => {
    badge.hidden = navigator.onLine && !serverFailed;
  };
  window.addEventListener('offline', show);
  window.addEventListener('online', () => {
    serverFailed = false;
    show();
  });
  show();

  if (!('serviceWorker' in navigator)) return;
  const worker = navigator.serviceWorker;
  if (!import.meta.env.PROD) {
    // `astro dev` on the same port as an earlier `npm start` would otherwise be served stale saved pages.
    void worker.getRegistrations().then((all) => all.forEach((r) => void r.unregister()));
    return;
  }
  worker.addEventListener('message', (event) => {
    if (!isNetworkMessage(event.data)) return;
    serverFailed = !event.data.online;
    show();
  });
  // The first installation takes control silently; a later build replacing the saved version is announced.
  const hadController = worker.controller !== null;
  worker.addEventListener('controllerchange', () => {
    if (hadController) updated.hidden = false;
  });
  updated.querySelector('button')?.addEventListener('click', () => location.reload());
  const register = () => void worker.register(root.dataset.sw!, { scope: root.dataset.scope! }).catch(() => {});
  // After the page has loaded: precaching the handbook must not compete with the first page's own files.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
