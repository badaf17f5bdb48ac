/*
 * Sizes a field gets when its definition names none: room for any real title, name or
 * paragraph, far from what would slow a save or a page (a 20 MB title took 19 s to store).
 */
export const defaultBounds = {
  text: 300,
  textarea: 5_000,
  email: 254,
  /** Items of a list of texts (departments, communes, origins...). */
  textRows: 1_000,
  /** Rows of an array field (channels, steps, answers...). */
  arrayRows: 200,
  /** Serialized size of a rich text or JSON value, in characters. */
  structured: 1_000_000,
}
