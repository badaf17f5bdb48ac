import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { guideGraphProblems, type GuideGraph } from '../collections/Guides/guideGraph'
import { createPeople, password } from './helpers/fixtures'
import { type Hub, startHub } from './helpers/hub'

const sound: GuideGraph = {
  startStep: 'who',
  steps: [
    { key: 'who', answers: [{ label: 'Me', next: 'what' }, { label: 'A firm', next: 'pro' }] },
    { key: 'what', answers: [{ label: 'Card', next: 'card' }, { label: 'Other', next: 'pro' }] },
  ],
  outcomes: [{ key: 'card' }, { key: 'pro' }],
}

describe('guide graph checks', () => {
  it('accept a guide where every path ends on an outcome', () => {
    expect(guideGraphProblems(sound)).toEqual([])
  })

  it('name the step of a dead end, an unknown target, a loop, an unreachable step', () => {
    expect(guideGraphProblems({ ...sound, steps: [sound.steps![0], { key: 'what', answers: [] }] })).toEqual([
      'steps "what": a question without answers is a dead end',
    ])
    expect(guideGraphProblems({ ...sound, steps: [sound.steps![0], { key: 'what', answers: [{ label: 'Card', next: 'nowhere' }] }] })).toEqual([
      'steps "what": the answer "Card" leads to "nowhere", which is neither a step nor an outcome',
    ])
    expect(guideGraphProblems({ ...sound, steps: [sound.steps![0], { key: 'what', answers: [{ label: 'Again', next: 'who' }] }] })).toEqual([
      'steps "what": an answer leads back to "who", which makes a loop (who → what → who)',
    ])
    expect(guideGraphProblems({ ...sound, steps: [...sound.steps!, { key: 'lost', answers: [{ label: 'x', next: 'pro' }] }] })).toEqual([
      'steps "lost": no answer leads to this step from "who"',
    ])
    expect(guideGraphProblems({ ...sound, startStep: 'nope' })).toEqual(['startStep: no step has the key "nope"'])
    expect(guideGraphProblems({ ...sound, outcomes: [{ key: 'card' }, { key: 'who' }, { key: 'pro' }] })).toEqual(['steps: the key "who" is used twice'])
  })
})

describe('guides collection', () => {
  let hub: Hub
  let token: string
  beforeAll(async () => {
    hub = await startHub()
    await createPeople(hub.payload)
    token = await hub.login('editor@test.example', password)
  })
  afterAll(async () => {
    await hub?.close()
  })

  const guide = (steps: unknown[]) => ({
    title: 'Guide',
    startStep: 'who',
    steps,
    outcomes: [{ key: 'done', title: 'Fini', advice: 'Faites ceci.' }],
    _status: 'published',
  })

  it('saves a sound guide and refuses a save that leaves a loop or a dead end, with a 400 naming the step', async () => {
    const created = await hub.api
      .post('/api/guides')
      .set('Authorization', `JWT ${token}`)
      .send(guide([{ key: 'who', question: 'Qui ?', answers: [{ label: 'Moi', next: 'what' }] }, { key: 'what', question: 'Quoi ?', answers: [{ label: 'Ça', next: 'done' }] }]))
    expect(created.status).toBe(201)
    const id = created.body.doc.id

    const loop = await hub.api
      .patch(`/api/guides/${id}`)
      .set('Authorization', `JWT ${token}`)
      .send({ steps: [{ key: 'who', question: 'Qui ?', answers: [{ label: 'Moi', next: 'what' }] }, { key: 'what', question: 'Quoi ?', answers: [{ label: 'Retour', next: 'who' }] }] })
    expect(loop.status).toBe(400)
    expect(JSON.stringify(loop.body)).toContain('steps \\"what\\": an answer leads back to \\"who\\", which makes a loop')

    const deadEnd = await hub.api
      .patch(`/api/guides/${id}`)
      .set('Authorization', `JWT ${token}`)
      .send({ steps: [{ key: 'who', question: 'Qui ?', answers: [{ label: 'Moi', next: 'what' }] }, { key: 'what', question: 'Quoi ?', answers: [] }] })
    expect(deadEnd.status).toBe(400)
    expect(JSON.stringify(deadEnd.body)).toContain('steps \\"what\\": a question without answers is a dead end')

    const kept = await hub.api.get(`/api/guides/${id}`)
    expect(kept.body.steps[1].answers[0].next).toBe('done')
  })

  it('shows readers published guides only', async () => {
    await hub.payload.create({ collection: 'guides', draft: true, data: { ...guide([{ key: 'who', question: 'Q', answers: [{ label: 'A', next: 'done' }] }]), slug: 'brouillon', _status: 'draft' } as never })
    expect((await hub.api.get('/embed/v1/data/orienteer?guide=brouillon')).status).toBe(404)
  })
})
