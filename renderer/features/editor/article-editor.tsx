// The editing screen of one article: its fields, its body, and its save state.
import type { Editor } from '@tiptap/react';
import { useCallback, useRef, useState } from 'react';
import { ArticleFieldsSchema, type Article, type ArticleFields } from '../../../shared/article';
import { api, messageOf } from '../../api/client';
import { useAppStore } from '../../store';
import { BodyEditor } from './body-editor';
import { ConflictBanner } from './conflict-banner';
import { RelatedList } from './related-list';
import { StatusBar } from './status-bar';
import { TextField } from './text-field';
import { useSaveSession } from './use-save-session';

export const HEADLINE_LIMIT = 70;
export const STANDFIRST_LIMIT = 160;

type TextFieldName = 'headline' | 'standfirst' | 'byline' | 'dateline';

function pickFields(article: Article): Omit<ArticleFields, 'body'> {
  const { body: _body, ...fields } = ArticleFieldsSchema.parse(article);
  return fields;
}

export function ArticleEditor({ article }: { article: Article }) {
  const fields = useRef<Omit<ArticleFields, 'body'>>(pickFields(article));
  const editorRef = useRef<Editor | undefined>(undefined);
  const [editor, setEditor] = useState<Editor>();

  const readDraft = useCallback(
    (): ArticleFields => ({
      ...fields.current,
      body: (editorRef.current?.getJSON() as ArticleFields['body'] | undefined) ?? article.body,
    }),
    [article.body],
  );
  const { queue, state } = useSaveSession(article.id, article.revision, readDraft);

  const onReady = useCallback((instance: Editor) => {
    editorRef.current = instance;
    setEditor(instance);
  }, []);
  const onBodyChange = useCallback(() => queue.markDirty(), [queue]);
  const setField = (name: TextFieldName) => (value: string) => {
    fields.current = { ...fields.current, [name]: value };
    queue.markDirty();
  };

  const moveToTrash = async () => {
    const store = useAppStore.getState();
    try {
      await queue.flush();
      await api.trashArticle({ id: article.id });
      store.notify({
        tone: 'info',
        text: `“${fields.current.headline || 'Untitled article'}” was moved to the trash.`,
        action: {
          label: 'Undo',
          run: () => {
            void api.restoreArticle({ id: article.id }).then(() => store.refresh());
          },
        },
      });
      await store.navigate({ name: 'library' });
    } catch (error) {
      store.notify({
        tone: 'error',
        text: `Could not move the article to the trash: ${messageOf(error)}`,
      });
    }
  };

  const lang = article.language;
  return (
    <div className="editor-screen">
      <header className="editor-header">
        <button
          type="button"
          className="link-button"
          onClick={() => void useAppStore.getState().navigate({ name: 'library' })}
        >
          ← Library
        </button>
        <span className="badge">Draft</span>
        <button type="button" className="danger" onClick={() => void moveToTrash()}>
          Move to trash
        </button>
      </header>
      <ConflictBanner saveState={state} readDraft={readDraft} />
      <main className="editor-body" lang={lang}>
        <TextField
          label="Headline"
          className="headline-input"
          initial={article.headline}
          onChange={setField('headline')}
          limit={HEADLINE_LIMIT}
          limitHint="longer than most sites show in full"
          placeholder="What happened?"
          lang={lang}
          autoFocus={article.headline === ''}
        />
        <TextField
          label="Standfirst"
          initial={article.standfirst}
          onChange={setField('standfirst')}
          multiline
          limit={STANDFIRST_LIMIT}
          limitHint="longer than search results show"
          placeholder="One paragraph that tells the story"
          lang={lang}
        />
        <div className="field-row">
          <TextField
            label="Byline"
            initial={article.byline}
            onChange={setField('byline')}
            placeholder="Reporter’s name"
            lang={lang}
          />
          <TextField
            label="Dateline"
            initial={article.dateline}
            onChange={setField('dateline')}
            placeholder="Phnom Penh"
            lang={lang}
          />
        </div>
        <BodyEditor
          initial={article.body}
          language={lang}
          onReady={onReady}
          onChange={onBodyChange}
        />
        <RelatedList links={article.related} />
      </main>
      <StatusBar editor={editor} language={lang} saveState={state} />
    </div>
  );
}
