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
import { embedsPlugin } from './plugins/embeds'
import { hubHome } from './plugins/hubHome'
import { inputBounds } from './plugins/inputBounds'
import { unitsPlugin } from './plugins/units'
import { partnerApi } from './plugins/partners'
import { readerPages } from './plugins/readerPages'
import { syndication } from './plugins/syndication'
import { webhooks } from './plugins/webhooks'
import { consoleEmail } from './src/lib/consoleEmail'
import { databaseAdapter } from './src/lib/databaseAdapter'
import { parseDatabaseUrl } from './src/lib/databaseUrl'
import { readEnv } from './src/lib/env'
import { hubLogger } from './src/lib/logging'
import { sessionOrigins } from './src/lib/sessionOrigins'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const env = readEnv()

export default buildConfig({
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
  },
  i18n: { supportedLanguages: { fr, en }, fallbackLanguage: 'fr' },
  localization: {
    locales: [
      { code: 'fr', label: 'Français' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: 'fr',
    fallback: true,
  },
  collections: [Services, Sheets, Units, UnitCompetences, News, Guides, Media, Users, SeedRecords],
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
    unitsPlugin(),
    embedsPlugin(),
    syndication(),
    readerPages(),
    hubHome(),
    partnerApi(),
    webhooks({ retryDelayMs: env.WEBHOOK_RETRY_DELAY_MS }),
    cachePurge(),
    inputBounds(),
  ],
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
    autoGenerate: false,
  },
})
