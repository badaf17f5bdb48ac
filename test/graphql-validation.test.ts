import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Hub, startHub } from './helpers/hub'

let hub: Hub

beforeAll(async () => {
  hub = await startHub()
})
afterAll(async () => {
  await hub?.close()
})

const cycle = 'query { ...F } fragment F on Query { ...G } fragment G on Query { ...F }'

describe('a query GraphQL cannot run', () => {
  it('with circular fragments is a 400 naming the cycle, by POST and by GET, for anyone', async () => {
    const post = await hub.graphql(cycle)
    expect(post.status).toBe(400)
    expect(post.body.errors[0].message).toBe('Cannot spread fragment "F" within itself via "G".')
    const get = await hub.api.get('/api/graphql').query({ query: cycle })
    expect(get.status).toBe(400)
    expect(get.body.errors[0].message).toBe('Cannot spread fragment "F" within itself via "G".')
    const self = await hub.graphql('{ ...A } fragment A on Query { allNews { docs { id } } ...A }')
    expect(self.status).toBe(400)
    expect(self.body.errors[0].message).toBe('Cannot spread fragment "A" within itself.')
  })

  it('is a 400 whatever the validation error: unknown field, syntax, limit, unknown fragment', async () => {
    for (const [query, message] of [
      ['{ allNews { docs { titl } } }', 'Cannot query field "titl" on type "News".'],
      ['{ allNews { docs { title } }', 'Syntax Error'],
      [
        '{ Sheets { docs { relatedSheets { relatedSheets { relatedSheets { relatedSheets { relatedSheets { relatedSheets { title } } } } } } } } }',
        'Query depth limit of 8 exceeded',
      ],
      ['{ ...Missing }', 'Unknown fragment "Missing".'],
    ]) {
      const response = await hub.graphql(query)
      expect(response.status, query).toBe(400)
      expect(response.body.errors[0].message).toContain(message)
      expect(response.body.data).toBeUndefined()
    }
  })

  it('suggests field names while introspection is on, never in production where it is off', async () => {
    const development = await hub.graphql('{ allNews { docs { titl } } }')
    expect(development.body.errors[0].message).toBe('Cannot query field "titl" on type "News". Did you mean "title"?')
    const production = await hub.inProduction((api) => api.post('/api/graphql').send({ query: '{ allNews { docs { titl } } }' }))
    expect(production.status).toBe(400)
    expect(production.body.errors[0].message).toBe('Cannot query field "titl" on type "News".')
    const argument = await hub.inProduction((api) => api.post('/api/graphql').send({ query: '{ allNews(limt: 3) { totalDocs } }' }))
    expect(argument.body.errors[0].message).toBe('Unknown argument "limt" on field "Query.allNews".')
    expect(JSON.stringify(argument.body)).not.toContain('Did you mean')
  })

  it('still answers a query that runs with 200', async () => {
    const response = await hub.graphql('{ allNews(limit: 3) { totalDocs } }')
    expect(response.status).toBe(200)
    expect(response.body.data.allNews.totalDocs).toBe(0)
  })
})
