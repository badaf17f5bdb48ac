import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The commune list is 8 MB of JSON read once at run time; bundling it would only slow builds.
  serverExternalPackages: ['@etalab/decoupage-administratif', 'opening_hours'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
