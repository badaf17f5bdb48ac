import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import { buildConfig } from 'payload'
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
import { partnerKeys } from './plugins/partners'
import { permissionQueries } from './plugins/permissionQueries'
import { readerPages } from './plugins/readerPages'
import { syndication } from './plugins/syndication'
import { webhooks } from './plugins/webhooks'
import { consoleEmail } from './src/lib/consoleEmail'
import { databaseAdapter } from './src/lib/databaseAdapter'
import { editorTranslations } from './src/lib/editorMessages'
import { parseDatabaseUrl } from './src/lib/databaseUrl'
import { readEnv } from './src/lib/env'
import { hubLogger } from './src/lib/logging'
import { sessionOrigins, withSessionCookies } from './src/lib/sessionOrigins'
import { frenchTimezones } from './src/admin/timezones'
import { adminTranslations } from './src/admin/translations'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const env = readEnv()

const config = buildConfig({
  secret: env.PAYLOAD_SECRET,
  serverURL: env.SERVER_URL,
  csrf: sessionOrigins(env),
  telemetry: false,
  logger: hubLogger(),
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Relais' },
    // Gravatar would send every editor's address hash to a third party, and the admin's CSP forbids it.
    avatar: 'default',
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
    locales: [
      { code: 'fr', label: 'Français' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: 'fr',
    fallback: true,
  },
  collections: [Services, Sheets, Units, UnitCompetences, News, Guides, Media, withSessionCookies(Users, env), SeedRecords],
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
    // Scheduled publishing queues its jobs on the default queue; the hub runs them every minute.
    autoRun: [{ cron: '* * * * *', queue: 'default', limit: 50 }],
    shouldAutoRun: () => env.JOBS_AUTORUN,
    access: { run: ({ req: { user } }) => user?.collection === 'users' && user.role === 'admin' },
  },
  // inputBounds reads every field of every collection: it comes last.
  plugins: [
    domainQueries(),
    embedsPlugin(),
    syndication(),
    readerPages(),
    hubHome(),
    partnerKeys(),
    graphqlLimits(),
    permissionQueries(),
    webhooks({ retryDelayMs: env.WEBHOOK_RETRY_DELAY_MS }),
    cachePurge(),
    editorial(),
    inputBounds(),
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
