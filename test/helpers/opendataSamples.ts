import type { Gn2Unit } from '../../bench/gn2File'

const weekdays = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi'] as const
const allWeek = [...weekdays, 'samedi', 'dimanche'] as const

/**
 * The three real brigades of the free-text sample (seed/opendata/gendarmerie_free-text_sample.json)
 * laid out as export-gn2.csv rows (no export-gn2 sample is published with the project). Ornex
 * gets public-holiday hours and Belley round-the-clock hours, which the real rows lack, so that
 * both cases are covered.
 */
export const gn2Samples: Gn2Unit[] = [
  {
    id: '1008620',
    service: "Gendarmerie - Brigade d'Ornex",
    voie: '124 Rue de Béjoud',
    code_postal: '01210',
    commune: 'Ornex',
    departement: '01',
    code_commune_insee: '01281',
    telephone: '+33 4 50 40 59 30',
    url: 'https://lannuaire.service-public.fr/auvergne-rhone-alpes/ain/gendarmerie-01281-01',
    lat: 46.27591,
    lng: 6.09523,
    hours: {
      ...Object.fromEntries(
        weekdays.map((day) => [
          day,
          day === 'mercredi'
            ? [['14h00', '18h00']]
            : [
                ['08h00', '12h00'],
                ['14h00', '18h00'],
              ],
        ]),
      ),
      samedi: [['14h00', '18h00']],
      dimanche: [
        ['09h00', '12h00'],
        ['15h00', '18h00'],
      ],
      jours_feries: [['09h00', '12h00']],
    },
  },
  {
    id: '1008614',
    service: "Gendarmerie - Brigade d'Oyonnax",
    voie: '144 Rue Sainte-Geneviève',
    code_postal: '01100',
    commune: 'Oyonnax',
    departement: '01',
    code_commune_insee: '01283',
    telephone: '+33 4 74 77 16 33',
    url: 'https://lannuaire.service-public.fr/auvergne-rhone-alpes/ain/gendarmerie-01283-01',
    lat: 46.25539,
    lng: 5.64149,
  },
  {
    id: '1008593',
    service: 'Gendarmerie - Brigade de Belley',
    voie: 'Caserne Sibuet 9 Rue Mante',
    code_postal: '01300',
    commune: 'Belley',
    departement: '01',
    code_commune_insee: '01034',
    telephone: '+33 4 79 81 69 00',
    url: 'https://lannuaire.service-public.fr/auvergne-rhone-alpes/ain/gendarmerie-01034-01',
    lat: 45.75554,
    lng: 5.68275,
    hours: Object.fromEntries(allWeek.map((day) => [day, [['00h00', '24h00']]])),
  },
]
