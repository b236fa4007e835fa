import { describe, expect, it } from 'vitest';
import { RemoteError } from '@/utils/sync/remote';
import { WebDavStore } from '@/utils/sync/webdav';

/** A server that answers each method from a queue of statuses, and notes what it was asked. */
function fakeServer(answers: Record<string, number[]>) {
  const asked: string[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    asked.push(`${method} ${new URL(String(input)).pathname}`);
    return new Response(null, { status: answers[method]?.shift() ?? 500 });
  }) as typeof globalThis.fetch;
  return { asked, store: new WebDavStore({ url: 'https://dav.example/vault/', user: 'ada', password: 'secret', fetch }) };
}

const body = new TextEncoder().encode('{}');

describe('WebDavStore folders', () => {
  it('asks again when a MKCOL of a folder another device made that moment is refused (Apache), and goes on', async () => {
    const { asked, store } = fakeServer({ PUT: [409, 201], MKCOL: [403, 405, 201] });
    expect(await store.create('devices/head.json', body)).toBe(true);
    expect(asked).toEqual(['PUT /vault/devices/head.json', 'MKCOL /vault/', 'MKCOL /vault/', 'MKCOL /vault/devices/', 'PUT /vault/devices/head.json']);
  });

  it('reports a sign-in problem when the MKCOL is refused again', async () => {
    const { asked, store } = fakeServer({ PUT: [409], MKCOL: [403, 403] });
    const failure = await store.create('head.json', body).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RemoteError);
    expect(failure).toMatchObject({ kind: 'auth', status: 403 });
    expect(asked).toEqual(['PUT /vault/head.json', 'MKCOL /vault/', 'MKCOL /vault/']);
  });
});
