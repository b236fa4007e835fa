// `npm test` starts here: when a Debian package it needs is missing, it names the one line that
// installs it and stops. With --missing it prints only the missing names, for .ci/run to install.
import { missingMessage, missingPackages } from './system-packages';

const missing = missingPackages();
if (process.argv.includes('--missing')) {
  console.log(missing.map((systemPackage) => systemPackage.name).join(' '));
} else if (missing.length > 0) {
  console.error(missingMessage(missing));
  process.exitCode = 1;
}
