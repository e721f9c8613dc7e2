// Words that change with a count ("1 article", "3 articles"), chosen by the language's own plural
// rules (Intl.PluralRules), so a language with other categories, or none as in Khmer, gets its
// forms from the same call. The one place outside the interface that picks a plural.

/** The forms of a word by plural category; `other` is required, the rest fall back to it. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rulesByLocale = new Map<string, Intl.PluralRules>();

function rulesFor(locale: string): Intl.PluralRules {
  let rules = rulesByLocale.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    rulesByLocale.set(locale, rules);
  }
  return rules;
}

/** The form of a word `count` takes: `pluralForm(2, { one: 'was', other: 'were' })` is "were". */
export function pluralForm(count: number, forms: PluralForms, locale = 'en'): string {
  return forms[rulesFor(locale).select(count)] ?? forms.other;
}

/** The count and its noun: `plural(1, 'article')` is "1 article", `plural(3, 'file was', 'files were')` "3 files were". */
export function plural(count: number, one: string, other = `${one}s`, locale = 'en'): string {
  return `${count} ${pluralForm(count, { one, other }, locale)}`;
}
