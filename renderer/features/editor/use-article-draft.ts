// The open article's draft: its fields as typed, its body's editor, its save session, and the
// edits that change them. Fields live in a ref so typing re-renders nothing but the field itself.
import type { Editor } from '@tiptap/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import {
  ArticleFieldsSchema,
  type Article,
  type ArticleFields,
  type ArticleStatus,
} from '../../../shared/article';
import { t } from '../../i18n/intl';
import { observable } from '../../lib/observable';
import { useWorkflow } from '../workflow/use-workflow';
import { useExternalChanges } from './use-external-changes';
import { useSaveSession } from './use-save-session';

export type DraftFields = Omit<ArticleFields, 'body'>;
export type TextFieldName =
  'headline' | 'shortHeadline' | 'standfirst' | 'byline' | 'dateline' | 'notes';

function pickFields(article: Article): DraftFields {
  const { body: _body, ...fields } = ArticleFieldsSchema.parse(article);
  return fields;
}

export function useArticleDraft(article: Article) {
  const fields = useRef<DraftFields>(pickFields(article));
  const editorRef = useRef<Editor | undefined>(undefined);
  const [editor, setEditor] = useState<Editor>();
  // Status and language change rarely and change what the screen shows, so they are state.
  const [status, setStatus] = useState<ArticleStatus>(article.status);
  const [lang, setLang] = useState(article.language);
  const workflow = useWorkflow(article, (next) => {
    fields.current = { ...fields.current, status: next };
    setStatus(next);
  });

  const readDraft = useCallback(
    (): ArticleFields => ({
      ...fields.current,
      body: (editorRef.current?.getJSON() as ArticleFields['body'] | undefined) ?? article.body,
    }),
    [article.body],
  );
  const { queue, state, savedAt } = useSaveSession(
    article.id,
    article.revision,
    article.updatedAt,
    readDraft,
    workflow.saveHooks,
  );
  useExternalChanges(article.id, queue, savedAt);

  const onReady = useCallback((instance: Editor) => {
    editorRef.current = instance;
    setEditor(instance);
  }, []);
  // Bumped on every edit; only the open checklist listens, so typing re-renders nothing else.
  const draftVersion = useMemo(() => observable(0), []);
  const flushNow = useCallback(async () => {
    await queue.flush();
  }, [queue]);
  /**
   * Saves what is unsaved before something replaces the article's text (a restore, a pasted page)
   * or moves it; refuses, saying why, when that save cannot be made, so nothing typed is lost.
   */
  const ensureSaved = useCallback(async () => {
    if (!(await queue.flush())) {
      throw new Error(t('editor.unsaved-first', { reason: queue.unsavedReason }));
    }
    return queue.currentRevision;
  }, [queue]);
  const edited = useCallback(() => {
    queue.markDirty();
    draftVersion.set(draftVersion.get() + 1);
  }, [queue, draftVersion]);
  const readArticle = useCallback(
    (): Article => ({ ...article, ...readDraft() }),
    [article, readDraft],
  );
  const setField = (name: TextFieldName) => (value: string) => {
    fields.current = { ...fields.current, [name]: value };
    edited();
  };
  const update = (change: Partial<DraftFields>) => {
    fields.current = { ...fields.current, ...change };
    edited();
  };
  const changeStatus = (next: ArticleStatus) => {
    // Approving is checked first: the checklist must have no errors.
    if (next === 'approved' && status !== 'approved') {
      workflow.approve({ ...readArticle(), status: next }, () => {
        setStatus(next);
        update({ status: next });
        void queue.flush();
      });
      return;
    }
    setStatus(next);
    update({ status: next });
    // A status change is a milestone worth having on disk at once.
    void queue.flush();
  };
  const changeLanguage = (next: string) => {
    setLang(next);
    update({ language: next });
  };

  return {
    /** The fields as typed so far, without the body. */
    readFields: () => fields.current,
    editorRef,
    editor,
    status,
    lang,
    workflow,
    saveState: state,
    savedAt,
    draftVersion,
    readDraft,
    readArticle,
    onReady,
    onBodyChange: edited,
    setField,
    update,
    changeStatus,
    changeLanguage,
    flushNow,
    ensureSaved,
  };
}

export type ArticleDraft = ReturnType<typeof useArticleDraft>;
