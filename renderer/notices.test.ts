// @vitest-environment happy-dom
// The store's notices: the same words do not stack, few show at once, and one that no longer
// applies goes by itself.
import { beforeEach, describe, expect, it } from 'vitest';
import { message } from './i18n/message';
import { MAX_NOTICES, useAppStore } from './store';
import { summarize } from '../shared/article';
import { makeArticle } from '../test-support/shared/sample-articles';

const ids = () => useAppStore.getState().notices.map((notice) => notice.message.id);

describe('notices', () => {
  beforeEach(() => useAppStore.setState({ notices: [], articles: [] }));

  it('replace an earlier notice with the same words rather than stack under it', () => {
    const { notify } = useAppStore.getState();
    notify({ tone: 'info', message: message('trash.restored', { headline: 'Floods' }) });
    notify({ tone: 'info', message: message('trash.restored', { headline: 'Floods' }) });
    notify({ tone: 'info', message: message('trash.restored', { headline: 'Fuel' }) });
    expect(useAppStore.getState().notices).toHaveLength(2);
  });

  it('show at most a few at once, the newest', () => {
    for (let index = 0; index < MAX_NOTICES + 4; index += 1) {
      useAppStore.getState().notify({ tone: 'warning', text: `Notice ${index}` });
    }
    const shown = useAppStore.getState().notices;
    expect(shown).toHaveLength(MAX_NOTICES);
    expect(shown.at(-1)?.message.values?.text).toBe(`Notice ${MAX_NOTICES + 3}`);
  });

  it('go once what they say no longer applies (the article is listed again)', () => {
    const article = makeArticle({ headline: 'Ferry resumes' });
    useAppStore.getState().notify({
      tone: 'info',
      message: message('editor.trash.done', { headline: 'Ferry resumes' }),
      appliesWhile: (state) => !state.articles.some((listed) => listed.id === article.id),
    });
    useAppStore.getState().notify({ tone: 'warning', text: 'Another matter' });
    expect(ids()).toEqual(['editor.trash.done', 'app.asIs']);
    useAppStore.getState().upsert(summarize(article, 0));
    expect(ids()).toEqual(['app.asIs']);
  });
});
