import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import '../app/i18n';
import { i18n } from '../app/i18n';
import { resetFetchMock, routeFetch } from './fetch-mock';

// Mantine reads these browser APIs that jsdom lacks.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: vi.fn().mockImplementation((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: vi.fn(),
    removeListener: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    dispatchEvent: vi.fn(),
  })),
});
const doNothing = (): void => undefined;
class ResizeObserverStub {
  observe = doNothing;
  unobserve = doNothing;
  disconnect = doNothing;
}
window.ResizeObserver = ResizeObserverStub;
window.HTMLElement.prototype.scrollIntoView = doNothing;
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    value: { addEventListener: doNothing, removeEventListener: doNothing, ready: Promise.resolve() },
  });
}

// findBy* waits up to 5 s instead of 1 s: on a busy CI machine a page may take longer than a second to settle.
configure({ asyncUtilTimeout: 5_000 });

// Every test starts in English with no API answers configured (an unexpected call fails loudly).
globalThis.fetch = routeFetch;
await i18n.changeLanguage('en');

afterEach(async () => {
  // Mantine keeps notifications and modals in module-level stores.
  notifications.clean();
  modals.closeAll();
  cleanup();
  resetFetchMock();
  window.localStorage.clear();
  await i18n.changeLanguage('en');
});
