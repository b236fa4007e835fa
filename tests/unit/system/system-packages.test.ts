import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { installCommand, missingMessage, missingPackages, requirePackages, serverPackages, systemPackages } from '../../support/system-packages';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

describe('the system packages npm test needs', () => {
  it("are exactly those README's one install line names, in the same order", () => {
    const installLines = readme.split('\n').filter((line) => /apt-get install/.test(line));
    expect(installLines).toEqual([installCommand(systemPackages.map((systemPackage) => systemPackage.name))]);
  });

  it('include every package a sync server comes from', () => {
    const names = systemPackages.map((systemPackage) => systemPackage.name);
    for (const packages of Object.values(serverPackages)) expect(names).toEqual(expect.arrayContaining([...packages]));
  });

  it('are missing when their file is not there, in the list order', () => {
    const present = new Set(['/usr/sbin/lighttpd', '/usr/bin/openssl']);
    const missing = missingPackages(['openssl', 'lighttpd-mod-webdav', 'lighttpd', 'apache2'], (file) => present.has(file));
    expect(missing.map((systemPackage) => systemPackage.name)).toEqual(['lighttpd-mod-webdav', 'apache2']);
  });

  it('name each missing package, what it is for and the one line that installs them', () => {
    const message = missingMessage(missingPackages(serverPackages.lighttpd, () => false));
    expect(message).toContain('lighttpd-mod-webdav (/usr/lib/lighttpd/mod_webdav.so), for the sync tests');
    expect(message.split('\n').at(-1)).toBe('Install them as root with: apt-get update && apt-get install -y lighttpd lighttpd-mod-webdav');
  });

  it('stop a run only when one is missing', () => {
    expect(() => requirePackages(['apache2'], () => true)).not.toThrow();
    expect(() => requirePackages(['apache2'], () => false)).toThrow('apt-get install -y apache2');
    expect(() => requirePackages(['apache3'], () => true)).toThrow('apache3 is not in the system package list');
  });
});
