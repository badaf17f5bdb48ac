import type { Config } from 'payload'

import { embedAssetsEndpoint } from './assets'
import { builderEndpoint } from './builderPage'
import { communesEndpoint } from './communes'
import { embedDataEndpoints } from './dataEndpoints'
import { frameEndpoints } from './framePage'
import { officialPageEndpoint } from './officialPage'
import { oembedEndpoint } from './oembed'

export { embedDataEndpoints }

/**
 * Widgets for commune websites: their data (/embed/v1/data/*), their scripts (/embed/v1/*.js),
 * frame pages (/embed/v1/frame/*), the pages leading on to official sites (/embed/v1/official/*),
 * oEmbed (/oembed) and the snippet builder (/embed). Each endpoint names its public path in
 * `custom.publicPath`, which the edge routes.
 */
export const embedsPlugin =
  ({ enabled = true }: { enabled?: boolean } = {}) =>
  (config: Config): Config => {
    if (!enabled) return config
    return {
      ...config,
      endpoints: [
        ...(config.endpoints ?? []),
        ...embedDataEndpoints,
        ...frameEndpoints,
        embedAssetsEndpoint,
        communesEndpoint,
        oembedEndpoint,
        officialPageEndpoint,
        builderEndpoint,
      ],
    }
  }
