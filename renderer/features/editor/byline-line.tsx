// The line under the headline: who wrote the article and where from, the dateline whole (place,
// date and agency). It opens the article's settings, where each part is changed.
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/intl-root';
import type { Observable } from '../../lib/observable';
import type { DraftFields } from './use-article-draft';

/** The dateline as the writer gave it: "PHNOM PENH, June 30 (Xinhua)". */
export function datelineText(
  fields: Pick<DraftFields, 'dateline' | 'datelineDate' | 'datelineAgency'>,
) {
  const place = [fields.dateline, fields.datelineDate]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(', ');
  const agency = fields.datelineAgency?.trim();
  return agency ? `${place} (${agency})`.trim() : place;
}

/** Between the byline and the dateline; not a word, so the same in every language. */
const SEPARATOR = ' · ';

function summarize(fields: DraftFields) {
  return { byline: fields.byline.trim(), dateline: datelineText(fields) };
}

interface BylineLineProps {
  readFields: () => DraftFields;
  version: Observable<number>;
  lang: string;
  onOpen: () => void;
}

export function BylineLine({ readFields, version, lang, onOpen }: BylineLineProps) {
  const t = useT();
  const [shown, setShown] = useState(() => summarize(readFields()));
  const reader = useRef(readFields);
  useEffect(() => {
    reader.current = readFields;
  }, [readFields]);
  // Follows the fields as they change; a keystroke in the body changes neither, so no render.
  useEffect(
    () =>
      version.subscribe(() => {
        const next = summarize(reader.current());
        setShown((now) =>
          now.byline === next.byline && now.dateline === next.dateline ? now : next,
        );
      }),
    [version],
  );
  return (
    <p className="byline-line" lang={lang}>
      <button
        type="button"
        className="link-button"
        onClick={onOpen}
        aria-controls="article-settings"
      >
        <span className={shown.byline ? '' : 'byline-missing'}>
          {shown.byline ? t('writing.byline', { byline: shown.byline }) : t('writing.no-byline')}
        </span>
        <span aria-hidden="true">{SEPARATOR}</span>
        <span className={shown.dateline ? 'byline-dateline' : 'byline-missing'}>
          {shown.dateline || t('writing.no-dateline')}
        </span>
      </button>
    </p>
  );
}
