/** "Gendarmerie - Brigade d'Ornex" and "GENDARMERIE BRIGADE D ORNEX" give the same key. */
export const nameKey = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
