// How a person looks on the desk: a colour picked from their name, the same on every screen.
export const DESK_COLOURS = [
  '#c2410c',
  '#1d4ed8',
  '#15803d',
  '#7e22ce',
  '#b91c1c',
  '#0f766e',
  '#a16207',
  '#be185d',
] as const;

export function colourIndexOf(name: string): number {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return hash % DESK_COLOURS.length;
}

export interface DeskPresence {
  name: string;
  colour: number;
}
