// Section, language and tags: how the desk files an article.
import { ARTICLE_LANGUAGES, type ArticleFields } from '../../../shared/article';
import { SelectField } from './select-field';
import { TagsField } from './tags-field';
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
  const sections = preferences?.sections ?? [];
  // A section removed from the list since the article was filed still shows, so nothing changes unseen.
  const sectionOptions = [
    { value: '', label: 'No section' },
    ...[...new Set([...sections, ...(initial.section ? [initial.section] : [])])].map((name) => ({
      value: name,
      label: name,
    })),
  ];
  const languageOptions = ARTICLE_LANGUAGES.some((option) => option.tag === language)
    ? ARTICLE_LANGUAGES
    : [...ARTICLE_LANGUAGES, { tag: language, label: language }];

  return (
    <div className="field-row">
      {preferences && (
        <SelectField
          label="Section"
          value={initial.section}
          options={sectionOptions}
          onChange={onSection}
        />
      )}
      <SelectField
        label="Language"
        value={language}
        options={languageOptions.map((option) => ({ value: option.tag, label: option.label }))}
        onChange={onLanguage}
      />
      <TagsField initial={initial.tags} onChange={onTags} />
    </div>
  );
}
