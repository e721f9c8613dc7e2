// Section, language and tags: how the desk files an article.
import { ARTICLE_LANGUAGES, type ArticleFields } from '../../../shared/article';
import { SelectField } from './select-field';
import { TagsField } from './tags-field';
import { useT } from '../../i18n/intl-root';
import { languageLabel } from '../../lib/article-words';
import { usePreferences } from '../../lib/use-preferences';

interface MetadataFieldsProps {
  initial: Pick<ArticleFields, 'section' | 'language' | 'tags'>;
  language: string;
  onSection: (section: string) => void;
  onLanguage: (language: string) => void;
  onTags: (tags: string[]) => void;
}

export function MetadataFields(props: MetadataFieldsProps) {
  const { initial, language, onSection, onLanguage, onTags } = props;
  const preferences = usePreferences();
  const t = useT();
  const sections = preferences?.sections ?? [];
  // A section removed from the list since the article was filed still shows, so nothing changes unseen.
  const sectionOptions = [
    { value: '', label: t('editor.no-section') },
    ...[...new Set([...sections, ...(initial.section ? [initial.section] : [])])].map((name) => ({
      value: name,
      label: name,
    })),
  ];
  const tags = ARTICLE_LANGUAGES.map((option) => option.tag as string);
  const languageOptions = tags.includes(language) ? tags : [...tags, language];

  return (
    <div className="field-row">
      {preferences && (
        <SelectField
          label={t('editor.section')}
          value={initial.section}
          options={sectionOptions}
          onChange={onSection}
        />
      )}
      <SelectField
        label={t('editor.language')}
        value={language}
        options={languageOptions.map((tag) => ({ value: tag, label: languageLabel(t, tag) }))}
        onChange={onLanguage}
      />
      <TagsField initial={initial.tags} onChange={onTags} />
    </div>
  );
}
