import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { MessageSenderInfo } from '@/utils/messaging/server';

/** Who asks, as the background's handlers see it: our sidebar page, and a Meet call tab's top frame (our call script). */
export const sidebar: MessageSenderInfo = { id: fakeBrowser.runtime.id, url: 'chrome-extension://test-extension-id/sidepanel.html' };

const meetUrl = 'https://meet.google.com/abc-defg-hij';
export const callPage = (tabId: number): MessageSenderInfo => ({ id: fakeBrowser.runtime.id, url: meetUrl, frameId: 0, tab: { id: tabId, url: meetUrl } });
