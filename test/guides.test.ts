import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { guideGraphProblems, type GuideGraph } from '../collections/Guides/guideGraph'
import { sayIn } from '../src/lib/editorMessages'
import { createPeople, password } from './helpers/fixtures'
import { type Hub, startHub } from './helpers/hub'

const sound: GuideGraph = {
  startStep: 'who',
  steps: [
    {
      key: 'who',
      answers: [
        { label: 'Me', next: 'what' },
        { label: 'A firm', next: 'pro' },
      ],
    },
    {
      key: 'what',
      answers: [
        { label: 'Card', next: 'card' },
        { label: 'Other', next: 'pro' },
      ],
    },
  ],
  outcomes: [{ key: 'card' }, { key: 'pro' }],
}

describe('guide graph checks', () => {
  const en = sayIn('en')
  const problems = (guide: GuideGraph) => guideGraphProblems(guide, en)

  it('accept a guide where every path ends on an outcome', () => {
    expect(problems(sound)).toEqual([])
  })

  it('name the question and the row of a dead end, an unknown target, a loop, an unreachable step', () => {
    expect(problems({ ...sound, steps: [sound.steps![0], { key: 'what', answers: [] }] })).toEqual([
      { path: 'steps.1.answers', message: 'The question “what” has no answer: readers would be stuck there. Add at least one answer.' },
    ])
    expect(problems({ ...sound, steps: [sound.steps![0], { key: 'what', answers: [{ label: 'Card', next: 'nowhere' }] }] })).toEqual([
      {
        path: 'steps.1.answers.0.next',
        message: 'The answer “Card” of the question “what” leads to “nowhere” that is neither a question nor an outcome: correct the key.',
      },
    ])
    expect(problems({ ...sound, steps: [sound.steps![0], { key: 'what', answers: [{ label: 'Again', next: 'who' }] }] })).toEqual([
      {
        path: 'steps.1.answers',
        message: 'An answer of the question “what” leads back to “who” and sends readers round in circles (who → what → who): lead it further.',
      },
    ])
    expect(problems({ ...sound, steps: [...sound.steps!, { key: 'lost', answers: [{ label: 'x', next: 'pro' }] }] })).toEqual([
      { path: 'steps.2', message: 'No answer leads to the question “lost” from “who”: link it or delete it.' },
    ])
    expect(problems({ ...sound, startStep: 'nope' })).toEqual([
      { path: 'startStep', message: 'No question has the key “nope”: type the key of the first question.' },
    ])
    expect(problems({ ...sound, outcomes: [{ key: 'card' }, { key: 'who' }, { key: 'pro' }] })).toEqual([
      { path: 'steps.0.key', message: 'The key “who” is used twice: each question and each outcome has its own.' },
    ])
  })

  it('say the same in French', () => {
    expect(guideGraphProblems({ ...sound, steps: [sound.steps![0], { key: 'what', answers: [] }] }, sayIn('fr'))[0].message).toBe(
      'La question « what » n’a pas de réponse : le lecteur y serait bloqué. Ajoutez au moins une réponse.',
    )
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
      .send(
        guide([
          { key: 'who', question: 'Qui ?', answers: [{ label: 'Moi', next: 'what' }] },
          { key: 'what', question: 'Quoi ?', answers: [{ label: 'Ça', next: 'done' }] },
        ]),
      )
    expect(created.status).toBe(201)
    const id = created.body.doc.id

    const loop = await hub.api
      .patch(`/api/guides/${id}`)
      .set('Authorization', `JWT ${token}`)
      .send({
        steps: [
          { key: 'who', question: 'Qui ?', answers: [{ label: 'Moi', next: 'what' }] },
          { key: 'what', question: 'Quoi ?', answers: [{ label: 'Retour', next: 'who' }] },
        ],
      })
    expect(loop.status).toBe(400)
    expect(loop.body.errors[0].data.errors).toEqual([
      { path: 'steps.1.answers', message: expect.stringMatching(/^Une réponse de la question « what » ramène à « who »/) },
    ])

    const deadEnd = await hub.api
      .patch(`/api/guides/${id}`)
      .set('Authorization', `JWT ${token}`)
      .send({
        steps: [
          { key: 'who', question: 'Qui ?', answers: [{ label: 'Moi', next: 'what' }] },
          { key: 'what', question: 'Quoi ?', answers: [] },
        ],
      })
    expect(deadEnd.status).toBe(400)
    expect(deadEnd.body.errors[0].message).toBe(
      'steps.1.answers: La question « what » n’a pas de réponse : le lecteur y serait bloqué. Ajoutez au moins une réponse.',
    )

    const kept = await hub.api.get(`/api/guides/${id}`)
    expect(kept.body.steps[1].answers[0].next).toBe('done')
  })

  it('shows readers published guides only', async () => {
    await hub.payload.create({
      collection: 'guides',
      draft: true,
      data: { ...guide([{ key: 'who', question: 'Q', answers: [{ label: 'A', next: 'done' }] }]), slug: 'brouillon', _status: 'draft' } as never,
    })
    expect((await hub.api.get('/embed/v1/data/orienteer?guide=brouillon')).status).toBe(404)
  })
})
