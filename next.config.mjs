import { withPayload } from '@payloadcms/next/withPayload'

import { rewrites } from './src/rewrites.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The commune list is 8 MB of JSON read once at run time; bundling it would only slow builds.
  serverExternalPackages: ['@etalab/decoupage-administratif', 'opening_hours'],
  rewrites: async () => rewrites,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
