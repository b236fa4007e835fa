// Starts real WebDAV servers (Debian's lighttpd + mod_webdav, Apache 2.4 + mod_dav_fs) on loopback
// for the sync tests. Each server gets its own temp dir holding a self-contained config, the served
// files, logs and pid file, so nothing in /etc is read and no root is needed (see SYNC.md,
// "Real servers for tests").
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chown, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { apacheBinary, apacheModuleDir, lighttpdBinary, lighttpdModuleDir, missingPackages, requirePackages, serverPackages, type SystemPackage } from '../../support/system-packages';

export type ServerKind = 'lighttpd' | 'apache';

export interface WebDavServer {
  kind: ServerKind;
  /** Collection URL with a trailing slash, e.g. `http://127.0.0.1:PORT/dav/`. */
  url: string;
  user: string;
  password: string;
  /**
   * Filesystem dir behind `url`. When the tests run as root, Apache serves it as www-data: files a
   * test writes here directly are readable, but folders it creates are not writable by the server.
   */
  root: string;
  stop(): Promise<void>;
}

export interface WebDavServerOptions {
  user?: string;
  password?: string;
}

const LIGHTTPD_MODULES = ['mod_webdav', 'mod_auth', 'mod_authn_file'];

const APACHE_MODULES: ReadonlyArray<readonly [name: string, file: string]> = [
  ['mpm_event_module', 'mod_mpm_event.so'],
  ['authn_core_module', 'mod_authn_core.so'],
  ['authn_file_module', 'mod_authn_file.so'],
  ['authz_core_module', 'mod_authz_core.so'],
  ['authz_user_module', 'mod_authz_user.so'],
  ['auth_basic_module', 'mod_auth_basic.so'],
  ['mime_module', 'mod_mime.so'],
  ['dav_module', 'mod_dav.so'],
  ['dav_fs_module', 'mod_dav_fs.so'],
];

const SETPRIV_BIN = '/usr/bin/setpriv';
const DAV_PATH = '/dav/';
const READY_TIMEOUT_MS = 5000;
const STOP_TIMEOUT_MS = 3000;
const PORT_ATTEMPTS = 5;
const OUTPUT_LIMIT = 16_000;

/** The Debian packages of a `kind` server that are not installed here. */
export function missingServerPackages(kind: ServerKind): SystemPackage[] {
  return missingPackages(serverPackages[kind]);
}

/** Fails, with the line that installs it, when the server is not installed. */
export async function startWebDavServer(kind: ServerKind, options: WebDavServerOptions = {}): Promise<WebDavServer> {
  requirePackages(serverPackages[kind]);
  const credentials = { user: options.user ?? 'coach', password: options.password ?? 'coach-secret' };
  const layout = await createLayout();
  try {
    return await startWithFreePort(kind, layout, credentials);
  } catch (error) {
    await rm(layout.dir, { recursive: true, force: true });
    throw error;
  }
}

interface Layout {
  dir: string;
  docRoot: string;
  davRoot: string;
  errorLog: string;
}

interface Credentials {
  user: string;
  password: string;
}

interface LaunchCommand {
  file: string;
  args: string[];
}

async function createLayout(): Promise<Layout> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'coachbar-dav-'));
  const docRoot = path.join(dir, 'www');
  const davRoot = path.join(docRoot, 'dav');
  await mkdir(davRoot, { recursive: true });
  return { dir, docRoot, davRoot, errorLog: path.join(dir, 'error.log') };
}

async function startWithFreePort(kind: ServerKind, layout: Layout, credentials: Credentials): Promise<WebDavServer> {
  for (let attempt = 1; ; attempt++) {
    const port = await findFreePort();
    const command = kind === 'lighttpd'
      ? await writeLighttpdConfig(layout, port, credentials)
      : await writeApacheConfig(layout, port, credentials);
    try {
      const child = await launch(command, layout, `http://127.0.0.1:${port}${DAV_PATH}`);
      return {
        kind,
        url: `http://127.0.0.1:${port}${DAV_PATH}`,
        ...credentials,
        root: layout.davRoot,
        stop: once(() => stopServer(child, layout)),
      };
    } catch (error) {
      // Another process may grab the port between our probe and the server's bind().
      if (!(error instanceof PortInUseError) || attempt >= PORT_ATTEMPTS) throw error;
      await rm(layout.errorLog, { force: true });
    }
  }
}

/** The OS picks a free port; it is released again so the server can bind it. */
async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      if (address === null || typeof address === 'string') {
        probe.close();
        reject(new Error('could not read the probe port'));
        return;
      }
      probe.close(() => resolve(address.port));
    });
  });
}

async function writeLighttpdConfig(layout: Layout, port: number, credentials: Credentials): Promise<LaunchCommand> {
  const userFile = path.join(layout.dir, 'users');
  await writeFile(userFile, `${credentials.user}:${credentials.password}\n`, { mode: 0o600 });
  const config = [
    `server.modules = (${LIGHTTPD_MODULES.map(quote).join(', ')})`,
    `server.document-root = ${quote(layout.docRoot)}`,
    `server.bind = "127.0.0.1"`,
    `server.port = ${port}`,
    `server.errorlog = ${quote(layout.errorLog)}`,
    `server.pid-file = ${quote(path.join(layout.dir, 'lighttpd.pid'))}`,
    `server.upload-dirs = (${quote(layout.dir)})`,
    // Without a MIME type lighttpd sends no ETag on GET of .json files.
    `mimetype.assign = (".json" => "application/json")`,
    // lighttpd holds every 401 for wrong credentials ~1 s (brute-force damping); tests need no damping.
    `server.feature-flags = ("auth.delay-invalid-creds" => "disable")`,
    `auth.backend = "plain"`,
    `auth.backend.plain.userfile = ${quote(userFile)}`,
    `$HTTP["url"] =~ "^/dav(/|$)" {`,
    `  webdav.activate = "enable"`,
    `  webdav.is-readonly = "disable"`,
    `  auth.require = ("" => ("method" => "basic", "realm" => "coachbar", "require" => "valid-user"))`,
    `}`,
  ].join('\n');
  const configFile = path.join(layout.dir, 'lighttpd.conf');
  await writeFile(configFile, `${config}\n`);
  return { file: lighttpdBinary, args: ['-D', '-m', lighttpdModuleDir, '-f', configFile] };
}

async function writeApacheConfig(layout: Layout, port: number, credentials: Credentials): Promise<LaunchCommand> {
  const passwordFile = path.join(layout.dir, 'htpasswd');
  await writeFile(passwordFile, `${credentials.user}:${htpasswdSha(credentials.password)}\n`);
  const runAs = apacheRunUser();
  const config = [
    `ServerRoot ${quote(layout.dir)}`,
    `DefaultRuntimeDir ${quote(layout.dir)}`,
    `PidFile ${quote(path.join(layout.dir, 'apache.pid'))}`,
    `ErrorLog ${quote(layout.errorLog)}`,
    `LogLevel warn`,
    `Listen 127.0.0.1:${port}`,
    `ServerName 127.0.0.1`,
    ...(runAs ? [`User ${runAs.name}`, `Group #${runAs.gid}`] : []),
    ...APACHE_MODULES.map(([name, file]) => `LoadModule ${name} ${quote(path.join(apacheModuleDir, file))}`),
    // Debian's mime.types lives under /etc; the only type the tests need is JSON.
    `TypesConfig /dev/null`,
    `AddType application/json .json`,
    `DocumentRoot ${quote(layout.docRoot)}`,
    `DavLockDB ${quote(path.join(layout.dir, 'davlock'))}`,
    `<Directory ${quote(layout.davRoot)}>`,
    `  Dav On`,
    `  AuthType Basic`,
    `  AuthName "coachbar"`,
    `  AuthUserFile ${quote(passwordFile)}`,
    `  Require valid-user`,
    `</Directory>`,
  ].join('\n');
  const configFile = path.join(layout.dir, 'apache.conf');
  await writeFile(configFile, `${config}\n`);
  if (runAs) await chownTree(layout.dir, runAs.uid, runAs.gid);
  return { file: apacheBinary, args: ['-f', configFile, '-DFOREGROUND'] };
}

/** `{SHA}` htpasswd entries are understood by Apache without calling the htpasswd tool. */
function htpasswdSha(password: string): string {
  return `{SHA}${createHash('sha1').update(password).digest('base64')}`;
}

interface RunUser {
  name: string;
  uid: number;
  gid: number;
}

/**
 * Apache refuses to serve as root and, started as root without `User`, switches to uid -1 and
 * fails. Under root (CI containers) the workers run as www-data (or nobody) instead.
 */
function apacheRunUser(): RunUser | null {
  if (process.getuid?.() !== 0) return null;
  const passwd = readFileSync('/etc/passwd', 'utf8').split('\n');
  for (const name of ['www-data', 'nobody']) {
    const fields = passwd.find((line) => line.startsWith(`${name}:`))?.split(':');
    if (fields && fields.length > 3) return { name, uid: Number(fields[2]), gid: Number(fields[3]) };
  }
  throw new Error('running as root, but neither www-data nor nobody exists for Apache to run as');
}

async function chownTree(dir: string, uid: number, gid: number): Promise<void> {
  await chown(dir, uid, gid);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await chownTree(full, uid, gid);
    else await chown(full, uid, gid);
  }
}

function quote(value: string): string {
  return `"${value.replace(/(["\\])/g, '\\$1')}"`;
}

class PortInUseError extends Error {}

const liveChildren = new Set<ChildProcess>();
let exitHookInstalled = false;

/** A crashed test run must not leave servers behind holding ports; SIGTERM lets Apache stop its workers. */
function killLiveChildrenOnExit(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const child of liveChildren) child.kill('SIGTERM');
  });
}

async function launch(command: LaunchCommand, layout: Layout, url: string): Promise<ChildProcess> {
  killLiveChildrenOnExit();
  const child = spawn(...withParentDeathSignal(command), { cwd: layout.dir, stdio: ['ignore', 'pipe', 'pipe'] });
  liveChildren.add(child);
  const output = captureOutput(child);
  const exited = new Promise<string>((resolve) => {
    child.once('exit', (code, signal) => resolve(`exited with ${signal ?? `code ${code}`}`));
    child.once('error', (error) => resolve(`failed to start: ${error.message}`));
  });
  exited.then(() => liveChildren.delete(child), () => undefined);
  const giveUp = new AbortController();
  const outcome = await Promise.race([waitUntilAnswering(url, giveUp.signal), exited]);
  giveUp.abort();
  if (outcome === true) return child;
  if (child.exitCode === null && child.signalCode === null) await terminate(child);
  const log = `${output()}\n${await readErrorLog(layout)}`.trim();
  const message = `${path.basename(command.file)} on ${url} ${outcome === false ? 'did not answer within 5 s' : outcome}\n${log}`;
  if (/address already in use/i.test(log)) throw new PortInUseError(message);
  throw new Error(message);
}

/**
 * The exit hook does not run when the test worker is killed by a signal (vitest ends its workers with
 * SIGTERM), so the kernel is asked to signal the server when its parent dies (prctl PR_SET_PDEATHSIG).
 */
function withParentDeathSignal(command: LaunchCommand): [file: string, args: string[]] {
  if (!existsSync(SETPRIV_BIN)) return [command.file, command.args];
  return [SETPRIV_BIN, ['--pdeathsig', 'TERM', '--', command.file, ...command.args]];
}

function captureOutput(child: ChildProcess): () => string {
  let text = '';
  const append = (chunk: Buffer): void => {
    if (text.length < OUTPUT_LIMIT) text += chunk.toString('utf8');
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  return () => text;
}

async function readErrorLog(layout: Layout): Promise<string> {
  try {
    return (await readFile(layout.errorLog, 'utf8')).slice(-OUTPUT_LIMIT);
  } catch {
    return '';
  }
}

/** Any HTTP answer (a 401, since everything needs credentials) means the server is up. */
async function waitUntilAnswering(url: string, giveUp: AbortSignal): Promise<boolean> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline && !giveUp.aborted) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(500) });
      await response.arrayBuffer();
      return true;
    } catch {
      await sleep(25);
    }
  }
  return false;
}

async function stopServer(child: ChildProcess, layout: Layout): Promise<void> {
  await terminate(child);
  await rm(layout.dir, { recursive: true, force: true });
}

async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
  liveChildren.delete(child);
}

function once(action: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => (running ??= action());
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
