import fs from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { readOpeningHours } from '../src/lib/frenchHours'
import { freeTextHoursToOpeningHours } from '../src/lib/gendarmerieHours'
import { weekSummary } from '../src/lib/hoursSummary'
import { hoursOfDay, hoursState, isOpenAt, nextChange, weekTable } from '../src/lib/hours'
import { structuredHoursToOpeningHours } from '../src/lib/structuredHours'
import { gn2Header, gn2Line } from '../bench/gn2File'
import { createPeople, password, people } from './helpers/fixtures'
import { type Hub, startHub } from './helpers/hub'
import { gn2Samples } from './helpers/opendataSamples'

const freeText: Record<string, string>[] = JSON.parse(
  fs.readFileSync(new URL('../seed/opendata/gendarmerie_free-text_sample.json', import.meta.url), 'utf8'),
)

/** A gn2 row as the importer sees it: column name -> cell. */
const gn2Row = (index: number) => {
  const cells = gn2Line(gn2Samples[index])
    .split(';')
    .map((cell) => cell.slice(1, -1))
  return Object.fromEntries(gn2Header.map((column, i) => [column, cells[i]]))
}

describe('gendarmerie hours to opening_hours', () => {
  it('reads the free-text format of the real sample', () => {
    expect(freeTextHoursToOpeningHours(freeText[0].horaires_accueil)).toEqual({
      hours: 'Mo,Tu,Th,Fr 08:00-12:00,14:00-18:00; We,Sa 14:00-18:00; Su 09:00-12:00,15:00-18:00',
    })
  })

  it('treats empty hours as unknown, not closed, in both formats', () => {
    expect(freeTextHoursToOpeningHours(freeText[1].horaires_accueil)).toEqual({ hours: null })
    expect(structuredHoursToOpeningHours(gn2Row(1))).toEqual({ hours: null })
    expect(isOpenAt(null, new Date())).toBeNull()
  })

  it('reads the structured export-gn2 columns, public holidays from jours_feries', () => {
    expect(structuredHoursToOpeningHours(gn2Row(0))).toEqual({
      hours: 'Mo,Tu,Th,Fr 08:00-12:00,14:00-18:00; We,Sa 14:00-18:00; Su 09:00-12:00,15:00-18:00; PH 09:00-12:00',
    })
  })

  it('turns 00h00-24h00 every day into 24/7', () => {
    expect(structuredHoursToOpeningHours(gn2Row(2))).toEqual({ hours: '24/7' })
  })

  it('rejects unreadable structured hours with the column', () => {
    expect(structuredHoursToOpeningHours({ mardi_plage2_debut: '14h00', mardi_plage2_fin: '25h00' })).toEqual({
      error: 'unreadable time range "14h00-25h00" in mardi_plage2',
    })
    expect(structuredHoursToOpeningHours({ lundi_plage1_debut: '08h00' })).toMatchObject({ error: expect.stringContaining('lundi_plage1') })
  })
})

describe('open at an instant, French time and public holidays', () => {
  const office = 'Mo-Fr 08:00-12:00,14:00-18:00; PH off'

  it('is closed on a public holiday (14 July) and open the next day', () => {
    expect(isOpenAt(office, new Date('2026-07-14T08:00:00Z'))).toBe(false)
    expect(hoursOfDay(office, new Date('2026-07-14T08:00:00Z'))).toEqual([])
    expect(isOpenAt(office, new Date('2026-07-15T08:00:00Z'))).toBe(true)
    expect(nextChange(office, new Date('2026-07-14T08:00:00Z'))?.toISOString()).toBe('2026-07-15T06:00:00.000Z')
  })

  it('uses the public-holiday hours of the structured file', () => {
    const hours = 'Mo-Fr 08:00-18:00; PH 09:00-12:00'
    expect(hoursOfDay(hours, new Date('2026-11-11T12:00:00Z'))).toEqual([{ from: '09:00', to: '12:00' }])
    expect(isOpenAt(hours, new Date('2026-11-11T12:00:00Z'))).toBe(false)
  })

  it('answers around midnight in Paris, not in UTC', () => {
    const evening = 'Fr 20:00-24:00; Sa 00:00-02:00'
    // Friday 23:59 and Saturday 00:01 in Paris (winter, UTC+1).
    expect(isOpenAt(evening, new Date('2026-01-16T22:59:00Z'))).toBe(true)
    expect(isOpenAt(evening, new Date('2026-01-16T23:01:00Z'))).toBe(true)
    expect(hoursOfDay(evening, new Date('2026-01-16T23:01:00Z'))).toEqual([{ from: '00:00', to: '02:00' }])
    expect(hoursOfDay(evening, new Date('2026-01-16T22:59:00Z'))).toEqual([{ from: '20:00', to: '24:00' }])
    // 23:30 UTC on Thursday is already Friday 00:30 in Paris: closed, opens Friday 20:00.
    expect(isOpenAt('Th 20:00-24:00', new Date('2026-01-15T23:30:00Z'))).toBe(false)
    expect(nextChange(evening, new Date('2026-01-17T00:30:00Z'))?.toISOString()).toBe('2026-01-17T01:00:00.000Z')
  })

  it('crosses the March clock change (29 March 2026, UTC+1 -> UTC+2)', () => {
    const daily = 'Mo-Su 08:00-18:00'
    // Saturday 18:30 in Paris: closed; opens Sunday 08:00 summer time, 06:00 UTC.
    const saturdayEvening = new Date('2026-03-28T17:30:00Z')
    expect(isOpenAt(daily, saturdayEvening)).toBe(false)
    expect(nextChange(daily, saturdayEvening)?.toISOString()).toBe('2026-03-29T06:00:00.000Z')
    expect(isOpenAt(daily, new Date('2026-03-29T06:30:00Z'))).toBe(true)
    expect(isOpenAt(daily, new Date('2026-03-29T05:30:00Z'))).toBe(false)
    expect(hoursState(daily, new Date('2026-03-29T15:00:00Z'))).toEqual({
      openNow: true,
      nextChange: '2026-03-29T16:00:00.000Z',
      todayHours: [{ from: '08:00', to: '18:00' }],
    })
  })

  it('crosses the October clock change (25 October 2026, UTC+2 -> UTC+1)', () => {
    const daily = 'Mo-Su 08:00-18:00'
    const saturdayEvening = new Date('2026-10-24T17:00:00Z')
    expect(isOpenAt(daily, saturdayEvening)).toBe(false)
    expect(nextChange(daily, saturdayEvening)?.toISOString()).toBe('2026-10-25T07:00:00.000Z')
    expect(isOpenAt(daily, new Date('2026-10-25T06:30:00Z'))).toBe(false)
    expect(isOpenAt(daily, new Date('2026-10-25T07:30:00Z'))).toBe(true)
    expect(nextChange(daily, new Date('2026-10-25T07:30:00Z'))?.toISOString()).toBe('2026-10-25T17:00:00.000Z')
  })

  it('is always open and never changes when 24/7', () => {
    expect(hoursState('24/7', new Date('2026-03-29T01:30:00Z'))).toEqual({
      openNow: true,
      nextChange: null,
      todayHours: [{ from: '00:00', to: '24:00' }],
    })
  })

  it('gives the week table from Monday, with the holiday closed', () => {
    const week = weekTable('Mo-Fr 08:00-12:00; PH off', new Date('2026-07-16T10:00:00Z'))
    expect(week?.map((day) => `${day.weekday} ${day.date} ${day.ranges.map((r) => `${r.from}-${r.to}`).join(',')}`)).toEqual([
      'Mo 2026-07-13 08:00-12:00',
      'Tu 2026-07-14 ',
      'We 2026-07-15 08:00-12:00',
      'Th 2026-07-16 08:00-12:00',
      'Fr 2026-07-17 08:00-12:00',
      'Sa 2026-07-18 ',
      'Su 2026-07-19 ',
    ])
    expect(weekTable(null, new Date())).toBeNull()
  })
})

describe('hours as editors write them', () => {
  it.each([
    ['lundi au vendredi 9h-12h et 14h-18h', 'Mo-Fr 09:00-12:00,14:00-18:00'],
    ['du lundi au vendredi de 9h à 12h et de 14h à 18h', 'Mo-Fr 09:00-12:00,14:00-18:00'],
    ['Lu-Ve 9h-12h', 'Mo-Fr 09:00-12:00'],
    ['24h/24', '24/7'],
    ['24h/24 7j/7', '24/7'],
    ['fermé le dimanche', 'Su off'],
    ['lundi au samedi 8h-19h, fermé le dimanche et les jours fériés', 'Mo-Sa 08:00-19:00; Su,PH off'],
    ['lundi au vendredi 9h-12h sauf jours fériés', 'Mo-Fr 09:00-12:00; PH off'],
    ['jours fériés 10h-12h', 'PH 10:00-12:00'],
    ['lundi-vendredi 8h-12h/14h-18h', 'Mo-Fr 08:00-12:00,14:00-18:00'],
    ['Lu, Ma, Je 9h30-17h', 'Mo,Tu,Th 09:30-17:00'],
    ['tous les jours 8h-20h', 'Mo-Su 08:00-20:00'],
    ['du lundi au vendredi de 8h00 à 12h00. Samedi de 8h00 à midi.', 'Mo-Fr 08:00-12:00; Sa 08:00-12:00'],
    ['Mo-Fr 9:00-12:00 and 14:00-18:00, closed on Sunday and public holidays', 'Mo-Fr 09:00-12:00,14:00-18:00; Su,PH off'],
    ['Mo-Fr 08:00-12:00,14:00-18:00; PH off', 'Mo-Fr 08:00-12:00,14:00-18:00; PH off'],
  ])('reads « %s » as %s', (text, osm) => {
    expect(readOpeningHours(text)).toEqual({ hours: osm })
  })

  it('names the part it cannot read, once', () => {
    expect(readOpeningHours('lundi 25h-26h')).toEqual({ error: { part: '25h', reason: 'badTime' } })
    expect(readOpeningHours('Mo-Fr 25:00-26:00')).toEqual({ error: { part: '25:00', reason: 'badTime' } })
    expect(readOpeningHours('lundi 9h-12h sur rendez-vous le mardi')).toEqual({ error: { part: 'sur rendez-vous', reason: 'notDayOrTime' } })
    expect(readOpeningHours('lundi 9h')).toEqual({ error: { part: '9h', reason: 'missingEnd' } })
  })

  it('says the week in a line, days with the same hours grouped', () => {
    const at = new Date('2026-12-02T10:00:00Z')
    expect(weekSummary('Mo-Fr 09:00-12:00,14:00-18:00', 'fr', at)).toBe('lun.–ven. 09:00–12:00, 14:00–18:00 ; sam.–dim. fermé')
    expect(weekSummary('Mo-Sa 08:00-19:00; Su,PH off', 'fr', at)).toBe('lun.–sam. 08:00–19:00 ; dim. fermé ; jours fériés fermé')
    expect(weekSummary('24/7', 'fr', at)).toBe('24 h/24, 7 j/7')
    expect(weekSummary('Mo-Fr 09:00-12:00', 'en', at)).toBe('Mon–Fri 09:00–12:00; Sat–Sun closed')
  })
})

describe('a unit saved with hours as an editor writes them', () => {
  let hub: Hub
  let token: string
  beforeAll(async () => {
    hub = await startHub()
    await createPeople(hub.payload)
    token = await hub.login(people.editor.email, password)
  })
  afterAll(async () => {
    await hub?.close()
  })

  it('stores and serves the OpenStreetMap form', async () => {
    const unit = {
      name: 'Brigade aux horaires écrits (démo)',
      kind: 'gendarmerie-brigade',
      force: 'gendarmerie',
      address: { commune: 'Rennes', inseeCode: '35238' },
      openingHours: 'du lundi au vendredi de 9h à 12h et de 14h à 18h, fermé le dimanche',
    }
    const created = await hub.api.post('/api/units').set('Authorization', `JWT ${token}`).send(unit)
    expect(created.status).toBe(201)
    const read = await hub.api.get(`/api/units/${created.body.doc.id}`)
    expect(read.body.openingHours).toBe('Mo-Fr 09:00-12:00,14:00-18:00; Su off')
  })
})
