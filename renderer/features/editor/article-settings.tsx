// The article's settings beside its text, as a side panel: the short headline, who wrote it and
// where from, how the desk files it, and the editor's notes. Docked where the window is wide,
// laid over the text where it is narrow (editor.css). It stays mounted while closed, so what was
// typed in it is kept and the checklist can still find its fields.
import type { ReactNode } from 'react';
import type { Article } from '../../../shared/article';
import { TICKER_WARN_LENGTH } from '../../../shared/ticker';
import { useT } from '../../i18n/intl-root';
import { MetadataFields } from './metadata-fields';
import { TextField } from './text-field';
import type { ArticleDraft } from './use-article-draft';

const CLOSE_MARK = '✕';

type ArticleSettingsProps = {
  open: boolean;
  onClose: () => void;
  /** More of the article's settings, from other features (its lead photo). */
  children?: ReactNode;
} & (
  | { article: Article; draft: ArticleDraft }
  /** Fields bound elsewhere (a desk article's shared document) in place of the draft's. */
  | { fields: ReactNode }
);

export function ArticleSettings(props: ArticleSettingsProps) {
  const { open, onClose } = props;
  const t = useT();
  return (
    <aside
      id="article-settings"
      className="article-settings"
      aria-labelledby="article-settings-heading"
      hidden={!open}
    >
      <header>
        <h2 id="article-settings-heading">{t('writing.settings')}</h2>
        <button
          type="button"
          className="link-button"
          aria-label={t('writing.settings.close')}
          onClick={onClose}
        >
          <span aria-hidden="true">{CLOSE_MARK}</span>
        </button>
      </header>
      {'fields' in props ? (
        props.fields
      ) : (
        <DraftSettingsFields article={props.article} draft={props.draft} />
      )}
      {props.children}
    </aside>
  );
}

function DraftSettingsFields({ article, draft }: { article: Article; draft: ArticleDraft }) {
  const t = useT();
  const { lang, setField, update } = draft;
  return (
    <>
      <TextField
        label={t('editor.short-headline')}
        name="shortHeadline"
        initial={article.shortHeadline}
        onChange={setField('shortHeadline')}
        limit={TICKER_WARN_LENGTH}
        limitHint={t('editor.short-headline.hint')}
        placeholder={t('editor.short-headline.placeholder')}
        lang={lang}
      />
      <TextField
        label={t('editor.byline')}
        name="byline"
        initial={article.byline}
        onChange={setField('byline')}
        placeholder={t('editor.byline.placeholder')}
        lang={lang}
      />
      <TextField
        label={t('editor.dateline')}
        name="dateline"
        initial={article.dateline}
        onChange={setField('dateline')}
        placeholder={t('editor.dateline.placeholder')}
        lang={lang}
      />
      <div className="field-pair">
        <TextField
          label={t('writing.dateline.date')}
          name="datelineDate"
          initial={article.datelineDate ?? ''}
          onChange={(datelineDate) => update({ datelineDate })}
          placeholder={t('writing.dateline.date.placeholder')}
          lang={lang}
        />
        <TextField
          label={t('writing.dateline.agency')}
          name="datelineAgency"
          initial={article.datelineAgency ?? ''}
          onChange={(datelineAgency) => update({ datelineAgency })}
          placeholder={t('writing.dateline.agency.placeholder')}
          lang={lang}
        />
      </div>
      <MetadataFields
        initial={article}
        language={lang}
        onSection={(section) => update({ section })}
        onLanguage={draft.changeLanguage}
        onTags={(tags) => update({ tags })}
      />
      <TextField
        label={t('editor.notes')}
        name="notes"
        className="notes-input"
        initial={article.notes}
        onChange={setField('notes')}
        multiline
        placeholder={t('editor.notes.placeholder')}
        lang={lang}
      />
    </>
  );
}
