// Newsroom-like words for the benchmarks, the same for a given seed on every run, in English
// and Khmer, so figures from one run compare with the next.

export const VOCABULARY =
  'government ministry province farmers harvest rice river flood market prices exports garment factory workers council election commission court police road bridge school students hospital health minister tourism temple festival investment bank loan growth inflation weather rain drought fishermen lake border trade agreement delegation visit'.split(
    ' ',
  );
export const KHMER = 'ភ្នំពេញ រដ្ឋាភិបាល កសិករ ទឹកជំនន់ ទីផ្សារ ក្រសួង សិស្ស មន្ទីរពេទ្យ'.split(' ');

/** `count` words picked from `vocabulary` by a small linear congruential generator. */
export function words(seed: number, count: number, vocabulary: string[] = VOCABULARY): string {
  const out: string[] = [];
  let state = seed;
  for (let i = 0; i < count; i += 1) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    out.push(vocabulary[state % vocabulary.length]!);
  }
  return out.join(' ');
}
