import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/entrypoints/background/handlers';
import { createServices, type Services } from '@/entrypoints/background/services';
import { createRequestListener, type Handlers } from '@/utils/messaging/server';

const extensionOrigin = 'chrome-extension://test-extension-id/';

/**
 * The real background handlers over fake-indexeddb and WXT's fake browser, answering as if the
 * component ran in our sidebar page. `override` swaps single handlers to inject failures.
 */
export function startBackground(override: Partial<Handlers> = {}): Services {
  const services = createServices();
  const handlers = { ...createHandlers(services), ...override };
  const listener = createRequestListener(handlers, { extensionId: fakeBrowser.runtime.id, extensionOrigin, isCallPage: () => false, isDockFrame: () => Promise.resolve(false) });
  // The fake browser answers only sendResponse-style listeners.
  fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
    const response = listener(message, { id: fakeBrowser.runtime.id, url: `${extensionOrigin}sidepanel.html` });
    if (!response) return undefined;
    void response.then(sendResponse);
    return true;
  });
  return services;
}
