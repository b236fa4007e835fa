// The Debian 12 packages `npm test` needs besides Node, listed once. `npm test` starts by checking
// them (check-system.ts), .ci/run installs what that check finds missing, and a unit test holds
// README's install line to this list.
import { existsSync } from 'node:fs';

export interface SystemPackage {
  /** Its Debian package name. */
  name: string;
  /** A file the package installs: present exactly when the package is. */
  file: string;
  /** What the tests use it for, said to whoever lacks it. */
  usedFor: string;
}

export const chromiumBinary = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const firefoxBinary = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const lighttpdBinary = '/usr/sbin/lighttpd';
export const lighttpdModuleDir = '/usr/lib/lighttpd';
export const apacheBinary = '/usr/sbin/apache2';
export const apacheModuleDir = '/usr/lib/apache2/modules';

export const systemPackages: readonly SystemPackage[] = [
  { name: 'chromium', file: chromiumBinary, usedFor: 'the end-to-end tests and the bench in Chromium' },
  { name: 'firefox-esr', file: firefoxBinary, usedFor: 'the end-to-end tests in Firefox' },
  { name: 'openssl', file: '/usr/bin/openssl', usedFor: "the certificate of the fake Meet and Zoom pages' server" },
  { name: 'lighttpd', file: lighttpdBinary, usedFor: 'the sync tests against a real WebDAV server' },
  { name: 'lighttpd-mod-webdav', file: `${lighttpdModuleDir}/mod_webdav.so`, usedFor: 'the sync tests against a real WebDAV server' },
  // Apache's modules come with it, in apache2-bin.
  { name: 'apache2', file: apacheBinary, usedFor: 'the sync tests against Apache mod_dav' },
];

/** The packages each real WebDAV server of the sync tests comes from. */
export const serverPackages = {
  lighttpd: ['lighttpd', 'lighttpd-mod-webdav'],
  apache: ['apache2'],
} as const satisfies Record<string, readonly string[]>;

/** Set to 1 to skip, and list, the sync suites whose server is missing; CI never sets it. */
export const skipMissingServersVariable = 'SKIP_MISSING_SERVERS';

export function packageNamed(name: string): SystemPackage {
  const found = systemPackages.find((systemPackage) => systemPackage.name === name);
  if (!found) throw new Error(`${name} is not in the system package list (tests/support/system-packages.ts)`);
  return found;
}

/** The packages of `names` whose file is not there, in the list's order. */
export function missingPackages(names: readonly string[] = systemPackages.map((p) => p.name), exists: (file: string) => boolean = existsSync): SystemPackage[] {
  return names.map(packageNamed).filter((systemPackage) => !exists(systemPackage.file));
}

/** The one line, run as root, that installs `names` on Debian 12. */
export function installCommand(names: readonly string[]): string {
  return `apt-get update && apt-get install -y ${names.join(' ')}`;
}

/** What a run that lacks `missing` says: each package, what it is for, and the install line. */
export function missingMessage(missing: readonly SystemPackage[]): string {
  return [
    'Missing Debian packages:',
    ...missing.map((systemPackage) => `  ${systemPackage.name} (${systemPackage.file}), for ${systemPackage.usedFor}`),
    `Install them as root with: ${installCommand(missing.map((systemPackage) => systemPackage.name))}`,
  ].join('\n');
}

/** Throws the install line when a package of `names` is missing. */
export function requirePackages(names: readonly string[], exists?: (file: string) => boolean): void {
  const missing = missingPackages(names, exists);
  if (missing.length > 0) throw new Error(missingMessage(missing));
}
