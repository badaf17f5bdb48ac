import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

const wordpressDir = '/usr/share/wordpress'
const mariadb = (sql: string) => execFileSync('mariadb', ['-h', '127.0.0.1', '-u', 'root', '-e', sql], { stdio: ['ignore', 'pipe', 'pipe'] })

/**
 * Whether Debian's WordPress can run here (the package, PHP's CLI with mysqli, MariaDB). Under
 * CI=true anything missing is an error, never a skip; elsewhere the test is left out, loudly.
 */
export function wordpressAvailable(): boolean {
  const missing: string[] = []
  if (!fs.existsSync(path.join(wordpressDir, 'wp-settings.php'))) missing.push('wordpress')
  try {
    if (!execFileSync('php', ['-m'], { encoding: 'utf8' }).includes('mysqli')) missing.push('php-mysql')
  } catch {
    missing.push('php-cli')
  }
  try {
    mariadb('SELECT 1')
  } catch {
    missing.push('a MariaDB server at 127.0.0.1:3306 (root, no password)')
  }
  if (missing.length === 0) return true
  const message = `WordPress cannot run here: missing ${missing.join(', ')} (apt-get install wordpress php-cli php-mysql)`
  if (process.env.CI === 'true') throw new Error(message)
  console.warn(`\n*** ${message}; the WordPress tests are LEFT OUT. ***\n`)
  return false
}

async function freePortInRange(): Promise<number> {
  // Chromium refuses a few ports; this range is the one the browser tests use.
  const first = 3300 + Math.floor(Math.random() * 100)
  for (let i = 0; i < 100; i++) {
    const port = 3300 + ((first - 3300 + i) % 100)
    const free = await new Promise<boolean>((resolve) => {
      const probe = net.createServer()
      probe.once('error', () => resolve(false))
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)))
    })
    if (free) return port
  }
  throw new Error('no free port between 3300 and 3399')
}

const php = (code: string) => `<?php\n${code}\n`

export type WordPress = {
  url: string
  /** Publishes a post as `author` or `editor` whose content is `content`; returns its address. */
  publish: (role: 'author' | 'editor', title: string, content: string) => string
  close: () => Promise<void>
}

/**
 * Debian's WordPress 6.1, as a commune's webmaster runs it: its own files, a database on the
 * machine's MariaDB, served by PHP's built-in server. Installed with `wp_install`; the only
 * change to a stock install is a must-use plugin letting WordPress fetch from the hub's test
 * port (WordPress only asks ports 80, 443 and 8080 of other sites).
 */
export async function startWordPress(hubPort: number): Promise<WordPress> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-wordpress-'))
  const root = path.join(dir, 'site')
  const content = path.join(dir, 'wp-content')
  fs.mkdirSync(root)
  fs.mkdirSync(path.join(content, 'mu-plugins'), { recursive: true })
  fs.mkdirSync(path.join(content, 'uploads'), { recursive: true })
  // The top-level files are copied (WordPress finds its config next to wp-load.php); the
  // libraries are Debian's, through links.
  for (const entry of fs.readdirSync(wordpressDir)) {
    const source = path.join(wordpressDir, entry)
    if (entry === 'wp-config.php' || entry === 'wp-content') continue
    if (fs.statSync(source).isDirectory()) fs.symlinkSync(source, path.join(root, entry))
    else fs.copyFileSync(source, path.join(root, entry))
  }
  fs.symlinkSync(path.join(wordpressDir, 'wp-content', 'themes'), path.join(content, 'themes'))

  const port = await freePortInRange()
  const url = `http://127.0.0.1:${port}`
  const database = `relais_wp_${crypto.randomBytes(5).toString('hex')}`
  mariadb(`CREATE DATABASE ${database} CHARACTER SET utf8mb4`)
  const salt = () => crypto.randomBytes(24).toString('hex')
  fs.writeFileSync(
    path.join(root, 'wp-config.php'),
    php(`
define('DB_NAME', '${database}');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', '127.0.0.1');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map((key) => `define('${key}', '${salt()}');`).join('\n')}
$table_prefix = 'wp_';
define('WP_HOME', '${url}');
define('WP_SITEURL', '${url}');
define('WP_CONTENT_DIR', '${content}');
define('WP_CONTENT_URL', '${url}/wp-content');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`),
  )
  // Stock WordPress refuses to fetch from any port but 80, 443 and 8080; the hub under test listens elsewhere.
  fs.writeFileSync(
    path.join(content, 'mu-plugins', 'relais-test-port.php'),
    php(`add_filter('http_allowed_safe_ports', function ($ports) { $ports[] = ${hubPort}; return $ports; });`),
  )
  const runPhp = (code: string) =>
    execFileSync('php', ['-r', code], { cwd: root, encoding: 'utf8', env: { ...process.env, HTTP_HOST: `127.0.0.1:${port}` } })
  runPhp(`
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
define('WP_INSTALLING', true);
require '${root}/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install('Mairie de démonstration', 'admin', 'admin@mairie.example', true, '', 'admin-password-0123');
foreach (['author', 'editor'] as $role) {
  $id = wp_create_user($role . '-user', 'password-0123', $role . '@mairie.example');
  (new WP_User($id))->set_role($role);
}
`)

  const server: ChildProcess = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', root], { stdio: ['ignore', 'ignore', 'pipe'] })
  let log = ''
  server.stderr?.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-20_000)))
  const deadline = Date.now() + 20_000
  for (;;) {
    if (server.exitCode !== null) throw new Error(`php -S exited:\n${log}`)
    try {
      // The body is read to its end: PHP's server closes the connection after it, and undici
      // asserts if a socket ends under a response nobody read.
      const response = await fetch(`${url}/`)
      await response.arrayBuffer()
      if (response.status < 500) break
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`WordPress did not answer within 20 s:\n${log}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }

  return {
    url,
    publish: (role, title, postContent) => {
      const id = runPhp(`
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
require '${root}/wp-load.php';
$user = get_user_by('login', '${role}-user');
wp_set_current_user($user->ID);
echo wp_insert_post(['post_title' => ${JSON.stringify(title)}, 'post_content' => ${JSON.stringify(postContent)}, 'post_status' => 'publish', 'post_author' => $user->ID]);
`).trim()
      if (!/^\d+$/.test(id)) throw new Error(`WordPress did not publish the post: ${id}`)
      return `${url}/?p=${id}`
    },
    close: async () => {
      server.kill('SIGTERM')
      await new Promise((resolve) => (server.exitCode !== null ? resolve(null) : server.once('exit', resolve)))
      try {
        mariadb(`DROP DATABASE IF EXISTS ${database}`)
      } catch {
        // The server went away: nothing left to drop.
      }
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** What WordPress's block editor saves when an address is pasted alone into a post: an Embed block. */
export const embedBlock = (url: string) =>
  `<!-- wp:embed ${JSON.stringify({ url })} -->\n<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\n${url}\n</div></figure>\n<!-- /wp:embed -->\n`

/** A Custom HTML block, as its author typed it. */
export const htmlBlock = (html: string) => `<!-- wp:html -->\n${html}\n<!-- /wp:html -->\n`
