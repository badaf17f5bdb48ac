/**
 * The public edge as plugins see it: how a handler answers a public read (publicAnswer), names
 * what it shows (tags), refuses a request (problem), asks for a public path (PublicEndpointCustom)
 * and says how long its answer holds (cachePolicy); and the page sizes the edge enforces. Plain
 * functions and types over the Fetch API's Request and Response: no server, no HTTP framework.
 * Plugins import the edge through this module only; the server (src/edge/) imports plugins'
 * endpoints, never the other way round.
 */
export { cacheControlHint, isShareable, readCachePolicy, type CachePolicy } from './cachePolicy'
export { maxPage, maxPageSize, maxReaderDepth, maxStaffPageSize, readerDefaultDepth } from './pageBounds'
export { fieldOf, problem, type FieldError } from './problem'
export { latestDate, publicAnswer, publicJson, type PublicAnswerOptions } from './publicAnswer'
export type { PublicEndpointCustom } from './publicEndpoint'
export {
  collectionTag,
  communeTag,
  departmentTag,
  documentTag,
  guideTag,
  isPublicCollection,
  mediaFileTag,
  nationalNewsTag,
  parseSurrogateKey,
  publicCollections,
  surrogateKey,
  territoryTags,
  type PublicCollection,
} from './tags'
