/**
 * Node 20's ESM loader now and then drops a module load (see src/cli/runScript.ts): the import
 * never settles and the event loop drains. Node 22 and later load the same modules every time,
 * so the re-runs and the exit code below are for Node 20 alone.
 */
export const loaderMayStall = Number(process.versions.node.split('.')[0]) < 22

/**
 * On Node 20, a command loaded through a dynamic import then ends with code 0 and nothing
 * printed, which a supervisor (systemd's Restart=on-failure, npm start) takes for a clean stop.
 * A command that always leaves through `process.exit`, or keeps a server listening, calls this
 * first: an emptied event loop is that stall, told as exit 13 so that it is started again.
 */
export function exitOnLoadingStall(command: string): void {
  if (!loaderMayStall) return
  process.once('beforeExit', () => {
    console.error(`${command}: Node stopped while loading modules (exit 13); start it again`)
    process.exit(13)
  })
}
