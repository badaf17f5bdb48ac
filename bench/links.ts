/**
 * npm run bench:links: what an absolute link costs the hub, beside building a URL by hand (the
 * floor) and parsing the settings (what each link paid when it read the environment again).
 * A widget of 50 items builds about 100 links per uncached read.
 */
import { absoluteUrl } from '../src/lib/absoluteUrl'
import { readerUrl } from '../src/lib/readerUrls'
import { readSettings } from '../src/lib/settings'

const env = { PAYLOAD_SECRET: 'bench-secret-0123456789abcdef', SERVER_URL: 'https://relais.example.fr' }
const { origin } = readSettings(env)
const rounds = Number(process.env.BENCH_ROUNDS ?? 200_000)

/** Microseconds per call, the best of five runs (the others pay for whatever else the machine did). */
function microseconds(run: (i: number) => unknown): number {
  for (let i = 0; i < 10_000; i++) run(i)
  let best = Infinity
  for (let attempt = 0; attempt < 5; attempt++) {
    const started = process.hrtime.bigint()
    for (let i = 0; i < rounds; i++) run(i)
    best = Math.min(best, Number(process.hrtime.bigint() - started) / rounds / 1000)
  }
  return best
}

const floor = microseconds((i) => new URL(`/api/news/${i}`, 'https://relais.example.fr').toString())
const rows = [
  ['new URL(path, origin) (the floor)', floor],
  ['absoluteUrl(origin, path)', microseconds((i) => absoluteUrl(origin, `/api/news/${i}`))],
  ["readerUrl(origin, 'news', slug)", microseconds((i) => readerUrl(origin, 'news', `actualite-${i}`, 'fr'))],
  ['readSettings() (once at start)', microseconds(() => readSettings(env))],
] as const
console.log(`Links on Node ${process.version}, ${rounds} calls a run, best of 5\n`)
for (const [name, us] of rows) console.log(`  ${name.padEnd(36)} ${us.toFixed(2).padStart(7)} µs  ${(us / floor).toFixed(1)}× the floor`)
