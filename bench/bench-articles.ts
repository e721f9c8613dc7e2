// The generated articles the library benchmarks open and search: 400 words each in eight
// paragraphs, one in ten in Khmer, as in a bilingual newsroom.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ARTICLE_SCHEMA_VERSION, emptyFields, type Article } from '../shared/article';
import { KHMER, VOCABULARY, words } from './words';

export const WORDS_PER_ARTICLE = 400;
/** One article in ten is in Khmer. */
export const KHMER_EVERY = Number(process.env.BENCH_KHMER_EVERY ?? 10);

export interface BenchArticleOptions {
  id?: string;
  /** The words English articles draw from. */
  english?: string[];
}

export function benchArticle(index: number, options: BenchArticleOptions = {}): Article {
  const { id = `bench-${String(index).padStart(8, '0')}`, english = VOCABULARY } = options;
  const khmer = index % KHMER_EVERY === 0;
  const vocabulary = khmer ? KHMER : english;
  const stamp = new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString();
  const paragraphs = Array.from({ length: 8 }, (_, p) => ({
    type: 'paragraph',
    content: [{ type: 'text', text: words(index * 31 + p, WORDS_PER_ARTICLE / 8, vocabulary) }],
  }));
  return {
    ...emptyFields(),
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    id,
    revision: 1,
    headline: `${words(index, 8, vocabulary)} ${index}`,
    standfirst: words(index + 7, 25, vocabulary),
    language: khmer ? 'km' : 'en',
    status: (['draft', 'ready', 'edited', 'approved'] as const)[index % 4]!,
    body: { type: 'doc', content: paragraphs },
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/**
 * Writes a library of `total` articles made by `make`, one file at a time, as another program
 * would.
 */
export async function writeBenchLibrary(
  root: string,
  total: number,
  make: (index: number) => Article = (index) => benchArticle(index),
): Promise<void> {
  await mkdir(path.join(root, 'articles'), { recursive: true });
  await writeFile(path.join(root, 'library.json'), '{"app":"Dateline","schemaVersion":1}');
  for (let index = 0; index < total; index += 1) {
    const item = make(index);
    await writeFile(path.join(root, 'articles', `${item.id}.json`), JSON.stringify(item));
  }
}
