import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { widgetInfo, widgetNames, widgetParameters, widgetParams } from '../plugins/embeds/contract'
import { serviceAudiences, serviceCategories, sheetThemes } from '../src/lib/vocabularies'
import { type Hub, startHub } from './helpers/hub'

let hub: Hub
let builder: string

beforeAll(async () => {
  hub = await startHub()
  await hub.payload.create({
    collection: 'sheets',
    data: {
      title: 'Une fiche de tous les thèmes',
      summary: 'Résumé',
      themes: sheetThemes.map((theme) => theme.value),
      lastSignificantUpdate: new Date().toISOString(),
      _status: 'published',
    },
  })
  builder = (await hub.api.get('/embed')).text
})
afterAll(async () => {
  await hub?.close()
})

/** The values a select of the builder's page offers, its empty choice left out. */
const offered = (id: string) => {
  const select = builder.match(new RegExp(`<select id="${id}"[^>]*>(.*?)</select>`, 's'))?.[1] ?? ''
  return [...select.matchAll(/<option value="([^"]*)"/g)].map((match) => match[1]).filter(Boolean)
}

describe('the widget contract', () => {
  it('the snippet builder offers every sheet theme, service category and audience filter of the vocabularies', () => {
    expect(offered('theme')).toEqual(sheetThemes.map((theme) => theme.value))
    expect(offered('category')).toEqual(serviceCategories.map((category) => category.value))
    expect(offered('audience')).toEqual(serviceAudiences.map((audience) => audience.value).filter((value) => value !== 'everyone'))
  })

  it('the sheet widget accepts every theme of the vocabulary and names it in the reader’s language', async () => {
    for (const theme of sheetThemes) {
      for (const lang of ['fr', 'en'] as const) {
        const response = await hub.api.get(`/embed/v1/data/sheet?theme=${theme.value}&lang=${lang}`)
        expect(response.status, theme.value).toBe(200)
        expect(response.body.theme).toBe(theme.label[lang])
        expect(response.body.items.map((item: { title: string }) => item.title)).toEqual(['Une fiche de tous les thèmes'])
      }
    }
  })

  it('the snippet builder offers every widget, with the parameters its data endpoint takes', () => {
    expect(offered('widget')).toEqual([...widgetNames])
    const parameters = JSON.parse(builder.match(/<script type="application\/json" id="widget-parameters">(.*?)<\/script>/s)![1])
    expect(parameters).toEqual(Object.fromEntries(widgetNames.map((widget) => [widget, widgetParameters(widget)])))
    expect(parameters.sheet).toEqual(expect.arrayContaining(['slug', 'theme']))
    // Each widget's default number of items and frame height, as the contract gives them.
    const widgets = JSON.parse(builder.match(/<script type="application\/json" id="widgets">(.*?)<\/script>/s)![1])
    expect(widgets.units).toEqual({ title: widgetInfo.units.title, limit: 3, height: widgetInfo.units.height, allow: 'geolocation' })
    expect(widgets.sheet.limit).toBe(widgetParams.sheet.parse({ slug: 'x' }).limit)
    expect(widgets.orienteer.limit).toBeNull()
  })

  it('every widget has a data endpoint, a frame page and a built script', async () => {
    for (const widget of widgetNames) {
      // Without parameters a widget answers its data, or a problem naming what it lacks.
      const data = await hub.api.get(`/embed/v1/data/${widget}`)
      expect(data.status === 200 || /^[a-z]+: /.test(data.body.detail), `${widget}: ${data.status} ${data.body.detail}`).toBe(true)
      expect((await hub.api.get(`/embed/v1/frame/${widget}`)).status, widget).not.toBe(404)
      expect((await hub.api.get(`/embed/v1/widget-${widget}.js`)).status, widget).toBe(200)
    }
  })
})
