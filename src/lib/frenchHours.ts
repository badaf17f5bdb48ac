import { parseOpeningHours } from './hours'

/**
 * Opening hours as editors write them (« du lundi au vendredi de 9h à 12h et de 14h à 18h,
 * fermé le dimanche et les jours fériés », « Lu-Ve 9h-12h », « 24h/24 ») read into the
 * OpenStreetMap `opening_hours` form partners receive (`Mo-Fr 09:00-12:00,14:00-18:00; Su,PH off`).
 * The OSM form itself is read too. What cannot be read is named by the words at fault.
 */

export type HoursReading = { hours: string } | { error: HoursProblem }

/** The part of the text that could not be read, and why. */
export type HoursProblem = { part: string; reason: 'notDayOrTime' | 'badTime' | 'missingEnd' | 'noDays' | 'osm' }

type Token =
  | { kind: 'day'; value: string; text: string }
  | { kind: 'time'; minutes: number; text: string }
  | { kind: 'dash' | 'to' | 'and' | 'comma' | 'rule' | 'closed' | 'always' | 'everyDay' | 'except'; text: string }
  | { kind: 'skip'; text: string }

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()

// Full names, the usual abbreviations (with or without a dot) and OSM's own codes.
const dayWords: Record<string, string> = {}
for (const [code, names] of Object.entries({
  Mo: ['lundi', 'lundis', 'lun', 'lu', 'mo', 'monday', 'mon'],
  Tu: ['mardi', 'mardis', 'mar', 'tu', 'tuesday', 'tue'],
  We: ['mercredi', 'mercredis', 'mer', 'we', 'wednesday', 'wed'],
  Th: ['jeudi', 'jeudis', 'jeu', 'je', 'th', 'thursday', 'thu'],
  Fr: ['vendredi', 'vendredis', 'ven', 'vend', 've', 'fr', 'friday', 'fri'],
  Sa: ['samedi', 'samedis', 'sam', 'sa', 'saturday', 'sat'],
  Su: ['dimanche', 'dimanches', 'dim', 'di', 'su', 'sunday', 'sun'],
  PH: ['feries', 'ferie', 'jf', 'ph', 'holidays', 'holiday'],
}))
  for (const name of names) dayWords[name] = code
// `ma` and `me` are days only beside another day or a dash (« Ma-Me », « lu, ma »).
const shortDays: Record<string, string> = { ma: 'Tu', me: 'We' }

const fillers = new Set([
  'du',
  'de',
  'des',
  'le',
  'les',
  'la',
  'l',
  'd',
  'h',
  'heures',
  'heure',
  'ouvert',
  'ouverte',
  'ouverts',
  'et/ou',
  'jours',
  'jour',
  'tous',
  'toutes',
  'the',
  'from',
  'on',
  'open',
  'public',
  'every',
  'day',
  'days',
])
const order = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su']

function time(hours: string, minutes: string | undefined, text: string): Token | HoursProblem {
  const h = Number(hours)
  const m = Number(minutes ?? 0)
  if (h > 24 || m > 59 || (h === 24 && m > 0)) return { part: text, reason: 'badTime' }
  return { kind: 'time', minutes: h * 60 + m, text }
}

const isProblem = (value: Token | HoursProblem): value is HoursProblem => 'reason' in value

const known = (word: string) => {
  const w = fold(word)
    .replace(/^[ld]['’]/, '')
    .replace(/\.+$/, '')
  return w in dayWords || w in shortDays || fillers.has(w) || /^(au|a|to|et|and|midi|minuit|fermee?s?|closed|off|sauf|except)$/.test(w)
}

/** The unreadable word and the unreadable words after it (« sur rendez-vous »), up to a known word. */
function unreadPhrase(word: string, after: string): string {
  const words = [word]
  for (const next of after.matchAll(/\s*([\p{L}][\p{L}.'’-]*)/guy)) {
    if (known(next[1])) break
    words.push(next[1])
  }
  return words.join(' ')
}

function tokenize(source: string): Token[] | HoursProblem {
  const tokens: Token[] = []
  let rest = source
  const take = (match: RegExpExecArray | null) => {
    if (!match) return null
    rest = rest.slice(match[0].length)
    return match
  }
  while ((rest = rest.replace(/^\s+/, ''))) {
    let m: RegExpExecArray | null
    if ((m = take(/^24\s*h?\s*(?:\/|sur)\s*24(?:\s*h)?(?:\s*(?:et\s*)?,?\s*7\s*j(?:ours)?\s*(?:\/|sur)\s*7)?/i.exec(rest))))
      tokens.push({ kind: 'always', text: m[0] })
    else if ((m = take(/^7\s*j(?:ours)?\s*(?:\/|sur)\s*7(?:\s*(?:et\s*)?,?\s*24\s*h?\s*(?:\/|sur)\s*24(?:\s*h)?)?/i.exec(rest))))
      tokens.push(/24/.test(m[0].slice(3)) ? { kind: 'always', text: m[0] } : { kind: 'everyDay', text: m[0] })
    else if ((m = take(/^24\/7/.exec(rest)))) tokens.push({ kind: 'always', text: m[0] })
    else if ((m = take(/^(\d{1,2})\s*(?:h|:)\s*(\d{2})?(?!\d)/i.exec(rest)))) {
      const t = time(m[1], m[2], m[0])
      if (isProblem(t)) return t
      tokens.push(t)
    } else if ((m = take(/^(\d{1,2})(?!\d)(?=\s*(?:-|–|—|à|a\s))/i.exec(rest)))) {
      const t = time(m[1], undefined, m[0])
      if (isProblem(t)) return t
      tokens.push(t)
    } else if ((m = take(/^[-–—]/.exec(rest)))) tokens.push({ kind: 'dash', text: m[0] })
    // « 8h-12h/14h-18h »: a slash between ranges.
    else if ((m = take(/^[,/]/.exec(rest)))) tokens.push({ kind: 'comma', text: m[0] })
    else if ((m = take(/^(?:;|\n|\.(?=\s|$))/.exec(rest)))) tokens.push({ kind: 'rule', text: m[0] })
    else if ((m = take(/^[\p{L}][\p{L}.'’]*/u.exec(rest)))) {
      // Elisions (« l’après-midi », « d’ouverture ») and abbreviation dots.
      const word = fold(m[0])
        .replace(/^[ld]['’]/, '')
        .replace(/\.+$/, '')
      if (word === 'midi') tokens.push({ kind: 'time', minutes: 720, text: m[0] })
      else if (word === 'minuit') tokens.push({ kind: 'time', minutes: 1440, text: m[0] })
      else if (word in dayWords) tokens.push({ kind: 'day', value: dayWords[word], text: m[0] })
      else if (word in shortDays) tokens.push({ kind: 'day', value: shortDays[word], text: m[0] })
      else if (word === 'au' || word === 'a' || word === 'to') tokens.push({ kind: 'to', text: m[0] })
      else if (word === 'et' || word === 'and' || word === 'puis') tokens.push({ kind: 'and', text: m[0] })
      else if (/^(fermee?s?|closed|off)$/.test(word)) tokens.push({ kind: 'closed', text: m[0] })
      else if (word === 'sauf' || word === 'except') tokens.push({ kind: 'except', text: m[0] })
      else if (word === 'tlj' || word === 'quotidien' || word === 'daily') tokens.push({ kind: 'everyDay', text: m[0] })
      else if (fillers.has(word)) tokens.push({ kind: 'skip', text: m[0] })
      else return { part: unreadPhrase(m[0], rest), reason: 'notDayOrTime' }
    } else return { part: rest.slice(0, 1), reason: 'notDayOrTime' }
  }
  // « tous les jours » is every day; the words on their own are fillers.
  return tokens.flatMap((token, i) =>
    token.kind === 'skip' && fold(token.text) === 'tous' && fold(tokens[i + 2]?.text ?? '') === 'jours'
      ? [{ kind: 'everyDay', text: token.text }]
      : [token],
  )
}

type Rule = { days: string[]; ranges: string[]; closed: boolean; always: boolean }

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

/** Reads the tokens into rules: days, then their ranges, or « fermé ». */
function rulesOf(tokens: Token[]): Rule[] | HoursProblem {
  const rules: Rule[] = []
  let rule: Rule = { days: [], ranges: [], closed: false, always: false }
  let closedNext = false
  const flush = () => {
    if (rule.days.length || rule.ranges.length || rule.closed || rule.always) rules.push(rule)
    rule = { days: [], ranges: [], closed: closedNext, always: false }
  }
  const meaningful = tokens.filter((t) => t.kind !== 'skip')
  // Whether the days from `i` on are followed by their hours (« …, lundi 9h-12h ») rather than
  // being more closed days (« fermé le samedi et le dimanche »).
  const hoursAhead = (i: number): boolean => {
    let j = i
    while (meaningful[j] && ['day', 'to', 'dash', 'and', 'comma'].includes(meaningful[j].kind)) j++
    return meaningful[j]?.kind === 'time' || meaningful[j]?.kind === 'always'
  }
  for (let i = 0; i < meaningful.length; i++) {
    const token = meaningful[i]
    const next = meaningful[i + 1]
    const afterNext = meaningful[i + 2]
    switch (token.kind) {
      case 'day': {
        if (rule.closed && closedNext && hoursAhead(i)) closedNext = false
        if (rule.ranges.length || rule.always || (rule.closed && rule.days.length && !closedNext)) flush()
        // « lundi au vendredi », « Lu-Ve »: a span of days.
        if ((next?.kind === 'to' || next?.kind === 'dash') && afterNext?.kind === 'day') {
          rule.days.push(`${token.value}-${afterNext.value}`)
          i += 2
        } else rule.days.push(token.value)
        break
      }
      case 'everyDay':
        if (rule.ranges.length || rule.always) flush()
        rule.days.push('Mo-Su')
        break
      case 'time': {
        if (!(next?.kind === 'to' || next?.kind === 'dash') || afterNext?.kind !== 'time') return { part: token.text, reason: 'missingEnd' }
        if (rule.closed && !rule.days.length) return { part: token.text, reason: 'noDays' }
        if (rule.closed) flush()
        // « 22h-2h » runs past midnight, as OSM reads it; « 0h » as an end is midnight.
        const end = afterNext.minutes === 0 ? 1440 : afterNext.minutes
        if (end === token.minutes) return { part: afterNext.text, reason: 'badTime' }
        rule.ranges.push(`${hhmm(token.minutes)}-${hhmm(end)}`)
        i += 2
        break
      }
      case 'always':
        if (rule.ranges.length || rule.closed) flush()
        rule.always = true
        break
      case 'closed':
      case 'except':
        closedNext = false
        // « dimanche fermé »: the days already named; « fermé le dimanche », « sauf le dimanche »: the next ones.
        if (rule.days.length && !rule.ranges.length && !rule.always && token.kind === 'closed') {
          rule.closed = true
          flush()
        } else {
          closedNext = true
          flush()
          rule.closed = true
        }
        break
      case 'and':
      case 'comma':
        // Between ranges or between days: nothing to do. Between rules: the next day starts one.
        break
      case 'rule':
        closedNext = false
        flush()
        rule.closed = false
        break
      case 'dash':
      case 'to':
        return { part: token.text, reason: 'notDayOrTime' }
    }
  }
  closedNext = false
  flush()
  return rules.filter((r) => r.days.length || r.ranges.length || r.always)
}

const sortDays = (days: string[]) => [...days].sort((a, b) => (order.indexOf(a.slice(0, 2)) + 1 || 99) - (order.indexOf(b.slice(0, 2)) + 1 || 99))

function osmOf(rules: Rule[]): string {
  if (rules.length === 1 && rules[0].always && !rules[0].days.length) return '24/7'
  return rules
    .map((r) => {
      const days = sortDays(r.days).join(',')
      const what = r.closed ? 'off' : r.always ? '00:00-24:00' : r.ranges.join(',')
      return [days, what].filter(Boolean).join(' ')
    })
    .join('; ')
}

/** The canonical form the `opening_hours` package writes, or null when it cannot read it. */
function canonical(value: string): { hours: string; warnings: number } | null {
  try {
    const oh = parseOpeningHours(value)
    return { hours: oh.prettifyValue(), warnings: oh.getWarnings().length }
  } catch {
    return null
  }
}

/** Reads opening hours as an editor wrote them; empty text is unknown hours, left to the caller. */
export function readOpeningHours(text: string): HoursReading {
  const source = text.trim()
  const direct = canonical(source)
  // Valid OpenStreetMap syntax, written cleanly: kept as the package writes it. What the package
  // reads only with warnings (« Lu-Ve 9h-12h », a bare comment such as « sur rendez-vous ») goes
  // through the French reading, which refuses what is not days and hours.
  if (direct && direct.warnings === 0) return { hours: direct.hours }
  const tokens = tokenize(source)
  if (!Array.isArray(tokens)) return { error: tokens }
  const rules = rulesOf(tokens)
  if (!Array.isArray(rules)) return { error: rules }
  if (!rules.length) return { error: { part: source, reason: 'notDayOrTime' } }
  const read = canonical(osmOf(rules))
  return read ? { hours: read.hours } : { error: { part: source, reason: 'osm' } }
}
