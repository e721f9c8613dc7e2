// A desk article's settings, for the article settings panel: the same fields as a library
// article's, each bound to the shared document, so what one person changes the others see.
import type * as Y from 'yjs';
import { TICKER_WARN_LENGTH } from '../../../shared/ticker';
import { useT } from '../../i18n/intl-root';
import { MetadataFields } from '../editor/metadata-fields';
import type { DeskFields } from './use-desk-fields';
import { YTextField } from './y-text-field';

export function DeskSettingsFields({ doc, fields }: { doc: Y.Doc; fields: DeskFields }) {
  const t = useT();
  const { values } = fields;
  const lang = values.language;
  return (
    <>
      <YTextField
        label={t('editor.short-headline')}
        name="shortHeadline"
        text={doc.getText('shortHeadline')}
        limit={TICKER_WARN_LENGTH}
        limitHint={t('editor.short-headline.hint')}
        placeholder={t('editor.short-headline.placeholder')}
        lang={lang}
      />
      <YTextField
        label={t('editor.byline')}
        name="byline"
        text={doc.getText('byline')}
        placeholder={t('editor.byline.placeholder')}
        lang={lang}
      />
      <YTextField
        label={t('editor.dateline')}
        name="dateline"
        text={doc.getText('dateline')}
        placeholder={t('editor.dateline.placeholder')}
        lang={lang}
      />
      <div className="field-pair">
        <YTextField
          label={t('writing.dateline.date')}
          name="datelineDate"
          text={doc.getText('datelineDate')}
          placeholder={t('writing.dateline.date.placeholder')}
          lang={lang}
        />
        <YTextField
          label={t('writing.dateline.agency')}
          name="datelineAgency"
          text={doc.getText('datelineAgency')}
          placeholder={t('writing.dateline.agency.placeholder')}
          lang={lang}
        />
      </div>
      <MetadataFields
        initial={values}
        language={lang}
        onSection={fields.setSection}
        onLanguage={fields.setLanguage}
        onTags={fields.setTags}
      />
      <YTextField
        label={t('editor.notes')}
        name="notes"
        className="notes-input"
        multiline
        text={doc.getText('notes')}
        placeholder={t('editor.notes.placeholder')}
        lang={lang}
      />
    </>
  );
}
