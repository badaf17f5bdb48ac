/**
 * The ceiling of the API benchmark: a bare node:http server that answers every request with the
 * bytes and headers it was given (what the hub sends for one cached read), and nothing else.
 * Started by bench/api.ts with the answer in BENCH_ANSWER (a JSON file).
 */
import fs from 'node:fs'
import http from 'node:http'

const answer = JSON.parse(fs.readFileSync(process.env.BENCH_ANSWER as string, 'utf8')) as { headers: Record<string, string>; body: string }
let headers = answer.headers
let body = Buffer.from(answer.body, 'base64')
// bench/api.ts swaps the answer between runs by rewriting the file and sending SIGHUP.
process.on('SIGHUP', () => {
  const next = JSON.parse(fs.readFileSync(process.env.BENCH_ANSWER as string, 'utf8')) as typeof answer
  headers = next.headers
  body = Buffer.from(next.body, 'base64')
  console.log('reloaded')
})
http
  .createServer((_req, res) => {
    res.writeHead(200, headers)
    res.end(body)
  })
  .listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`ready ${process.env.PORT}`))
