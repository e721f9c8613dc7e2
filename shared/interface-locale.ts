// Which language the interface speaks (the page and the desktop host's menus and dialogs alike):
// the one chosen in Settings, else the system's.
export const INTERFACE_LOCALES = ['en', 'km'] as const;
export type InterfaceLocale = (typeof INTERFACE_LOCALES)[number];

export function isInterfaceLocale(value: unknown): value is InterfaceLocale {
  return (INTERFACE_LOCALES as readonly unknown[]).includes(value);
}

/**
 * The chosen language when there is one; otherwise the first of the system's languages that
 * Dateline speaks ("km-KH" reads as Khmer), and English when it speaks none of them.
 */
export function resolveInterfaceLocale(
  chosen: InterfaceLocale | null | undefined,
  systemLanguages: readonly string[],
): InterfaceLocale {
  if (chosen) return chosen;
  for (const tag of systemLanguages) {
    const language = tag.toLowerCase().split(/[-_]/)[0];
    if (isInterfaceLocale(language)) return language;
  }
  return 'en';
}
