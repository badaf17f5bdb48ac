import type { News, User } from '../payload-types'
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

/** Fictitious places, marked as such in their name and their source. */
export const demoUnits: UnitSeed[] = [
  {
    name: 'Bureau d’aide aux victimes de Rennes (démo)',
    kind: 'victim-support',
    force: 'none',
    publicId: 'demo-bav-rennes',
    address: { street: 'Adresse fictive', postcode: '35000', commune: 'Rennes', inseeCode: '35238' },
    location: { latitude: 48.1113, longitude: -1.6800 },
    openingHours: 'Mo-Fr 09:00-12:00,14:00-17:00; PH off',
    status: 'active',
    source: 'demo',
  },
  {
    name: 'Association locale d’aide aux victimes d’Orléans (démo)',
    kind: 'association',
    force: 'none',
    publicId: 'demo-association-orleans',
    address: { street: 'Adresse fictive', postcode: '45000', commune: 'Orléans', inseeCode: '45234' },
    location: { latitude: 47.9030, longitude: 1.9093 },
    openingHours: 'Tu,Th 14:00-18:00; PH off',
    status: 'active',
    source: 'demo',
  },
]

type NewsSeed = Pick<News, 'title' | 'summary' | 'category' | 'scope' | 'source'> & {
  /** Also the key the seed remembers the item by. */
  slug: string
  body: string
  /** Days from now; negative is in the past. */
  publishedInDays: number
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
    publishedInDays: 0,
    draft: true,
  },
]
