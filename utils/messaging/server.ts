import { contentScriptMethods, isRequestMessage, type Method, type Params, type ResponseMessage, type Result } from './protocol';

export interface MessageSenderInfo {
  id?: string;
  url?: string;
  /** 0 for a tab's top frame; set by both browsers whenever `tab` is. */
  frameId?: number;
  tab?: { id?: number; url?: string; index?: number };
}

export type Handlers = {
  [M in Method]: (data: Params<M>, sender: MessageSenderInfo) => Promise<Result<M>> | Result<M>;
};

export interface TrustPolicy {
  extensionId: string;
  /** e.g. chrome-extension://<id>/ */
  extensionOrigin: string;
  /** A page our call script speaks from: a call site's, or our own demo call page at its exact address. */
  isCallPage: (url: string) => boolean;
  /**
   * Whether this frame of a call tab, holding this token, is the dock our call script made there:
   * the token is the one the tab's call script was given, and the frame the first to use it.
   */
  isDockFrame: (tabId: number, frameId: number, token: string) => Promise<boolean>;
}

/**
 * Who sent a message, from what the browser says about the sender (never from the message):
 * one of our pages on its own (a tab, the side panel), one of our pages framed inside a tab, or
 * our call script in a call page's top frame. The demo call page, one of ours, docks the sidebar
 * with the call script's code, so in its tab's top frame it is that call script and no more.
 */
export function senderRole(sender: MessageSenderInfo, policy: TrustPolicy): 'page' | 'framedPage' | 'callScript' | null {
  if (sender.id !== policy.extensionId || !sender.url) return null;
  if (sender.tab?.id !== undefined && sender.frameId === 0 && policy.isCallPage(sender.url)) return 'callScript';
  if (sender.url.startsWith(policy.extensionOrigin)) return sender.tab !== undefined && sender.frameId !== 0 ? 'framedPage' : 'page';
  return null;
}

/**
 * Our pages may use the whole protocol but the call script's methods, and our call script only
 * those. A page framed in a tab (which any call page, and in Firefox any website, can do with the
 * sidebar's address) only when it is that call tab's own dock, named by its token.
 */
export async function isAllowedSender(method: Method, sender: MessageSenderInfo, dockToken: string | undefined, policy: TrustPolicy): Promise<boolean> {
  const role = senderRole(sender, policy);
  if (role === 'callScript') return contentScriptMethods.has(method);
  if (role === null || contentScriptMethods.has(method)) return false;
  if (role === 'page') return true;
  const { id: tabId, url: tabUrl } = sender.tab ?? {};
  if (tabId === undefined || sender.frameId === undefined || !tabUrl || !policy.isCallPage(tabUrl) || !dockToken) return false;
  return policy.isDockFrame(tabId, sender.frameId, dockToken);
}

/** Builds a `runtime.onMessage` listener; returns undefined for messages that are not ours. */
export function createRequestListener(handlers: Handlers, policy: TrustPolicy) {
  return (message: unknown, sender: MessageSenderInfo): Promise<ResponseMessage> | undefined => {
    if (!isRequestMessage(message) || !Object.hasOwn(handlers, message.method)) return undefined;
    const { method, data, dock } = message;
    const handler = handlers[method] as (data: unknown, sender: MessageSenderInfo) => unknown;
    return (async (): Promise<ResponseMessage> => {
      // A check that fails (say, storage unreadable) refuses.
      const allowed = await isAllowedSender(method, sender, typeof dock === 'string' ? dock : undefined, policy).catch(() => false);
      if (!allowed) {
        return { ok: false, error: { name: 'NotAllowedError', message: `${method} is not allowed from this sender` } };
      }
      try {
        return { ok: true, value: (await handler(data as Params<typeof method>, sender)) as Result<typeof method> };
      } catch (error) {
        return { ok: false, error: serializeError(error) };
      }
    })();
  };
}

function serializeError(error: unknown): { name: string; message: string } {
  if (error instanceof Error) {
    // Dexie wraps IndexedDB failures; keep the underlying name (QuotaExceededError) so pages can explain it.
    const inner = (error as { inner?: unknown }).inner;
    const name = inner instanceof Error && inner.name === 'QuotaExceededError' ? inner.name : error.name;
    return { name, message: error.message };
  }
  return { name: 'Error', message: String(error) };
}
