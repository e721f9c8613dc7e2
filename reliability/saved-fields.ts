// The text the kill test saves at each revision: its size changes from one revision to the next,
// so a file cut short or mixed from two saves cannot pass for a whole one.
import { emptyFields, type ArticleFields } from '../shared/article';

export function savedFields(revision: number): ArticleFields {
  // Between 1 and 97 paragraphs, from a few hundred bytes to about 20 KB of JSON.
  const paragraphs = 1 + ((revision * 37) % 97);
  return {
    ...emptyFields(),
    headline: `Save number ${revision}`,
    standfirst: 'ស'.repeat(revision % 50),
    body: {
      type: 'doc',
      content: Array.from({ length: paragraphs }, (_, index) => ({
        type: 'paragraph',
        content: [{ type: 'text', text: `Revision ${revision}, paragraph ${index + 1}.` }],
      })),
    },
  };
}
