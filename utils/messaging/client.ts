import type { Method, Params, RequestMessage, ResponseMessage, Result } from './protocol';

/** An error thrown in the background, rethrown at the caller with its name (e.g. QuotaExceededError). */
export class RemoteError extends Error {
  constructor(name: string, message: string) {
    super(message);
    this.name = name;
  }
}

export type Send = (message: RequestMessage) => Promise<unknown>;

/** A docked sidebar's sender: its dock token (none elsewhere) goes with every request. */
export function withDockToken(send: Send, dock: string | null): Send {
  return dock === null ? send : (message) => send({ ...message, dock });
}

export type Call = <M extends Method>(method: M, data: Params<M>) => Promise<Result<M>>;

/** A typed caller over any `runtime.sendMessage`; the sender is injected so the content script can pass its thin one. */
export function createCaller(send: Send): Call {
  return async (method, data) => {
    const response = (await send({ coachbar: 'request', method, data })) as ResponseMessage<typeof method> | undefined;
    if (!response) throw new RemoteError('NoResponse', `No answer to ${method}`);
    if (!response.ok) throw new RemoteError(response.error.name, response.error.message);
    return response.value;
  };
}
