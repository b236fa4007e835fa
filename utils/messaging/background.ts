import { browser } from '@/utils/browser/api';
import { createCaller } from './client';

/** The typed caller every extension page uses to reach the background, the only data owner. */
export const callBackground = createCaller((message) => browser.runtime.sendMessage(message));
