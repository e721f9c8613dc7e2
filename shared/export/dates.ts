// Dates as a reader of the page sees them, in the publication's time zone. Formatters are kept,
// since building one costs more than formatting with it.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, options);
    } catch (error) {
      // A language tag Intl does not accept still gets a date; a bad time zone is a real error.
      if (!(error instanceof RangeError) || locale === 'en') throw error;
      format = new Intl.DateTimeFormat('en', options);
    }
    formatters.set(key, format);
  }
  return format;
}

/** "December 22, 2023", or the article language's own long form ("២២ ធ្នូ ២០២៣"). */
export function formatLongDate(iso: string, language: string, timeZone: string): string {
  return formatter(language, { dateStyle: 'long', timeZone }).format(new Date(iso));
}

// AP style: five months are short enough to spell out.
export const AP_MONTHS = [
  'Jan.',
  'Feb.',
  'March',
  'April',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];

/** "Nov. 25" in English, otherwise the language's own month and day. */
export function formatDatelineDate(iso: string, language: string, timeZone: string): string {
  const date = new Date(iso);
  if (!/^en\b/i.test(language)) {
    return formatter(language, { month: 'long', day: 'numeric', timeZone }).format(date);
  }
  const parts = formatter('en-US', { month: 'numeric', day: 'numeric', timeZone }).formatToParts(
    date,
  );
  const month = Number(parts.find((part) => part.type === 'month')?.value);
  const day = parts.find((part) => part.type === 'day')?.value ?? '';
  return `${AP_MONTHS[month - 1] ?? ''} ${day}`.trim();
}
