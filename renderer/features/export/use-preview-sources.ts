// The publication, the ticker and the library listing, loaded once per panel that renders the
// article as it will be exported.
import { useEffect, useMemo, useState } from 'react';
import { DEFAULT_PUBLICATION, type Publication } from '../../../shared/publication';
import type { Ticker } from '../../../shared/ticker';
import { api } from '../../api/client';
import { useAppStore } from '../../store';
import type { PreviewSources } from './preview-context';

/** Undefined until the publication's details have arrived. */
export function usePreviewSources(): PreviewSources | undefined {
  const articles = useAppStore((state) => state.articles);
  const [publication, setPublication] = useState<Publication>();
  const [ticker, setTicker] = useState<Ticker>();

  useEffect(() => {
    let current = true;
    // Without the preferences the page still renders, under the default publication.
    api.getPreferences({}).then(
      (loaded) => current && setPublication(loaded.publication),
      () => current && setPublication(DEFAULT_PUBLICATION),
    );
    // A damaged ticker leaves the strip out, as the export does.
    api.getTicker({}).then(
      (loaded) => current && setTicker(loaded),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);

  return useMemo(
    () => (publication ? { publication, ticker, articles } : undefined),
    [publication, ticker, articles],
  );
}
