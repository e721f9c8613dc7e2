// @vitest-environment happy-dom
// A failed edition says why in the interface's language: the sentence its failure names, with
// the system's own words where there is no sentence of their own, and the files it kept.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { IntlProvider } from 'react-intl';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiErrorValue } from '../../../shared/api/errors';
import { catalogs } from '../../i18n/catalogs';
import { EditionProgressView } from './edition-progress-view';
import type { EditionJob } from './edition-store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const DISK_FULL: ApiErrorValue = {
  code: 'disk-full',
  message: 'Could not write the edition: the disk is full.',
  reason: 'edition-disk-full',
};

const failedJob = (failure: ApiErrorValue): EditionJob => ({
  jobId: '7b0f3f52-4a43-4b8e-9a3c-2f5d0c1e9a11',
  state: 'failed',
  folder: '/exports/monday',
  total: 3,
  done: 1,
  written: [{ file: 'rice-prices.html', articleId: 'rice-prices-1', headline: 'Rice prices' }],
  skipped: [],
  summary: `The export stopped: ${failure.message} 1 file was written before that and is kept.`,
  failure,
});

let host: HTMLElement;
let root: Root;

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

function show(locale: 'en' | 'km', job: EditionJob): string {
  act(() =>
    root.render(
      <IntlProvider locale={locale} messages={catalogs[locale]}>
        <EditionProgressView job={job} />
      </IntlProvider>,
    ),
  );
  return host.textContent ?? '';
}

describe('a failed edition', () => {
  it('says in Khmer that the disk is full, and that the file written is kept', () => {
    const text = show('km', failedJob(DISK_FULL));
    expect(text).toContain('ការនាំចេញបានឈប់៖ ថាសពេញហើយ។ សូមទុកកន្លែងទំនេរ រួចនាំចេញម្ដងទៀត។');
    expect(text).toContain('ឯកសារ 1 ដែលបានសរសេរមុននោះ ត្រូវបានរក្សាទុក។');
    expect(text).not.toMatch(/disk|could not|written before/i);
  });

  it('says it in English in the English interface', () => {
    expect(show('en', failedJob(DISK_FULL))).toContain(
      'The export stopped: The disk is full. Make room on it and export again. The 1 file written before that is kept.',
    );
  });

  it('keeps the system’s words for a failure without a sentence of its own, in either language', () => {
    const io: ApiErrorValue = {
      code: 'io',
      message: 'Could not write the edition: EISDIR: illegal operation on a directory',
      reason: 'edition-io',
      values: { detail: 'EISDIR: illegal operation on a directory' },
    };
    expect(show('km', failedJob(io))).toContain(
      'មិនអាចសរសេរឯកសារមួយក្នុងថតនេះបានទេ (EISDIR: illegal operation on a directory)។',
    );
    expect(show('en', failedJob(io))).toContain(
      'A file could not be written in the folder (EISDIR: illegal operation on a directory). Export again.',
    );
  });
});
