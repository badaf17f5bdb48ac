import type { DayHours } from '../../../src/lib/hours'
import type { Lang } from '../../../src/lib/language'
import { rangeText } from '../../../src/lib/hoursSummary'
import { labels } from '../labels'

/** A unit's week, one row a day in French time, today first. */
export function HoursTable({ week, lang }: { week: DayHours[]; lang: Lang }) {
  const t = labels[lang]
  return (
    <table>
      <caption className="meta">{t.hours}</caption>
      <tbody>
        {week.map((day) => (
          <tr key={day.date}>
            <th scope="row">{t.weekdays[day.weekday]}</th>
            <td>{day.ranges.length ? day.ranges.map((range) => rangeText(range, lang)).join(', ') : t.closedDay}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** Open or closed now, in words and not by colour alone. */
export function OpenBadge({ openNow, lang }: { openNow: boolean | null; lang: Lang }) {
  if (openNow === null) return null
  const t = labels[lang]
  return <span className={`badge ${openNow ? 'open' : 'closed'}`}>{openNow ? t.openNow : t.closedNow}</span>
}
