import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import { buildConfig, type CollectionConfig } from 'payload'
import sharp from 'sharp'

import { Guides } from './collections/Guides'
import { Media } from './collections/Media'
import { News } from './collections/News'
import { SeedRecords } from './collections/SeedRecords'
import { Services } from './collections/Services'
import { Sheets } from './collections/Sheets'
import { UnitCompetences } from './collections/UnitCompetences'
import { Units } from './collections/Units'
import { Users } from './collections/Users'
import { cachePurge } from './plugins/cachePurge'
import { domainQueries } from './plugins/domainQueries'
import { editorial } from './plugins/editorial'
import { embedsPlugin } from './plugins/embeds'
import { graphqlLimits } from './plugins/graphqlLimits'
import { hubHome } from './plugins/hubHome'
import { inputBounds } from './plugins/inputBounds'
import { openData } from './plugins/openData'
import { partnerKeys } from './plugins/partners'
import { permissionQueries } from './plugins/permissionQueries'
import { readerPages } from './plugins/readerPages'
import { syndication } from './plugins/syndication'
import { webhooks } from './plugins/webhooks'
import { attachPgBoss } from './src/jobs/bossJobs'
import { consoleEmail } from './src/lib/consoleEmail'
import { databaseAdapter } from './src/lib/databaseAdapter'
import { editorTranslations } from './src/lib/editorMessages'
import { parseDatabaseUrl } from './src/lib/databaseUrl'
import { hubLogger } from './src/lib/logging'
import { defaultLang, languageNames, languages } from './src/lib/language'
import { readSettings } from './src/lib/settings'
import { withSessionCookies } from './src/lib/sessionCookies'
import { frenchTimezones } from './src/admin/timezones'
import { labelsInLanguage } from './src/admin/labelsInLanguage'
import './src/admin/clientSchemaPerLanguage'
import { markRequiredInFrench } from './src/fields/requiredInFrench'
import { adminTranslations } from './src/admin/translations'
import { createPurgeBus } from './src/edge/purgeBus'

const dirname = path.dirname(fileURLToPath(import.meta.url))
// The environment, parsed once here: plugins get what they need through their options, handlers
// through `settingsOf(req.payload)` (the config's `custom`), the edge from the config too.
const settings = readSettings()
const { env } = settings
// How a change reaches every copy of a public answer: this instance's edge, the other
// instances (Redis), the HTTP caches in front. Handed to cachePurge; the edge subscribes to it.
const purgeBus = createPurgeBus({
  redisUrl: settings.purge.redisUrl,
  prefix: settings.purge.prefix,
  purgeUrls: settings.purge.urls,
  purgeKey: settings.purge.key,
})

// Images are stored in the settings' folder (MEDIA_DIR).
const media: CollectionConfig = { ...Media, upload: { ...(typeof Media.upload === 'object' ? Media.upload : {}), staticDir: settings.folders.media } }

const config = buildConfig({
  secret: env.PAYLOAD_SECRET,
  // Only a configured origin: unset, the admin works from whichever address it is opened at.
  serverURL: settings.serverUrl,
  csrf: settings.sessionOrigins,
  telemetry: false,
  logger: hubLogger(),
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Relais' },
    // Gravatar would send every editor's address hash to a third party, and the admin's CSP forbids it.
    avatar: 'default',
    // Texts Payload and Lexical write in English whatever the language (src/admin/HardCodedWords.tsx).
    components: { providers: ['/src/admin/HardCodedWords#HardCodedWords'], graphics: { Logo: '/src/admin/Logo#Logo' } },
    // Day first, 24-hour clock and no month name: the same text whatever the admin's language
    // has loaded, and the format French editors read.
    dateFormat: 'dd/MM/yyyy HH:mm',
    // Scheduled publishing asks for a time in a zone: France's, unless the editor picks another.
    timezones: { supportedTimezones: frenchTimezones, defaultTimezone: 'Europe/Paris' },
  },
  // The admin's language (its setting, else the browser's) also words the hub's validation and
  // access messages (src/lib/editorMessages.ts); src/admin/translations.ts corrects Payload's French.
  i18n: {
    supportedLanguages: { fr, en },
    fallbackLanguage: 'fr',
    translations: { fr: { ...adminTranslations.fr, ...editorTranslations.fr }, en: editorTranslations.en },
  },
  localization: {
    locales: languages.map((code) => ({ code, label: languageNames[code] })),
    defaultLocale: defaultLang,
    fallback: true,
  },
  collections: [Services, Sheets, Units, UnitCompetences, News, Guides, media, withSessionCookies(Users, settings.origin), SeedRecords],
  editor: lexicalEditor(),
  db: databaseAdapter(parseDatabaseUrl(env.DATABASE_URL), env.DATABASE_PUSH_SCHEMA),
  sharp,
  // No mail server in the demo: messages go to the log (src/lib/consoleEmail.ts).
  email: consoleEmail(),
  graphQL: {
    disablePlaygroundInProduction: true,
    // `npm run schema:graphql` prints the schema partners build against (see test/graphql-schema.test.ts).
    schemaOutputFile: path.resolve(dirname, 'schema.graphql'),
  },
  jobs: {
    // No `autoRun`: Payload would start its crons in every process and claim jobs without a
    // lease. The hub's runner (src/jobs) runs the queues declared in `custom.jobQueues`, and
    // nobody runs them through Payload's endpoint, which would bypass that runner's leases.
    access: { run: () => false },
  },
  // Handlers read the settings and the purge bus here (`settingsOf`, `purgeBusOf`). Scheduled
  // publishing and the review digest use the default job queue; plugins declare their own.
  custom: { settings, purgeBus, jobQueues: [{ name: 'default', concurrency: 5 }] },
  // On PostgreSQL every process that may queue a job (server, seed, importer) gets pg-boss beside
  // Payload, so that a job is handed to the fleet in the transaction that queues it.
  onInit: async (payload) => {
    await attachPgBoss(payload, env.JOBS_LEASE_SECONDS)
  },
  // inputBounds reads every field of every collection: it comes last.
  plugins: [
    domainQueries(),
    embedsPlugin(),
    syndication(),
    readerPages(),
    hubHome(),
    openData(),
    partnerKeys(),
    graphqlLimits(),
    permissionQueries(),
    webhooks({ retryDelayMs: env.WEBHOOK_RETRY_DELAY_MS }),
    cachePurge({ purge: purgeBus.purge }),
    editorial(),
    inputBounds(),
    markRequiredInFrench,
    labelsInLanguage,
  ],
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
    autoGenerate: false,
  },
})

/**
 * Payload adds collections of its own (jobs, preferences, locked documents, its key-value store)
 * and a global (job statistics) after the plugins have run, with no option to keep them out of
 * GraphQL. They are internal: the schema partners build against (schema.graphql) must not change
 * when Payload does, so they leave GraphQL here, once the config is complete.
 */
const payloadInternalCollections = new Set(['payload-jobs', 'payload-kv', 'payload-locked-documents', 'payload-preferences'])

export default config.then((sanitized) => {
  for (const collection of sanitized.collections) if (payloadInternalCollections.has(collection.slug)) collection.graphQL = false
  // Scheduled tasks (the review digest) bring Payload's job statistics, a global of its own.
  for (const global of sanitized.globals) if (global.slug === 'payload-jobs-stats') global.graphQL = false
  return sanitized
})
