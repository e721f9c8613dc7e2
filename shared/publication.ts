// What export needs to know about the publication: its name, its site, house style.
import { z } from 'zod';

/** "Phnom Penh:" as the seed pages write it, or the agency form "PHNOM PENH, Nov. 25 —". */
export const DatelineStyleSchema = z.enum(['plain', 'agency']);
export type DatelineStyle = z.infer<typeof DatelineStyleSchema>;

/** How a Khmer article writes its dates: "ថ្ងៃទី១ ខែធ្នូ ឆ្នាំ២០២៦" (full) or "១ ធ្នូ ២០២៦" (short). */
export const KhmerDateStyleSchema = z.enum(['full', 'short']);
export type KhmerDateStyle = z.infer<typeof KhmerDateStyleSchema>;

/** US ("color") or UK ("colour") English spelling. */
export const EnglishSpellingSchema = z.enum(['us', 'uk']);
export type EnglishSpelling = z.infer<typeof EnglishSpellingSchema>;

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** The languages Dateline's own words are written in. */
export const InterfaceLanguageSchema = z.enum(['en', 'km']);
export type InterfaceLanguage = z.infer<typeof InterfaceLanguageSchema>;

/** The interface's colours when not the system's. */
export const ThemeSchema = z.enum(['light', 'dark']);
export type Theme = z.infer<typeof ThemeSchema>;

/** A writer the site has a page for: JSON-LD names them with that address. */
export const AuthorSchema = z.object({
  name: z.string().trim().min(1).max(200),
  /** Their profile page on the site; empty when there is none. */
  url: z
    .string()
    .trim()
    .max(2048)
    .refine(
      (url) => url === '' || /^https?:\/\/[^\s/?#]+/i.test(url),
      'a profile address must start with http:// or https://',
    ),
});
export type Author = z.infer<typeof AuthorSchema>;

export const PublicationSchema = z.object({
  name: z.string().trim().max(200),
  /** Where pages are published, e.g. https://news.example.org/; empty when not known yet. */
  siteUrl: z
    .string()
    .trim()
    .max(2048)
    .refine(
      (url) => url === '' || /^https?:\/\/[^\s/?#]+/i.test(url),
      'the site address must start with http:// or https://',
    ),
  defaultAuthor: z.string().trim().max(200),
  datelineStyle: DatelineStyleSchema,
  timeZone: z.string().max(64).refine(isTimeZone, 'a time zone such as Asia/Phnom_Penh'),
  /** Khmer articles' dates in Khmer digits (១២), as Khmer papers print them; true when unset. */
  khmerDigits: z.boolean().optional(),
  /** "full" when unset. */
  khmerDateStyle: KhmerDateStyleSchema.optional(),
  /** The dictionary English articles tagged just "en" are checked with; US when unset. */
  englishSpelling: EnglishSpellingSchema.optional(),
  /** Dateline's spelling checker underlines as the writer types; true when unset. */
  checkSpelling: z.boolean().optional(),
  /** The writers with a profile page, so pages can link the people they credit. */
  authors: z.array(AuthorSchema).max(500).optional(),
});
export type Publication = z.infer<typeof PublicationSchema>;

export const DEFAULT_PUBLICATION: Publication = {
  name: 'Dateline',
  siteUrl: '',
  defaultAuthor: '',
  datelineStyle: 'plain',
  timeZone: 'Asia/Phnom_Penh',
};
