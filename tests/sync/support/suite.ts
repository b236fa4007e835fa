import { afterAll, beforeAll } from 'vitest';
import { startFaultProxy, type FaultProxy } from './fault-proxy';
import { serverAvailable, startWebDavServer, type ServerKind, type WebDavServer } from './webdav-servers';

/** One real WebDAV server of `kind` for the file's describe block, with the fault proxy in front. */
export function useServerBehindProxy(kind: ServerKind) {
  let server: WebDavServer | undefined;
  let proxy: FaultProxy | undefined;
  beforeAll(async () => {
    if (!serverAvailable(kind)) return;
    server = await startWebDavServer(kind);
    proxy = await startFaultProxy(server.url);
  });
  afterAll(async () => {
    await proxy?.close();
    await server?.stop();
  });
  const running = <T>(value: T | undefined): T => {
    if (!value) throw new Error(`The ${kind} server is not running`);
    return value;
  };
  return {
    get server(): WebDavServer {
      return running(server);
    },
    get proxy(): FaultProxy {
      return running(proxy);
    },
  };
}
