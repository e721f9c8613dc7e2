// The one way the renderer writes an article's fields: the save names the revision (and when it
// was saved) it stands on, and the saved article takes its place in the library listing at once.
import type { ArticleSummary } from '../../../shared/article';
import type { MethodInput } from '../../../shared/api/contract';
import { api } from '../../api/client';
import { useAppStore } from '../../store';

export type ArticleSave = MethodInput<'saveArticle'>;

export async function saveArticle(save: ArticleSave): Promise<ArticleSummary> {
  const summary = await api.saveArticle(save);
  useAppStore.getState().upsert(summary);
  return summary;
}
