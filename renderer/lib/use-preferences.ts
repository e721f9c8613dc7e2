// The desk's list of sections, loaded once per screen that needs it.
import { useEffect, useState } from 'react';
import type { Preferences } from '../../shared/api/contract';
import { DEFAULT_PUBLICATION } from '../../shared/publication';
import { api } from '../api/client';

export function usePreferences(): Preferences | undefined {
  const [preferences, setPreferences] = useState<Preferences>();
  useEffect(() => {
    let current = true;
    api.getPreferences({}).then(
      (loaded) => current && setPreferences(loaded),
      () =>
        current &&
        setPreferences({
          sections: [],
          publication: DEFAULT_PUBLICATION,
          interfaceLanguage: null,
          theme: null,
          userName: '',
        }),
    );
    return () => {
      current = false;
    };
  }, []);
  return preferences;
}
