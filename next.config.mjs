import { withPayload } from '@payloadcms/next/withPayload'

/**
 * Next serves the admin only: the hub's own server (src/cli/serve.ts) answers the API, feeds,
 * widgets and health itself and hands Next the rest. Payload and its database adapters are
 * loaded from node_modules rather than bundled, so that the admin and the server share one
 * Payload instance (the first to start it, the server, owns it).
 * @type {import('next').NextConfig}
 */
const nextConfig = {
  // The commune list is 8 MB of JSON read once at run time; bundling it would only slow builds.
  serverExternalPackages: [
    '@etalab/decoupage-administratif',
    'opening_hours',
    'payload',
    '@payloadcms/db-sqlite',
    '@payloadcms/db-postgres',
    '@payloadcms/db-mongodb',
    '@payloadcms/drizzle',
    '@payloadcms/graphql',
    'pg-boss',
  ],
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
