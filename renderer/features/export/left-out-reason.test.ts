import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../i18n/catalogs';
import { leftOutReason } from './left-out-reason';

const intlOf = (locale: 'en' | 'km') => createIntl({ locale, messages: catalogs[locale] });

const PHOTO_GONE = {
  reason:
    'The photo “Boats at dawn” is not in this library any more. Add the photo to the article again.',
  wording: { reason: 'export-photo-missing', values: { photo: 'Boats at dawn', named: 'yes' } },
};

const BODY_EMPTY = {
  reason: '1 problem must be fixed first (The body is empty).',
  wording: {
    reason: 'edition-problems',
    values: { count: 1 },
    problems: [{ code: 'body-empty' as const, values: {} }],
  },
};

describe('why an edition left an article out', () => {
  it('says a photo that is gone in the same words as the command line, in English', () => {
    expect(leftOutReason(PHOTO_GONE, intlOf('en'))).toBe(PHOTO_GONE.reason);
  });

  it('says it in Khmer in the Khmer interface, naming the photo by its words', () => {
    expect(leftOutReason(PHOTO_GONE, intlOf('km'))).toBe(
      'រូបថត «Boats at dawn» លែងមាននៅក្នុងបណ្ណាល័យអត្ថបទនេះទៀតហើយ។ សូមបន្ថែមរូបថតនោះទៅក្នុងអត្ថបទម្ដងទៀត។',
    );
    const unnamed = { ...PHOTO_GONE.wording, values: { photo: '', named: 'no' } };
    expect(leftOutReason({ ...PHOTO_GONE, wording: unnamed }, intlOf('km'))).toMatch(
      /^រូបថតមួយរបស់វា លែងមាន/,
    );
  });

  it('words the checklist’s problems as the checklist does', () => {
    const km = intlOf('km');
    const english = leftOutReason(BODY_EMPTY, intlOf('en'));
    expect(english).toBe(`1 problem must be fixed first: ${catalogs.en['preflight.body-empty']}`);
    expect(leftOutReason(BODY_EMPTY, km)).toContain(catalogs.km['preflight.body-empty']);
    expect(leftOutReason(BODY_EMPTY, km)).not.toMatch(/[A-Za-z]/);
  });

  it('keeps the back end’s words for a reason the catalogs do not know', () => {
    const unknown = { reason: 'Something new.', wording: { reason: 'something-new' } };
    expect(leftOutReason(unknown, intlOf('km'))).toBe('Something new.');
  });
});
