// The article a new library starts with, so a first-time user sees what a finished piece looks like.
import { emptyFields, type ArticleFields, type TipTapNode } from './article';

const paragraph = (...content: TipTapNode[]): TipTapNode => ({ type: 'paragraph', content });
const text = (value: string, marks?: TipTapNode['marks']): TipTapNode =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };

export function sampleArticleFields(): ArticleFields {
  return {
    ...emptyFields(),
    headline: 'Battambang Rice Farmers Share Solar Pumps to Beat a Longer Dry Season',
    // The standfirst shows in the library's list, so the first words say what this article is.
    standfirst:
      'Sample article: edit it freely or move it to the trash. Forty families in Ek Phnom pooled their savings to water their paddies on sunlight.',
    byline: 'Dateline Newsroom',
    dateline: 'Battambang',
    language: 'en',
    body: {
      type: 'doc',
      content: [
        paragraph(
          text(
            'A cooperative of rice farmers along the Sangkae River has installed six solar-powered water pumps, which members take turns to use across 120 hectares of paddy, local officials said on Tuesday.',
          ),
        ),
        paragraph(
          text(
            'The pumps replace diesel engines that many families rented by the hour. Cooperative leader Sok Chanthy said members had spent as much as $40 a week on fuel during last year’s dry season, when the river fell earlier than anyone could remember.',
          ),
        ),
        {
          type: 'blockquote',
          content: [
            paragraph(
              text(
                '“We used to choose between water for the fields and money for school. This year we did not have to choose,” said Sok Chanthy.',
              ),
            ),
          ],
        },
        { type: 'heading', attrs: { level: 2 }, content: [text('How the scheme works')] },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [paragraph(text('Each family paid a share of the cost over two harvests.'))],
            },
            {
              type: 'listItem',
              content: [
                paragraph(text('A rota posted at the pagoda sets who pumps on which day.')),
              ],
            },
            {
              type: 'listItem',
              content: [
                paragraph(
                  text('Two members trained as technicians keep the panels clean and working.'),
                ),
              ],
            },
          ],
        },
        paragraph(
          text('The provincial agriculture department said it would study the results, and the '),
          text('Mekong River Commission', [
            { type: 'link', attrs: { href: 'https://www.mrcmekong.org/' } },
          ]),
          text(' has reported lower dry-season flows across the lower basin in recent years.'),
        ),
        paragraph(
          text(
            'This is a sample article. Edit it to see how Dateline saves as you type, or move it to the trash when you no longer need it.',
            [{ type: 'italic' }],
          ),
        ),
      ],
    },
    shortHeadline: 'Battambang Farmers Share Solar Pumps',
    section: 'Business',
    tags: ['agriculture', 'climate', 'Battambang'],
    notes:
      'Sample article. Check the cooperative figures with the provincial department before publishing.',
    related: [
      {
        id: 'sample-related-1',
        title: 'Dry Season Arrives Early Along the Tonle Sap',
        titleEdited: true,
        target: { kind: 'url', url: 'https://example.com/news/dry-season-tonle-sap' },
      },
      {
        id: 'sample-related-2',
        title: 'Cooperatives Gain Ground in Northwest Provinces',
        titleEdited: true,
        target: { kind: 'url', url: 'https://example.com/news/cooperatives-northwest' },
      },
    ],
  };
}
