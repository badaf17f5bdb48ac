import type { I18nClient } from '@payloadcms/translations'
import type { Payload } from 'payload'
import type { CSSProperties, ReactNode } from 'react'

import type { User } from '../../payload-types'
import { type DashboardItem, editorDashboard } from '../lib/editorDashboard'
import { hubTimeZone } from '../lib/hours'

const words = {
  fr: {
    heading: 'Votre travail',
    drafts: 'Mes brouillons',
    noDrafts: 'Aucun brouillon enregistré par vous.',
    scheduled: 'Publications programmées',
    noScheduled: 'Rien n’est programmé.',
    publish: 'publication',
    unpublish: 'dépublication',
    published: 'Publiés récemment',
    noPublished: 'Rien de publié pour l’instant.',
    reviews: 'Fiches à relire',
    noReviews: 'Aucune fiche à relire.',
    reviewHint: 'la plus ancienne d’abord ; relisez, puis repoussez la date « À relire avant le ».',
    dueSince: 'à relire depuis le',
    deliveries: 'Webhooks en échec',
    noDeliveries: 'Aucun envoi en échec.',
    builder: 'Intégrer un contenu sur un site : le générateur de code',
    collections: { news: 'Actualité', sheets: 'Fiche', services: 'Téléservice', guides: 'Guide' },
  },
  en: {
    heading: 'Your work',
    drafts: 'My drafts',
    noDrafts: 'No draft saved by you.',
    scheduled: 'Scheduled publications',
    noScheduled: 'Nothing is scheduled.',
    publish: 'publish',
    unpublish: 'unpublish',
    published: 'Recently published',
    noPublished: 'Nothing published yet.',
    reviews: 'Sheets to review',
    noReviews: 'No sheet to review.',
    reviewHint: 'oldest first; review, then move the "Review due" date on.',
    dueSince: 'due since',
    deliveries: 'Failed webhook deliveries',
    noDeliveries: 'No failed delivery.',
    builder: 'Embed content on a website: the snippet builder',
    collections: { news: 'News', sheets: 'Sheet', services: 'Online service', guides: 'Guide' },
  },
}

const styles = {
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))',
    alignItems: 'start',
    gap: 'var(--base)',
    marginBottom: 'calc(var(--base) * 2)',
  },
  card: { border: '1px solid var(--theme-elevation-150)', borderRadius: 'var(--style-radius-m, 4px)', padding: 'var(--base)' },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: { padding: '4px 0', borderBottom: '1px solid var(--theme-elevation-100)' },
  meta: { color: 'var(--theme-elevation-600)', fontSize: 13 },
} satisfies Record<string, CSSProperties>

type Props = { payload: Payload; user?: User | null; i18n: I18nClient }

function Card({ title, hint, empty, children }: { title: string; hint?: string; empty: string; children: ReactNode[] }) {
  return (
    <section style={styles.card}>
      <h3>{title}</h3>
      {hint && <p style={styles.meta}>{hint}</p>}
      {children.length ? <ul style={styles.list}>{children}</ul> : <p style={styles.meta}>{empty}</p>}
    </section>
  )
}

/**
 * Above the collections on the admin's home: the signed-in editor's drafts, what is scheduled,
 * what was published lately, the sheets to review and, for admins, failed webhook deliveries.
 * A server component: it reads through the Local API as the page renders (src/lib/editorDashboard.ts).
 */
export async function EditorDashboard({ payload, user, i18n }: Props) {
  if (!user) return null
  const lang = i18n.language === 'en' ? 'en' : 'fr'
  const w = words[lang]
  const data = await editorDashboard(payload, user, { locale: lang })
  const admin = payload.config.routes.admin
  const when = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'short', timeStyle: 'short', timeZone: hubTimeZone })
  const day = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'short', timeZone: hubTimeZone })
  const link = (collection: string, id: number | string, title: string) => <a href={`${admin}/collections/${collection}/${id}`}>{title}</a>
  const row = (item: DashboardItem, extra?: string) => (
    <li key={`${item.collection}-${item.id}`} style={styles.item}>
      {link(item.collection, item.id, item.title)}{' '}
      <span style={styles.meta}>
        {w.collections[item.collection]} · <time dateTime={item.date}>{when.format(new Date(item.date))}</time>
        {extra ? ` · ${extra}` : ''}
      </span>
    </li>
  )

  return (
    <div>
      <h2>{w.heading}</h2>
      <p>
        <a href="/embed">{w.builder}</a>
      </p>
      <div style={styles.grid}>
        <Card title={w.drafts} empty={w.noDrafts}>
          {data.drafts.map((item) => row(item))}
        </Card>
        <Card title={w.scheduled} empty={w.noScheduled}>
          {data.scheduled.map((item) => row(item, w[item.action]))}
        </Card>
        <Card title={w.published} empty={w.noPublished}>
          {data.recentlyPublished.map((item) => row(item))}
        </Card>
        {data.reviewsDue && (
          <Card title={w.reviews} hint={w.reviewHint} empty={w.noReviews}>
            {data.reviewsDue.map((review) => (
              <li key={review.id} style={styles.item}>
                {link('sheets', review.id, review.title)}{' '}
                <span style={styles.meta}>
                  {w.dueSince} <time dateTime={review.reviewDueDate.slice(0, 10)}>{day.format(new Date(review.reviewDueDate))}</time>
                </span>
              </li>
            ))}
          </Card>
        )}
        {data.failedDeliveries && (
          <Card title={w.deliveries} empty={w.noDeliveries}>
            {data.failedDeliveries.map((delivery) => (
              <li key={delivery.id} style={styles.item}>
                {link('webhook-deliveries', delivery.id, `${delivery.webhook} · ${delivery.event}`)}{' '}
                <span style={styles.meta}>
                  <time dateTime={delivery.date}>{when.format(new Date(delivery.date))}</time>
                  {delivery.error ? ` · ${delivery.error}` : ''}
                </span>
              </li>
            ))}
          </Card>
        )}
      </div>
    </div>
  )
}
