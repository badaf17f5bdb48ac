import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

export const varnishdPath = process.env.VARNISHD_PATH || '/usr/sbin/varnishd'
const vclPath = path.resolve('deploy/varnish/default.vcl')

/** Why Varnish with its xkey module cannot run here, or null when it can. */
export function varnishMissing(): string | null {
  const xkey = fs.existsSync('/usr/lib/x86_64-linux-gnu/varnish/vmods/libvmod_xkey.so') || fs.existsSync('/usr/lib/varnish/vmods/libvmod_xkey.so')
  if (fs.existsSync(varnishdPath) && xkey) return null
  return `Varnish with xkey is missing (${varnishdPath}, varnish-modules): apt-get install varnish varnish-modules`
}

export async function freePort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

/** The committed VCL with its list of hubs (backends and director) replaced by hubs on these local ports. */
export function vclForHubs(hubPorts: number[]): string {
  const committed = fs.readFileSync(vclPath, 'utf8')
  const backends = hubPorts
    .map((port, i) => `backend hub${i + 1} {\n    .host = "127.0.0.1";\n    .port = "${port}";\n    .probe = ready;\n}\n`)
    .join('\n')
  const director = hubPorts.map((_, i) => `    hubs.add_backend(hub${i + 1});\n`).join('')
  const replaced = committed
    .replace(/(# hubs: one backend per instance\n)[\s\S]*?(# end of hubs)/, `$1${backends}$2`)
    .replace(/(# director: every backend above\n)[\s\S]*?( {4}# end of director)/, `$1${director}$2`)
  if (replaced === committed) throw new Error(`${vclPath}: its list of hubs was not found (the "# hubs:" and "# director:" markers)`)
  return replaced
}

/** Where the committed VCL reads the purge key the hubs send (their CACHE_PURGE_KEY). */
export const purgeKeyPath = '/etc/varnish/relais-purge.key'

/**
 * Debian's varnishd running this folder's VCL in front of one hub or several, on `port` (for the
 * test suite and the benchmarks). The VCL is used as committed, with only its hubs replaced and
 * its purge key (`purgeKey`, none when omitted) read from a file of its own.
 */
export async function startVarnish(
  port: number,
  hubPorts: number | number[],
  purgeKey?: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-varnish-'))
  fs.chmodSync(work, 0o755)
  const vcl = path.join(work, 'default.vcl')
  const keyFile = path.join(work, 'relais-purge.key')
  if (purgeKey !== undefined) fs.writeFileSync(keyFile, `${purgeKey}\n`, { mode: 0o644 })
  const forHubs = vclForHubs(Array.isArray(hubPorts) ? hubPorts : [hubPorts])
  if (!forHubs.includes(purgeKeyPath)) throw new Error(`${vclPath} no longer reads its purge key from ${purgeKeyPath}`)
  fs.writeFileSync(vcl, forHubs.replaceAll(purgeKeyPath, keyFile))
  const child: ChildProcess = spawn(
    varnishdPath,
    ['-F', '-a', `127.0.0.1:${port}`, '-f', vcl, '-n', path.join(work, 'instance'), '-s', 'malloc,64m', '-T', '127.0.0.1:0'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 30_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`varnishd exited (${child.exitCode}):\n${output}`)
    try {
      if ((await fetch(`${url}/healthz`)).ok) break
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`varnishd did not answer within 30 s:\n${output}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return {
    url,
    close: async () => {
      child.kill('SIGTERM')
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)))
      fs.rmSync(work, { recursive: true, force: true })
    },
  }
}
