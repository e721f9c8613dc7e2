import type { BuildResult, Metafile } from 'esbuild';

export function testSupportIn(metafile: Metafile): string[];
export function refuseTestSupport(results: Pick<BuildResult, 'metafile'>[]): void;
