// What the body editor needs for spelling: the extension (made once), whether Dateline's checker
// runs for the article's language now (then the browser's own is turned off), and the menu's target.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useObservable } from '../../lib/observable';
import { loadNewsroomWords } from './newsroom-words';
import { spellChecker, type SpellChecker } from './spell-client';
import { Spelling, type MisspeltWord } from './spelling-extension';
import { loadSpellingPreferences, spellingPreferences } from './spelling-preferences';
import { spellingVariantFor, type SpellingVariant } from './spelling-variant';

export interface SpellingSession {
  extension: ReturnType<typeof Spelling.configure>;
  variant: SpellingVariant | null;
  checker: SpellChecker | null;
  target: MisspeltWord | undefined;
  closeMenu: () => void;
}

export function useSpelling(language: string): SpellingSession {
  const preferences = useObservable(spellingPreferences);
  const variant = preferences.check ? spellingVariantFor(language, preferences.english) : null;
  const [target, setTarget] = useState<MisspeltWord>();
  const [checker, setChecker] = useState<SpellChecker | null>(null);
  const current = useRef<SpellChecker | null>(null);

  useEffect(() => {
    void loadSpellingPreferences();
    void loadNewsroomWords();
  }, []);

  useEffect(() => {
    // The worker starts (and parses its dictionary) only once an article needs it.
    const next = variant ? spellChecker(variant) : null;
    current.current = next;
    setChecker(next);
  }, [variant]);

  const extension = useMemo(
    () => Spelling.configure({ checker: () => current.current, onMenu: setTarget }),
    [],
  );
  return { extension, variant, checker, target, closeMenu: () => setTarget(undefined) };
}
