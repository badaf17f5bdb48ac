/**
 * Node 20's ESM loader now and then drops a module load (see src/cli/runScript.ts): the import
 * never settles and the event loop drains. Loaded through a dynamic import, the process then ends
 * with code 0 and nothing printed, which a supervisor (systemd's Restart=on-failure, npm start)
 * takes for a clean stop. A command that always leaves through `process.exit`, or keeps a server
 * listening, calls this first: an emptied event loop is that stall, told as exit 13 so that it is
 * started again.
 */
export function exitOnLoadingStall(command: string): void {
  process.once('beforeExit', () => {
    console.error(`${command}: Node stopped while loading modules (exit 13); start it again`)
    process.exit(13)
  })
}
