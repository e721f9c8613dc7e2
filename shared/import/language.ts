// Which language an imported page is in: Khmer script means Khmer, anything else English.

export function detectLanguage(text: string): 'km' | 'en' {
  let khmer = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x1780 && code <= 0x17ff) || (code >= 0x19e0 && code <= 0x19ff)) khmer++;
    else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) latin++;
  }
  // An English page may quote a Khmer title; it is Khmer only when Khmer letters dominate.
  return khmer > 0 && khmer >= latin ? 'km' : 'en';
}
