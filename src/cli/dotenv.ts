import crypto from 'node:crypto'
import fs from 'node:fs'

/** Loads .env (as Next does) so every command sees the same settings. */
export function loadDotEnv(file = '.env'): void {
  if (fs.existsSync(file)) process.loadEnvFile(file)
}

/** A demo hub needs a secret; the first start writes one into .env and keeps it. */
export function ensureSecret(file = '.env'): boolean {
  loadDotEnv(file)
  if (process.env.PAYLOAD_SECRET) return false
  const secret = crypto.randomBytes(32).toString('hex')
  const previous = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''
  const separator = previous && !previous.endsWith('\n') ? '\n' : ''
  fs.writeFileSync(file, `${previous}${separator}PAYLOAD_SECRET=${secret}\n`, { mode: 0o600 })
  process.env.PAYLOAD_SECRET = secret
  return true
}
