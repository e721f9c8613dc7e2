// Openings in the styles real newsrooms and agencies publish (AKP, Xinhua, AFP, Reuters, AP, DAP,
// Fresh News, Khmer Times, the Phnom Penh Post, VOD), written here in the project's own words,
// read through the plain-text importer and the recogniser Word documents go through.
import { describe, expect, it } from 'vitest';
import type { ArticleBody } from '../article';
import { docToPlainText } from '../text/doc-text';
import { paragraph, textNode } from './inline';
import { parsePlainTextPage } from './plain-text';
import { recognisePage } from './recognise-page';

// style | opening paragraph | place | date | agency | first words of the story ("-" for none)
const FORMS = `
AKP | Phnom Penh, December 3, 2010 AKP -- Cambodia and Laos agreed on Friday to widen the Trapeang Kriel crossing. | Phnom Penh | 2010-12-03 | AKP | Cambodia and Laos agreed
AKP | Phnom Penh, February 25, 2011 AKP – The Ministry of Education opened 40 school libraries this week. | Phnom Penh | 2011-02-25 | AKP | The Ministry of Education
AKP | Siem Reap, March 14, 2012 AKP — Visitor numbers at Angkor rose by a fifth in the first quarter. | Siem Reap | 2012-03-14 | AKP | Visitor numbers at Angkor
AKP | Battambang, July 8, 2013 AKP - Rice farmers in Sangke district began an early harvest. | Battambang | 2013-07-08 | AKP | Rice farmers in Sangke
AKP | Kampong Cham, October 2, 2014 AKP -- A second bridge over the Mekong will open next month. | Kampong Cham | 2014-10-02 | AKP | A second bridge
AKP | Sihanoukville, May 2, 2016 AKP -- Port traffic grew for the sixth year running. | Sihanoukville | 2016-05-02 | AKP | Port traffic grew
AKP | Phnom Penh, Jan. 9, 2015 AKP -- The Senate met in extraordinary session on Friday. | Phnom Penh | 2015-01-09 | AKP | The Senate met
AKP | ភ្នំពេញ ថ្ងៃទី៣ ខែធ្នូ ឆ្នាំ២០២៤ ៖ ក្រសួងកសិកម្ម បានចេញសេចក្តីជូនដំណឹង។ | ភ្នំពេញ | 2024-12-03 | - | ក្រសួងកសិកម្ម
Xinhua | PHNOM PENH, June 5 (Xinhua) -- Cambodia shipped 310,000 tonnes of milled rice in five months. | PHNOM PENH | June 5 | Xinhua | Cambodia shipped 310,000
Xinhua | SIEM REAP, Cambodia, Aug. 17 (Xinhua) -- A restored gallery at Banteay Srei reopened on Saturday. | SIEM REAP, Cambodia | Aug. 17 | Xinhua | A restored gallery
Xinhua | PREAH SIHANOUK, Cambodia, Nov. 21 (Xinhua) -- Two container cranes arrived at the deep-sea port. | PREAH SIHANOUK, Cambodia | Nov. 21 | Xinhua | Two container cranes
Xinhua | SVAY RIENG, Cambodia, April 4 (Xinhua) -- Factories in the Bavet zone hired 2,000 workers. | SVAY RIENG, Cambodia | April 4 | Xinhua | Factories in the Bavet
Xinhua | BEIJING, Sept. 2 (Xinhua) -- China and Cambodia signed six agreements on Monday. | BEIJING | Sept. 2 | Xinhua | China and Cambodia signed
Xinhua | HANOI, Dec. 12 (Xinhua) -- Vietnam's exports to Cambodia rose 9 percent. | HANOI | Dec. 12 | Xinhua | Vietnam's exports
Xinhua | TOKYO, June 12 (Xinhua) -- Japan will fund a water plant in Kampot. | TOKYO | June 12 | Xinhua | Japan will fund
AFP | PHNOM PENH (AFP) - Cambodian authorities on Tuesday closed a casino near the border. | PHNOM PENH | - | AFP | Cambodian authorities on
AFP | Phnom Penh (AFP) - A court in the Cambodian capital jailed two land activists. | Phnom Penh | - | AFP | A court in the
AFP | BANGKOK (AFP) - Thailand's central bank held its key rate on Wednesday. | BANGKOK | - | AFP | Thailand's central bank
AFP | GENEVA (AFP) - The UN rights office voiced concern over the verdict. | GENEVA | - | AFP | The UN rights office
AFP | PURSAT (AFP) - Villagers blocked a road to protest a sand-dredging permit. | PURSAT | - | AFP | Villagers blocked a road
Reuters | PHNOM PENH, Dec 1 (Reuters) - Cambodia's garment exports fell for a third month. | PHNOM PENH | Dec 1 | Reuters | Cambodia's garment exports
Reuters | PHNOM PENH, March 3 (Reuters) - A Chinese-built expressway opened to traffic on Sunday. | PHNOM PENH | March 3 | Reuters | A Chinese-built expressway
Reuters | WASHINGTON, May 20 (Reuters) - The U.S. Treasury named three firms in a sanctions notice. | WASHINGTON | May 20 | Reuters | The U.S. Treasury
Reuters | SINGAPORE, Jan 15 (Reuters) - Asian shares edged higher in thin trade. | SINGAPORE | Jan 15 | Reuters | Asian shares edged
Reuters | Kratie, Sept 9 (Reuters) - River dolphins were counted at 89 this year. | Kratie | Sept 9 | Reuters | River dolphins were
Reuters | Kampong Thom, Oct 30 (Reuters) - Floodwater cut National Road 6 overnight. | Kampong Thom | Oct 30 | Reuters | Floodwater cut National
AP | PHNOM PENH, Cambodia (AP) — Cambodia's ruling party claimed every seat on Monday. | PHNOM PENH, Cambodia | - | AP | Cambodia's ruling party
AP | BANGKOK (AP) — Thai police arrested four men over a bank card scam. | BANGKOK | - | AP | Thai police arrested
AP | KAMPOT, Cambodia (AP) — Pepper growers say the dry season came early. | KAMPOT, Cambodia | - | AP | Pepper growers say
AP | KEP, Cambodia (AP) — Crab sellers returned to the market after the storm. | KEP, Cambodia | - | AP | Crab sellers returned
AP | VIENTIANE, Laos (AP) — Laos raised fuel prices for the second time this month. | VIENTIANE, Laos | - | AP | Laos raised fuel
AP | PAILIN (AP) — Deminers cleared another 30 hectares of farmland. | PAILIN | - | AP | Deminers cleared another
DAP | Phnom Penh: The National Election Committee said on Monday that registration ends in May. | Phnom Penh | - | - | The National Election Committee
DAP | PHNOM PENH (DAP) - Ministers met investors from Singapore on Thursday. | PHNOM PENH | - | DAP | Ministers met investors
DAP | Kampong Speu: Provincial police seized 200 kilograms of illegal timber. | Kampong Speu | - | - | Provincial police seized
Fresh News | PHNOM PENH (FN), Feb 25 – Cambodia will host the regional trade fair in March. | PHNOM PENH | Feb 25 | FN | Cambodia will host
Fresh News | TAKEO (FN) – Provincial authorities repaired 12 kilometres of canal. | TAKEO | - | FN | Provincial authorities repaired
Fresh News | (ភ្នំពេញ)៖ ក្រសួងសុខាភិបាល បានប្រកាសពីការចាក់វ៉ាក់សាំងជុំថ្មី។ | ភ្នំពេញ | - | - | ក្រសួងសុខាភិបាល
Fresh News | (សៀមរាប)៖ ភ្ញៀវទេសចរជាតិ បានកើនឡើងក្នុងពិធីបុណ្យ។ | សៀមរាប | - | - | ភ្ញៀវទេសចរជាតិ
Fresh News | ភ្នំពេញ (FN)៖ រដ្ឋសភា បានអនុម័តច្បាប់ថវិកា។ | ភ្នំពេញ | - | FN | រដ្ឋសភា
Khmer Times | PHNOM PENH – The Ministry of Commerce has signed a deal with Korean importers. | PHNOM PENH | - | - | The Ministry of Commerce
Khmer Times | Siem Reap – Hotel occupancy in the temple town reached 70 percent. | Siem Reap | - | - | Hotel occupancy in
Khmer Times | Koh Kong – Rangers in the Cardamom Mountains freed a trapped elephant. | Koh Kong | - | - | Rangers in the Cardamom
Khmer Times | BANTEAY MEANCHEY – Traders at the Poipet crossing reported brisk business. | BANTEAY MEANCHEY | - | - | Traders at the Poipet
Khmer Times | Tboung Khmum – Rubber prices climbed to a two-year high. | Tboung Khmum | - | - | Rubber prices climbed
Phnom Penh Post | Stung Treng province – Fishermen along the Mekong reported a poor catch. | Stung Treng province | - | - | Fishermen along the
Phnom Penh Post | PREY VENG: Farmers in Peam Ro district planted a second rice crop. | PREY VENG | - | - | Farmers in Peam Ro
Phnom Penh Post | Ratanakiri: Coffee growers expect a larger crop this year. | Ratanakiri | - | - | Coffee growers expect
Phnom Penh Post | Preah Vihear – Villagers marked the temple's listing anniversary. | Preah Vihear | - | - | Villagers marked the
Phnom Penh Post | Oddar Meanchey: A new health centre opened in Anlong Veng. | Oddar Meanchey | - | - | A new health centre
Phnom Penh Post | Kampong Chhnang: Potters prepared for the New Year market. | Kampong Chhnang | - | - | Potters prepared for
Phnom Penh Post | Mondulkiri: Elephant keepers welcomed the first visitors of the season. | Mondulkiri | - | - | Elephant keepers welcomed
VOD | ភ្នំពេញ ៖ អាជ្ញាធរ បានបិទផ្លូវមួយចំនួន។ | ភ្នំពេញ | - | - | អាជ្ញាធរ
VOD | បាត់ដំបង៖ កសិករ បានចាប់ផ្តើមច្រូតស្រូវ។ | បាត់ដំបង | - | - | កសិករ
VOD | កំពង់ចាម ៖ ទឹកទន្លេ បានស្រកចុះ។ | កំពង់ចាម | - | - | ទឹកទន្លេ
VOD | ខេត្តព្រះសីហនុ៖ កំពង់ផែ បានទទួលនាវាថ្មី។ | ខេត្តព្រះសីហនុ | - | - | កំពង់ផែ
VOD | កំពត៖ ម្រេចកំពត ទទួលបានតម្លៃខ្ពស់។ | កំពត | - | - | ម្រេចកំពត
VOD | កែប ៖ អ្នកលក់ក្តាម បានត្រឡប់មកវិញ។ | កែប | - | - | អ្នកលក់ក្តាម
VOD | The Interior Ministry said on Friday it would review the complaint. | - | - | - | The Interior Ministry said
`;

// Lines that start with a place but are the story itself.
const NOT_DATELINES = [
  'Phnom Penh is hot today.',
  "Phnom Penh's governor said on Monday that the market would move.",
  'Siem Reap - the temple town - has more hotels than ever.',
  'Battambang rice prices rose - again.',
  'Kampot pepper: a farmer’s story.',
  'PHNOM PENH and Hanoi will share a rail link, officials said.',
  'ភ្នំពេញ ជាទីក្រុងធំជាងគេ។',
];

interface Form {
  style: string;
  opening: string;
  place: string;
  date: string;
  agency: string;
  story: string;
}

const forms: Form[] = FORMS.trim()
  .split('\n')
  .map((line) => {
    const [style, opening, place, date, agency, story] = line
      .split(' | ')
      .map((cell) => (cell.trim() === '-' ? '' : cell.trim()));
    return {
      style: style!,
      opening: opening!,
      place: place!,
      date: date!,
      agency: agency!,
      story: story!,
    };
  });

const HEADLINE = 'Officials Report On The Week';
const SECOND = 'A second paragraph follows.';
const paragraphs = (body: ArticleBody) => docToPlainText(body).split('\n\n');

describe('dateline forms read through the importers', () => {
  it('has a table of at least 40 forms', () => {
    expect(forms.length).toBeGreaterThanOrEqual(40);
    expect(forms.every((form) => form.opening && form.story)).toBe(true);
  });

  it.each(forms)('$style: $opening', ({ opening, place, date, agency, story }) => {
    const { fields } = parsePlainTextPage([HEADLINE, opening, SECOND].join('\n\n'));
    expect(fields.headline).toBe(HEADLINE);
    expect([fields.dateline, fields.datelineDate, fields.datelineAgency]).toEqual([
      place,
      date,
      agency,
    ]);
    const [lead, next] = paragraphs(fields.body);
    expect(lead?.startsWith(story)).toBe(true);
    expect(opening.endsWith(lead!)).toBe(true);
    expect(next).toBe(SECOND);
  });

  it.each(forms)('Word document, $style: $opening', ({ opening, place, date, agency, story }) => {
    const blocks = [paragraph([textNode(opening)]), paragraph([textNode(SECOND)])];
    const { fields } = recognisePage(blocks, { format: 'docx', headline: HEADLINE });
    expect([fields.dateline, fields.datelineDate, fields.datelineAgency]).toEqual([
      place,
      date,
      agency,
    ]);
    expect(paragraphs(fields.body)[0]?.startsWith(story)).toBe(true);
  });

  it.each(NOT_DATELINES)('keeps %j whole in the story', (opening) => {
    const { fields, report } = parsePlainTextPage([HEADLINE, opening, SECOND].join('\n\n'));
    expect(fields.dateline).toBe('');
    expect(report.recognised.dateline).toBeUndefined();
    expect(paragraphs(fields.body)).toEqual([opening, SECOND]);
  });
});
