// Finds test support in a bundle from esbuild's metafile: files under test-support/, or a test
// library (fast-check, Vitest, Playwright) bundled in or left as an import. What ships has none.
const TEST_SUPPORT =
  /(^|\/)(test-support\/|node_modules\/(fast-check|vitest|@vitest|@playwright)\/)/;
const TEST_LIBRARY = /^(fast-check|vitest|@vitest\/|@playwright\/)/;

/** The inputs and imports of a bundle that are test support, sorted, each once. */
export function testSupportIn(metafile) {
  const found = new Set();
  for (const [input, { imports }] of Object.entries(metafile.inputs)) {
    if (TEST_SUPPORT.test(input)) found.add(input);
    for (const { path } of imports) if (TEST_LIBRARY.test(path)) found.add(path);
  }
  return [...found].sort();
}

/** Throws, naming what and where, when any of the builds took in test support. */
export function refuseTestSupport(results) {
  const found = [...new Set(results.flatMap((result) => testSupportIn(result.metafile)))];
  if (found.length > 0) {
    throw new Error(
      `The production build would ship test support; only tests may import it: ${found.join(', ')}`,
    );
  }
}
