/*
 * Boxes around metropolitan France, Corsica and the overseas territories. No package ships
 * France's outline small enough to load in a hub, and a box per territory is enough to catch
 * swapped or mistyped coordinates (a brigade in the Atlantic, latitude and longitude inverted).
 */
const boxes: { name: string; lat: [number, number]; lng: [number, number] }[] = [
  { name: 'metropolitan France and Corsica', lat: [41.3, 51.2], lng: [-5.3, 9.7] },
  { name: 'Guadeloupe', lat: [15.8, 16.6], lng: [-61.9, -60.9] },
  { name: 'Martinique', lat: [14.3, 14.95], lng: [-61.3, -60.75] },
  { name: 'Guyane', lat: [2.1, 5.9], lng: [-54.7, -51.5] },
  { name: 'La Réunion', lat: [-21.45, -20.8], lng: [55.2, 55.9] },
  { name: 'Mayotte', lat: [-13.1, -12.6], lng: [44.9, 45.35] },
  { name: 'Saint-Pierre-et-Miquelon', lat: [46.7, 47.2], lng: [-56.5, -56.1] },
  { name: 'Saint-Barthélemy and Saint-Martin', lat: [17.8, 18.2], lng: [-63.2, -62.7] },
  { name: 'Wallis-et-Futuna', lat: [-14.4, -13.1], lng: [-178.3, -176.1] },
  { name: 'Polynésie française', lat: [-28, -7.8], lng: [-155, -134] },
  { name: 'Nouvelle-Calédonie', lat: [-23, -19.5], lng: [163.5, 168.2] },
]

export function isInFrance(lat: number, lng: number): boolean {
  return boxes.some((box) => lat >= box.lat[0] && lat <= box.lat[1] && lng >= box.lng[0] && lng <= box.lng[1])
}
