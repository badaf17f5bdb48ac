import {
  channelKinds,
  serviceAudiences,
  serviceCategories,
  serviceOperators,
  serviceStatuses,
  unitForces,
  unitKinds,
  valuesOf,
} from '../../src/lib/vocabularies'

/** A Table Schema (specs.frictionlessdata.io/table-schema) field. */
export type TableField = {
  name: string
  title: string
  description: string
  type: 'string' | 'number' | 'datetime'
  format?: 'uri' | 'email' | 'default'
  constraints?: { required?: boolean; unique?: boolean; enum?: string[]; pattern?: string; minimum?: number; maximum?: number }
}

export type TableSchema = { fields: TableField[]; primaryKey: string; missingValues: string[] }

const listNote = 'Valeurs séparées par « | ».'

/** The units directory, one row a unit open to the public (units.csv; the same properties in units.geojson). */
export const unitsTableSchema: TableSchema = {
  primaryKey: 'id',
  missingValues: [''],
  fields: [
    {
      name: 'id',
      title: 'Identifiant',
      description: 'Identifiant de l’unité dans Relais (adresse de sa page : page_url).',
      type: 'string',
      constraints: { required: true, unique: true },
    },
    {
      name: 'public_id',
      title: 'Identifiant public',
      description: 'identifiant_public_unite de la gendarmerie, ou clé stable de la source.',
      type: 'string',
    },
    { name: 'name', title: 'Nom', description: 'Nom de l’unité, en français.', type: 'string', constraints: { required: true } },
    {
      name: 'kind',
      title: 'Type',
      description: 'Type d’unité (kind_label le dit en toutes lettres).',
      type: 'string',
      constraints: { required: true, enum: valuesOf(unitKinds) },
    },
    { name: 'kind_label', title: 'Type (libellé)', description: 'Type d’unité en français.', type: 'string', constraints: { required: true } },
    {
      name: 'force',
      title: 'Force',
      description: 'police, gendarmerie, ou none pour un partenaire.',
      type: 'string',
      constraints: { required: true, enum: valuesOf(unitForces) },
    },
    { name: 'street', title: 'Voie', description: 'Numéro et voie.', type: 'string' },
    { name: 'postcode', title: 'Code postal', description: 'Code postal à cinq chiffres.', type: 'string', constraints: { pattern: '\\d{5}' } },
    { name: 'commune', title: 'Commune', description: 'Nom de la commune.', type: 'string', constraints: { required: true } },
    {
      name: 'insee_code',
      title: 'Code INSEE de la commune',
      description: 'Code officiel géographique de la commune.',
      type: 'string',
      constraints: { required: true, pattern: '(\\d{5}|2[AB]\\d{3})' },
    },
    { name: 'department', title: 'Département', description: 'Code du département.', type: 'string', constraints: { pattern: '(\\d{2,3}|2[AB])' } },
    {
      name: 'latitude',
      title: 'Latitude',
      description: 'WGS 84 (EPSG:4326), degrés décimaux.',
      type: 'number',
      constraints: { minimum: -90, maximum: 90 },
    },
    {
      name: 'longitude',
      title: 'Longitude',
      description: 'WGS 84 (EPSG:4326), degrés décimaux.',
      type: 'number',
      constraints: { minimum: -180, maximum: 180 },
    },
    { name: 'phone', title: 'Téléphone', description: 'Numéro d’accueil tel que publié.', type: 'string' },
    { name: 'email', title: 'Courriel', description: 'Adresse de contact.', type: 'string', format: 'email' },
    { name: 'website', title: 'Site web', description: 'Page de l’unité sur un site officiel.', type: 'string', format: 'uri' },
    {
      name: 'opening_hours',
      title: 'Horaires',
      description:
        'Horaires d’accueil dans la syntaxe opening_hours d’OpenStreetMap (wiki.openstreetmap.org/wiki/Key:opening_hours), heure de Paris, PH pour les jours fériés ; vide quand ils ne sont pas connus.',
      type: 'string',
    },
    {
      name: 'page_url',
      title: 'Page',
      description: 'Page de l’unité sur Relais (adresse, horaires, démarches).',
      type: 'string',
      format: 'uri',
      constraints: { required: true },
    },
    {
      name: 'updated_at',
      title: 'Mise à jour',
      description: 'Dernière modification dans Relais (UTC).',
      type: 'datetime',
      constraints: { required: true },
    },
  ],
}

/** The catalogue of online services, one row a published service (services.csv). */
export const servicesTableSchema: TableSchema = {
  primaryKey: 'id',
  missingValues: [''],
  fields: [
    {
      name: 'id',
      title: 'Identifiant',
      description: 'Identifiant du service dans Relais.',
      type: 'string',
      constraints: { required: true, unique: true },
    },
    {
      name: 'slug',
      title: 'Nom court',
      description: 'Nom court, stable, dans l’adresse de sa page.',
      type: 'string',
      constraints: { required: true, unique: true },
    },
    { name: 'name', title: 'Nom', description: 'Nom en français.', type: 'string', constraints: { required: true } },
    { name: 'name_en', title: 'Nom (anglais)', description: 'Nom en anglais, vide sans traduction.', type: 'string' },
    { name: 'acronym', title: 'Sigle', description: 'Sigle usuel (PEL, OTV…).', type: 'string' },
    { name: 'summary', title: 'Résumé', description: 'Ce que permet le service, en français.', type: 'string' },
    { name: 'summary_en', title: 'Résumé (anglais)', description: 'Résumé en anglais, vide sans traduction.', type: 'string' },
    {
      name: 'category',
      title: 'Catégorie',
      description: 'Catégorie du service.',
      type: 'string',
      constraints: { required: true, enum: valuesOf(serviceCategories) },
    },
    {
      name: 'status',
      title: 'État',
      description: 'active, planned (annoncé) ou replaced (remplacé).',
      type: 'string',
      constraints: { required: true, enum: valuesOf(serviceStatuses) },
    },
    { name: 'url', title: 'Adresse du service', description: 'Où le service officiel se trouve.', type: 'string', format: 'uri' },
    {
      name: 'operator',
      title: 'Opérateur',
      description: 'Qui opère le service.',
      type: 'string',
      constraints: { required: true, enum: valuesOf(serviceOperators) },
    },
    {
      name: 'coverage',
      title: 'Couverture',
      description: 'national, ou departments (voir departments).',
      type: 'string',
      constraints: { required: true, enum: ['national', 'departments'] },
    },
    { name: 'departments', title: 'Départements', description: `Codes des départements couverts. ${listNote}`, type: 'string' },
    { name: 'audiences', title: 'Publics', description: `Publics visés (${valuesOf(serviceAudiences).join(', ')}). ${listNote}`, type: 'string' },
    {
      name: 'channels',
      title: 'Canaux',
      description: `Canaux d’accès, chacun « type : adresse ou numéro » (types : ${valuesOf(channelKinds).join(', ')}). ${listNote}`,
      type: 'string',
    },
    { name: 'languages', title: 'Langues', description: `Langues proposées (codes ISO 639-1). ${listNote}`, type: 'string' },
    { name: 'page_url', title: 'Page', description: 'Page du service sur Relais.', type: 'string', format: 'uri', constraints: { required: true } },
    {
      name: 'updated_at',
      title: 'Mise à jour',
      description: 'Dernière modification dans Relais (UTC).',
      type: 'datetime',
      constraints: { required: true },
    },
  ],
}
