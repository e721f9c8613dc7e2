// Places that open datelines often enough to be trusted in the loosest form, "Siem Reap – ...":
// Cambodia's capital and provinces, and the foreign cities its newsrooms file from.

const PLACES = [
  'Phnom Penh',
  'Siem Reap',
  'Battambang',
  'Kampong Cham',
  'Kampong Chhnang',
  'Kampong Speu',
  'Kampong Thom',
  'Kampot',
  'Kandal',
  'Kep',
  'Koh Kong',
  'Kratie',
  'Mondulkiri',
  'Oddar Meanchey',
  'Pailin',
  'Preah Sihanouk',
  'Sihanoukville',
  'Preah Vihear',
  'Prey Veng',
  'Pursat',
  'Ratanakiri',
  'Rattanakiri',
  'Stung Treng',
  'Svay Rieng',
  'Takeo',
  'Tboung Khmum',
  'Banteay Meanchey',
  'Poipet',
  'Bavet',
  'Bangkok',
  'Hanoi',
  'Ho Chi Minh City',
  'Vientiane',
  'Beijing',
  'Shanghai',
  'Tokyo',
  'Seoul',
  'Singapore',
  'Kuala Lumpur',
  'Jakarta',
  'Manila',
  'Yangon',
  'New Delhi',
  'Washington',
  'New York',
  'Geneva',
  'Paris',
  'London',
  'Brussels',
  'Canberra',
  'Sydney',
].map((place) => place.toLowerCase());

const KNOWN = new Set(PLACES);

// "Siem Reap province", "Kampot Province" and "Phnom Penh Capital" name the same places.
const TRAILER = /\s+(?:province|city|capital|town)$/i;

/** True for a place in the list, in any case and with or without "province" after it. */
export function isKnownPlace(place: string): boolean {
  const name = place.replace(/\s+/g, ' ').trim().toLowerCase();
  return KNOWN.has(name) || KNOWN.has(name.replace(TRAILER, ''));
}
