import { afterAll, beforeAll, describe } from 'vitest';
import { startFaultProxy, type FaultProxy } from './fault-proxy';
import { missingServerPackages, startWebDavServer, type ServerKind, type WebDavServer } from './webdav-servers';
import { installCommand, skipMissingServersVariable } from '../../support/system-packages';

/**
 * `describe` for a suite that needs a real `kind` server. Without the server the suite fails, its
 * start naming the line that installs it; only SKIP_MISSING_SERVERS=1, which CI never sets, skips
 * it instead, and the run says what it skipped and why.
 */
export function describeWithServer(kind: ServerKind, title: string, body: () => void): void {
  const missing = missingServerPackages(kind).map((systemPackage) => systemPackage.name);
  if (missing.length > 0 && process.env[skipMissingServersVariable] === '1') {
    console.warn(`Skipped "${title}" (${skipMissingServersVariable}=1): ${missing.join(' ')} not installed; install with: ${installCommand(missing)}`);
    describe.skip(title, body);
    return;
  }
  describe(title, body);
}

/** One real WebDAV server of `kind` for the file's describe block, with the fault proxy in front. */
export function useServerBehindProxy(kind: ServerKind) {
  let server: WebDavServer | undefined;
  let proxy: FaultProxy | undefined;
  beforeAll(async () => {
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
