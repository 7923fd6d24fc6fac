/**
 * The national guide sorts municipalities as liten, mellomstor or stor without publishing its limits.
 * Bopraksis uses the common convention: under 5 000 inhabitants, 5 000–19 999, and 20 000 or more.
 */
export const KOMMUNESTORRELSER = ['liten', 'mellomstor', 'stor'] as const;
export type Kommunestorrelse = (typeof KOMMUNESTORRELSER)[number];

export const GRENSE_MELLOMSTOR = 5_000;
export const GRENSE_STOR = 20_000;

export function kommunestorrelse(innbyggere: number): Kommunestorrelse {
  if (innbyggere >= GRENSE_STOR) return 'stor';
  if (innbyggere >= GRENSE_MELLOMSTOR) return 'mellomstor';
  return 'liten';
}
