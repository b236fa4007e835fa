import { browser } from '@/utils/browser/api';
import { createCaller, withDockToken } from './client';
import { dockTokenParam } from './protocol';

/**
 * The typed caller every extension page uses to reach the background, the only data owner. A
 * docked sidebar's address carries its dock token, which the background asks of a framed page.
 */
export const callBackground = createCaller(withDockToken((message) => browser.runtime.sendMessage(message), new URLSearchParams(globalThis.location?.search).get(dockTokenParam)));
