// The Electron fuses electron-builder flips in the packaged binary: the ways to run the app's
// Electron as a plain Node, or to load code other than the signed archive, are switched off.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

interface BuildConfig {
  asar?: boolean | Record<string, unknown>;
  asarUnpack?: unknown;
  disableAsarIntegrity?: boolean;
  electronFuses?: Record<string, unknown> | null;
}

const packageJson = JSON.parse(
  readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8'),
) as { build?: BuildConfig };
const build = packageJson.build ?? {};
const fuses = build.electronFuses ?? {};

describe('Electron fuses in the packaging configuration', () => {
  it.each([
    ['runAsNode', 'ELECTRON_RUN_AS_NODE would turn the app into a Node that runs any script'],
    ['enableNodeOptionsEnvironmentVariable', 'NODE_OPTIONS would let anyone inject --require'],
    ['enableNodeCliInspectArguments', '--inspect would open a debugger on the main process'],
    ['grantFileProtocolExtraPrivileges', 'the page is served from app://, never file://'],
  ])('switches %s off (%s)', (fuse) => {
    expect(fuses[fuse]).toBe(false);
  });

  it.each([
    ['onlyLoadAppFromAsar', 'the app loads only from its archive, not a folder beside it'],
    ['enableEmbeddedAsarIntegrityValidation', 'the archive is checked against its hash'],
    ['enableCookieEncryption', 'cookies on disk are encrypted with the OS key store'],
  ])('switches %s on (%s)', (fuse) => {
    expect(fuses[fuse]).toBe(true);
  });

  it('packs the app into an archive, since both archive fuses depend on one', () => {
    expect(build.asar === undefined || build.asar === true || typeof build.asar === 'object').toBe(
      true,
    );
    expect(build.disableAsarIntegrity).not.toBe(true);
    // An unpacked file lives outside the archive, where its integrity is never checked.
    expect(build.asarUnpack).toBeUndefined();
  });

  it('names only fuses electron-builder knows, so none is silently ignored', () => {
    const require = createRequire(import.meta.url);
    const schema = require('app-builder-lib/scheme.json') as {
      definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
    };
    const known = Object.keys(schema.definitions.FuseOptionsV1.properties);
    expect(known).toContain('runAsNode');
    for (const name of Object.keys(fuses)) expect(known, name).toContain(name);
  });
});
