/**
 * The closed lists of the hub (categories, audiences, themes, kinds, levels…), each value with
 * what readers and editors read for it in French and English. Collections take them as select
 * options; widgets, feeds, reader pages, the snippet builder and the catalogue's checks read
 * the same lists, so a new value is one edit here.
 *
 * Values are stored in the database (and are PostgreSQL enums): renaming one is a migration.
 */

export type Labels = { fr: string; en: string }
export type Term<V extends string = string> = { value: V; label: Labels }

/** Keeps each list's values as literal types, so that zod enums and the generated types agree. */
const vocabulary = <const V extends string>(terms: Term<V>[]): Term<V>[] => terms

/** The values of a vocabulary, as z.enum takes them. */
export const valuesOf = <V extends string>(terms: Term<V>[]): [V, ...V[]] => terms.map((term) => term.value) as [V, ...V[]]

// Online services

export const serviceCategories = vocabulary([
  { value: 'complaint', label: { fr: 'Plainte', en: 'Complaint' } },
  { value: 'report', label: { fr: 'Signalement', en: 'Report' } },
  { value: 'appointment', label: { fr: 'Rendez-vous', en: 'Appointment' } },
  { value: 'contact', label: { fr: 'Contact, échange, tchat', en: 'Contact and chat' } },
  { value: 'assistance', label: { fr: 'Aide aux victimes, orientation', en: 'Victim support and guidance' } },
  { value: 'prevention', label: { fr: 'Prévention', en: 'Prevention' } },
  { value: 'information', label: { fr: 'Information', en: 'Information' } },
])

/** Who a service is for, to filter on; a service's `audience` text says it in full. */
export const serviceAudiences = vocabulary([
  { value: 'everyone', label: { fr: 'Tout public', en: 'Everyone' } },
  { value: 'victims', label: { fr: 'Victimes', en: 'Victims' } },
  { value: 'witnesses', label: { fr: 'Témoins et proches', en: 'Witnesses and relatives' } },
  { value: 'minors', label: { fr: 'Mineurs', en: 'Minors' } },
  { value: 'organisations', label: { fr: 'Entreprises, associations, collectivités', en: 'Businesses, associations, public bodies' } },
])

export const channelKinds = vocabulary([
  { value: 'web', label: { fr: 'Site web', en: 'Website' } },
  { value: 'form', label: { fr: 'Formulaire en ligne', en: 'Online form' } },
  { value: 'chat', label: { fr: 'Tchat', en: 'Chat' } },
  { value: 'phone', label: { fr: 'Téléphone', en: 'Phone' } },
  { value: 'sms', label: { fr: 'SMS', en: 'Text message' } },
  { value: 'app', label: { fr: 'Application mobile', en: 'Mobile app' } },
  { value: 'counter', label: { fr: 'Accueil physique', en: 'In person' } },
])

export const channelAvailabilities = vocabulary([
  { value: 'always', label: { fr: '24 h/24, 7 j/7', en: '24/7' } },
  { value: 'office-hours', label: { fr: 'Aux heures ouvrées', en: 'Office hours' } },
  { value: 'outside-office-hours', label: { fr: 'En dehors des heures ouvrées', en: 'Outside office hours' } },
  { value: 'scheduled', label: { fr: 'Selon les horaires indiqués', en: 'As scheduled' } },
])

export const serviceOperators = vocabulary([
  { value: 'police', label: { fr: 'Police nationale', en: 'National police' } },
  { value: 'gendarmerie', label: { fr: 'Gendarmerie nationale', en: 'Gendarmerie' } },
  { value: 'both', label: { fr: 'Police et gendarmerie', en: 'Police and gendarmerie' } },
  { value: 'ministry', label: { fr: 'Ministère de l’Intérieur', en: 'Ministry of the Interior' } },
  { value: 'partner', label: { fr: 'Partenaire public', en: 'Public partner' } },
])

export const serviceStatuses = vocabulary([
  { value: 'active', label: { fr: 'En service', en: 'Active' } },
  { value: 'planned', label: { fr: 'Annoncé', en: 'Planned' } },
  { value: 'replaced', label: { fr: 'Remplacé', en: 'Replaced' } },
])

/** Where a service can be used. */
export const coverageScopes = vocabulary([
  { value: 'national', label: { fr: 'Nationale', en: 'National' } },
  { value: 'departments', label: { fr: 'Certains départements', en: 'Some departments' } },
])

// Practical sheets

export const sheetThemes = vocabulary([
  { value: 'cybercrime', label: { fr: 'Cybermalveillance et arnaques en ligne', en: 'Cybercrime and online scams' } },
  { value: 'bank-fraud', label: { fr: 'Fraude à la carte bancaire', en: 'Bank card fraud' } },
  { value: 'violence', label: { fr: 'Violences conjugales, sexuelles et sexistes', en: 'Domestic, sexual and sexist violence' } },
  { value: 'harassment', label: { fr: 'Harcèlement', en: 'Harassment' } },
  { value: 'complaint', label: { fr: 'Porter plainte', en: 'Filing a complaint' } },
  { value: 'home-security', label: { fr: 'Sécurité du domicile', en: 'Home security' } },
  { value: 'elections', label: { fr: 'Élections', en: 'Elections' } },
  { value: 'vehicles', label: { fr: 'Véhicules et permis de conduire', en: 'Vehicles and driving licence' } },
  { value: 'drugs', label: { fr: 'Stupéfiants', en: 'Drugs' } },
  { value: 'radicalisation', label: { fr: 'Radicalisation', en: 'Radicalisation' } },
  { value: 'discrimination', label: { fr: 'Discriminations', en: 'Discrimination' } },
  { value: 'victims', label: { fr: 'Aide aux victimes', en: 'Victim support' } },
])

export const sheetAudiences = vocabulary([
  { value: 'everyone', label: { fr: 'Tout public', en: 'Everyone' } },
  { value: 'victims', label: { fr: 'Victimes', en: 'Victims' } },
  { value: 'parents', label: { fr: 'Parents', en: 'Parents' } },
  { value: 'young-people', label: { fr: 'Jeunes', en: 'Young people' } },
  { value: 'professionals', label: { fr: 'Professionnels', en: 'Professionals' } },
  { value: 'elected-officials', label: { fr: 'Élus', en: 'Elected officials' } },
])

// News

export const newsCategories = vocabulary([
  { value: 'prevention', label: { fr: 'Prévention', en: 'Prevention' } },
  { value: 'alert', label: { fr: 'Alerte', en: 'Alert' } },
  { value: 'service', label: { fr: 'Vie des services', en: 'Service update' } },
  { value: 'event', label: { fr: 'Événement', en: 'Event' } },
  { value: 'recruitment', label: { fr: 'Recrutement', en: 'Recruitment' } },
])

/** Where a news item is shown: everywhere, in some departments, in some communes. */
export const newsScopeLevels = vocabulary([
  { value: 'national', label: { fr: 'Nationale', en: 'National' } },
  { value: 'departments', label: { fr: 'Départements', en: 'Departments' } },
  { value: 'communes', label: { fr: 'Communes', en: 'Communes' } },
])

export const newsSources = vocabulary([
  { value: 'editor', label: { fr: 'Rédaction', en: 'Editorial' } },
  { value: 'demo', label: { fr: 'Démonstration (fictif)', en: 'Demo (fictitious)' } },
])

// Units and territorial competences

export const unitKinds = vocabulary([
  { value: 'police-station', label: { fr: 'Commissariat de police', en: 'Police station' } },
  { value: 'gendarmerie-brigade', label: { fr: 'Brigade de gendarmerie', en: 'Gendarmerie brigade' } },
  { value: 'victim-support', label: { fr: 'Bureau d’aide aux victimes', en: 'Victim support office' } },
  { value: 'association', label: { fr: 'Association locale', en: 'Local association' } },
  { value: 'other', label: { fr: 'Autre', en: 'Other' } },
])

export const unitForces = vocabulary([
  { value: 'police', label: { fr: 'Police nationale', en: 'National police' } },
  { value: 'gendarmerie', label: { fr: 'Gendarmerie nationale', en: 'Gendarmerie' } },
  { value: 'none', label: { fr: 'Aucune (partenaire)', en: 'None (partner)' } },
])

export const unitStatuses = vocabulary([
  { value: 'active', label: { fr: 'Ouvert au public', en: 'Active' } },
  { value: 'closed', label: { fr: 'Fermé', en: 'Closed' } },
])

export const unitSources = vocabulary([
  { value: 'opendata-police', label: { fr: 'Données ouvertes police (data.gouv.fr)', en: 'Police open data' } },
  { value: 'opendata-gendarmerie', label: { fr: 'Données ouvertes gendarmerie (data.gouv.fr)', en: 'Gendarmerie open data' } },
  { value: 'editor', label: { fr: 'Saisie par un éditeur', en: 'Entered by an editor' } },
  { value: 'demo', label: { fr: 'Démonstration (fictif)', en: 'Demo (fictitious)' } },
])

/** The institution a line of the competence file belongs to. */
export const competenceInstitutions = vocabulary([
  { value: 'police', label: { fr: 'Police nationale', en: 'National police' } },
  { value: 'gendarmerie', label: { fr: 'Gendarmerie nationale', en: 'Gendarmerie' } },
])

export const competenceStatuses = vocabulary([
  { value: 'active', label: { fr: 'En vigueur', en: 'In force' } },
  { value: 'closed', label: { fr: 'Retirée du fichier', en: 'Left out of the file' } },
])
