// Helpers for the tests that run the real services in a child process: bundling an entry file
// into one .mjs Node runs as it is, and a seeded random source whose seed is printed.
import { build, type Plugin } from 'esbuild';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Packages with native parts cannot be bundled: the bundle imports them from where they are. */
const NATIVE_PACKAGES = ['sharp'];

const leaveNativePackages: Plugin = {
  name: 'leave-native-packages',
  setup(bundler) {
    const filter = new RegExp(`^(${NATIVE_PACKAGES.join('|')})$`);
    bundler.onResolve({ filter }, (args) => ({
      path: pathToFileURL(createRequire(import.meta.url).resolve(args.path)).href,
      external: true,
    }));
  },
};

/** Bundles `entry` (TypeScript, with its imports) into `outDir`; returns the .mjs to run. */
export async function bundleForNode(entry: string, outDir: string): Promise<string> {
  const outfile = path.join(outDir, `${path.basename(entry, '.ts')}.mjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    logLevel: 'silent',
    plugins: [leaveNativePackages],
    // Some bundled dependencies are CommonJS and call require() for Node's own modules. The
    // import is renamed so it cannot clash with a bundled module's own createRequire.
    banner: {
      js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);",
    },
  });
  return outfile;
}

/** The seed for this run: DATELINE_SEED when set, so a failing run can be repeated. */
export function chooseSeed(): number {
  const given = Number(process.env.DATELINE_SEED);
  return Number.isInteger(given) && given > 0 ? given : Math.floor(Math.random() * 2 ** 31) + 1;
}

/** Mulberry32: a small, fast generator; the same seed gives the same numbers. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}
