import type { CollectionConfig, Config } from 'payload'

import { Partners } from './Partners'

export type PartnerKeysOptions = {
  /**
   * Off: the collection stays (the schema does not change) but leaves the admin, and every key
   * is refused as if revoked.
   */
  enabled?: boolean
}

// Payload's API-key strategy reads the partner through `payload.find`, so this runs on every
// keyed request: the edge refuses a revoked partner.
const everyKeyRevoked: NonNullable<CollectionConfig['hooks']>['afterRead'] = [({ doc }) => ({ ...doc, revoked: true })]

/**
 * Partner applications' API keys: each partner reads what anonymous readers read, with its own
 * rate limit, browser origins and contact, and a key an admin can revoke at once.
 */
export const partnerKeys =
  ({ enabled = true }: PartnerKeysOptions = {}) =>
  (config: Config): Config => {
    const collection: CollectionConfig = enabled
      ? Partners
      : {
          ...Partners,
          admin: { ...Partners.admin, hidden: true },
          hooks: { ...Partners.hooks, afterRead: [...(Partners.hooks?.afterRead ?? []), ...everyKeyRevoked] },
        }
    return { ...config, collections: [...(config.collections ?? []), collection] }
  }
