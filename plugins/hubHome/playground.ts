/**
 * Payload's GraphQL playground is served outside production only (it needs introspection, which
 * production turns off): the edge wires its route, and the home page links it, on this one test.
 */
export const graphqlPlaygroundServed = (): boolean => process.env.NODE_ENV !== 'production'
