import type { News, UnitCompetence, User } from '../payload-types'
import type { UnitSeed } from './opendataUnits'

/** Demo logins, one per role. The password is for a local demo only (DEMO_PASSWORD overrides it). */
export const demoUsers = (password: string): (Pick<User, 'email' | 'name' | 'role' | 'departments'> & { password: string })[] => [
  { email: 'admin@relais.example', name: 'Administratrice (démo)', role: 'admin', departments: [], password },
  { email: 'editeur@relais.example', name: 'Éditeur national (démo)', role: 'editor', departments: [], password },
  {
    email: 'editeur-35@relais.example',
    name: 'Éditrice locale Ille-et-Vilaine (démo)',
    role: 'local-editor',
    departments: ['35'],
    password,
  },
]

/** A demo unit, with the slugs of the catalogue services offered there. */
export type DemoUnit = UnitSeed & { offers?: string[] }

const brigadeHours = 'Mo-Sa 08:00-12:00,14:00-18:00; Su,PH 09:00-12:00,15:00-18:00'

/** A fictitious gendarmerie brigade of the demo around Rennes. */
const brigade = (commune: string, inseeCode: string, postcode: string, latitude: number, longitude: number, phone: string): DemoUnit => ({
  name: `Brigade de gendarmerie de ${commune} (démo)`,
  kind: 'gendarmerie-brigade',
  force: 'gendarmerie',
  publicId: `demo-brigade-${inseeCode}`,
  address: { street: 'Adresse fictive', postcode, commune, inseeCode },
  location: { latitude, longitude },
  phone,
  openingHours: brigadeHours,
  status: 'active',
  source: 'demo',
  offers: ['rendez-vous-gendarmerie', 'brigade-numerique'],
})

/**
 * Fictitious places, marked as such in their name and their source, so that the demo (docs/editors.md)
 * commune (Rennes, 35238) has units near it: a police station and a victim-support office in
 * Rennes, gendarmerie brigades in the communes around it. Phone numbers are in the range set
 * aside for fiction (01 99 00 xx xx); coordinates are those of each commune's centre.
 */
export const demoUnits: DemoUnit[] = [
  {
    name: 'Commissariat de police de Rennes (démo)',
    kind: 'police-station',
    force: 'police',
    publicId: 'demo-commissariat-rennes',
    address: { street: 'Adresse fictive', postcode: '35000', commune: 'Rennes', inseeCode: '35238' },
    location: { latitude: 48.1064, longitude: -1.6742 },
    phone: '+33 1 99 00 35 00',
    openingHours: '24/7',
    status: 'active',
    source: 'demo',
    offers: ['rendez-vous-commissariat', 'plainte-en-ligne'],
  },
  {
    name: 'Bureau d’aide aux victimes de Rennes (démo)',
    kind: 'victim-support',
    force: 'none',
    publicId: 'demo-bav-rennes',
    address: { street: 'Adresse fictive', postcode: '35000', commune: 'Rennes', inseeCode: '35238' },
    location: { latitude: 48.1113, longitude: -1.68 },
    phone: '+33 1 99 00 35 10',
    email: 'bav-rennes@relais.example',
    openingHours: 'Mo-Fr 09:00-12:00,14:00-17:00; PH off',
    status: 'active',
    source: 'demo',
    offers: ['pnav'],
  },
  brigade('Pacé', '35210', '35740', 48.1481, -1.7731, '+33 1 99 00 35 21'),
  brigade('Betton', '35024', '35830', 48.1828, -1.6433, '+33 1 99 00 35 22'),
  brigade('Bruz', '35047', '35170', 48.0247, -1.7456, '+33 1 99 00 35 23'),
  brigade('Châteaugiron', '35069', '35410', 48.0461, -1.5044, '+33 1 99 00 35 24'),
  brigade('Liffré', '35152', '35340', 48.2136, -1.5081, '+33 1 99 00 35 25'),
  {
    name: 'Association locale d’aide aux victimes d’Orléans (démo)',
    kind: 'association',
    force: 'none',
    publicId: 'demo-association-orleans',
    address: { street: 'Adresse fictive', postcode: '45000', commune: 'Orléans', inseeCode: '45234' },
    location: { latitude: 47.903, longitude: 1.9093 },
    openingHours: 'Tu,Th 14:00-18:00; PH off',
    status: 'active',
    source: 'demo',
  },
]

/** Which demo unit is competent for which commune ("compétence territoriale"), in and around Rennes. */
export const demoCompetences: Pick<UnitCompetence, 'key' | 'inseeCode' | 'institution' | 'serviceId' | 'serviceName' | 'status'>[] = [
  { unit: 'demo-commissariat-rennes', communes: ['35238', '35051', '35055', '35281', '35278'] },
  { unit: 'demo-brigade-35210', communes: ['35210', '35353', '35189', '35240', '35131'] },
  { unit: 'demo-brigade-35024', communes: ['35024', '35079', '35334'] },
  { unit: 'demo-brigade-35047', communes: ['35047', '35066', '35363'] },
  { unit: 'demo-brigade-35069', communes: ['35069', '35207', '35099'] },
  { unit: 'demo-brigade-35152', communes: ['35152'] },
].flatMap(({ unit, communes }) => {
  const { name, force, publicId } = demoUnits.find((candidate) => candidate.publicId === unit)!
  const institution = force === 'police' ? 'police' : 'gendarmerie'
  return communes.map((inseeCode) => ({
    key: `${inseeCode}:${institution}:${publicId}`,
    inseeCode,
    institution,
    serviceId: publicId,
    serviceName: name ?? publicId,
    status: 'active' as const,
  }))
})

type NewsSeed = Pick<News, 'title' | 'summary' | 'category' | 'scope' | 'source'> & {
  /** Also the key the seed remembers the item by. */
  slug: string
  body: string
  /** When it was first published, in days from now (negative: in the past); drafts have none. */
  publishedInDays?: number
  expiresInDays?: number
  unitPublicId?: string
  draft?: boolean
  en?: { title: string; summary: string }
}

/** Demo news: fictitious, marked as demo in their source and their title. */
export const demoNews: NewsSeed[] = [
  {
    slug: 'demo-vacances-operation-tranquillite',
    title: '[Démo] Avant de partir en vacances, pensez à l’Opération Tranquillité Vacances',
    summary: 'Actualité de démonstration : l’inscription à l’Opération Tranquillité Vacances se fait en ligne avant le départ.',
    body: 'Ceci est une **actualité de démonstration**.\n\nPolice et gendarmerie surveillent votre domicile pendant votre absence si vous vous inscrivez à l’Opération Tranquillité Vacances avant votre départ.',
    category: 'prevention',
    scope: { level: 'national' },
    source: 'demo',
    publishedInDays: -2,
    en: {
      title: '[Demo] Before going on holiday, sign up for the holiday home watch',
      summary: 'Demo news item: sign up online for the Opération Tranquillité Vacances before you leave.',
    },
  },
  {
    slug: 'demo-rendez-vous-gendarmerie-ille-et-vilaine',
    title: '[Démo] Ille-et-Vilaine : prenez rendez-vous en ligne avec la gendarmerie',
    summary: 'Actualité de démonstration pour le département 35.',
    body: 'Ceci est une **actualité de démonstration** diffusée dans le département d’Ille-et-Vilaine.',
    category: 'service',
    scope: { level: 'departments', departments: ['35'] },
    source: 'demo',
    publishedInDays: -5,
  },
  {
    slug: 'demo-permanence-aide-victimes-rennes',
    title: '[Démo] Rennes : permanence du bureau d’aide aux victimes',
    summary: 'Actualité de démonstration pour la commune de Rennes.',
    body: 'Ceci est une **actualité de démonstration** diffusée à Rennes, émise par un lieu d’accueil fictif.',
    category: 'event',
    scope: { level: 'communes', communes: ['35238'] },
    source: 'demo',
    publishedInDays: -1,
    unitPublicId: 'demo-bav-rennes',
  },
  {
    slug: 'demo-loiret-prevention-cambriolages',
    title: '[Démo] Loiret : réunion publique de prévention des cambriolages',
    summary: 'Actualité de démonstration pour le département 45.',
    body: 'Ceci est une **actualité de démonstration** diffusée dans le Loiret.',
    category: 'event',
    scope: { level: 'departments', departments: ['45'] },
    source: 'demo',
    publishedInDays: -3,
  },
  {
    slug: 'demo-actualite-expiree',
    title: '[Démo] Actualité expirée',
    summary: 'Actualité de démonstration dont la date d’expiration est passée : les lecteurs ne la voient plus.',
    body: 'Ceci est une **actualité de démonstration** expirée.',
    category: 'alert',
    scope: { level: 'national' },
    source: 'demo',
    publishedInDays: -30,
    expiresInDays: -1,
  },
  {
    slug: 'demo-brouillon',
    title: '[Démo] Brouillon en cours de rédaction',
    summary: 'Actualité de démonstration restée en brouillon : seuls les éditeurs la voient.',
    body: 'Ceci est un **brouillon de démonstration**.',
    category: 'service',
    scope: { level: 'national' },
    source: 'demo',
    draft: true,
  },
]

/**
 * Review days spread around the seeding day, as in a newsroom that keeps up: a few sheets due
 * (a fortnight and a few days ago), the others over the coming year. The catalogue's own days
 * (a year after each sheet's last significant update) are all past, which would open the demo's
 * dashboard on a wall of overdue sheets. In the order of the sheets given.
 */
export function demoReviewDays(count: number, today: Date = new Date()): string[] {
  const offsets = [-15, -4, 12, 30, 58, 85, 120, 160, 200, 245, 290, 340]
  return Array.from({ length: count }, (_, i) => {
    const offset = offsets[i % offsets.length] + Math.floor(i / offsets.length)
    return `${new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + offset)).toISOString().slice(0, 10)}T12:00:00.000Z`
  })
}
