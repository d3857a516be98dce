/**
 * Registers /sw.js (installable app, offline page) in production builds only: in development it would
 * answer Vite's module requests and hot updates with stale or offline responses.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // Without a worker the app works the same; only the offline page and installing are missing.
    });
  });
}
