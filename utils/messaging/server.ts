import { contentScriptMethods, isRequestMessage, type Method, type Params, type ResponseMessage, type Result } from './protocol';

export interface MessageSenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string; index?: number };
}

export type Handlers = {
  [M in Method]: (data: Params<M>, sender: MessageSenderInfo) => Promise<Result<M>> | Result<M>;
};

export interface TrustPolicy {
  extensionId: string;
  /** e.g. chrome-extension://<id>/ */
  extensionOrigin: string;
  isCallPage: (url: string) => boolean;
}

/**
 * Only our own pages may use the whole protocol; a content script (whose sender URL is the call
 * page) may use the few content-script methods, and only from a page we inject into.
 */
export function isAllowedSender(method: Method, sender: MessageSenderInfo, policy: TrustPolicy): boolean {
  if (sender.id !== policy.extensionId || !sender.url) return false;
  if (sender.url.startsWith(policy.extensionOrigin)) return true;
  return contentScriptMethods.has(method) && sender.tab?.id !== undefined && policy.isCallPage(sender.url);
}

/** Builds a `runtime.onMessage` listener; returns undefined for messages that are not ours. */
export function createRequestListener(handlers: Handlers, policy: TrustPolicy) {
  return (message: unknown, sender: MessageSenderInfo): Promise<ResponseMessage> | undefined => {
    if (!isRequestMessage(message) || !Object.hasOwn(handlers, message.method)) return undefined;
    const { method, data } = message;
    if (!isAllowedSender(method, sender, policy)) {
      return Promise.resolve({ ok: false, error: { name: 'NotAllowedError', message: `${method} is not allowed from this sender` } });
    }
    const handler = handlers[method] as (data: unknown, sender: MessageSenderInfo) => unknown;
    return (async (): Promise<ResponseMessage> => {
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
