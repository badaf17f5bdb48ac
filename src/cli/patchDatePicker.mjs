/**
 * Run by npm after every install (postinstall), before the admin is built.
 *
 * Payload's date picker writes a date it was given no format for in American English: the
 * scheduling drawer gives none, so editors read « déc. 6, 2026 4:43 PM » and a 12-hour clock.
 * Neither a setting (the drawer ignores `admin.dateFormat` and takes only `timeFormat` and
 * `timeIntervals`) nor a translation reaches it, and the picker is bundled inside
 * @payloadcms/ui's minified chunks, where a patch file would hold the whole 700 KB line. The
 * picker's defaults are replaced here instead, in both of its builds, by the formats the rest of
 * the admin uses (dd/MM/yyyy HH:mm, as `admin.dateFormat`). Plain JavaScript, run with node:
 * nothing else is needed at install time.
 *
 * Each replacement names the text it expects exactly once. A version of @payloadcms/ui without it
 * stops the install with the file's name, until the replacement is written again for it.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

// Where npm installs it for this project (the package exports no path to its package.json).
const ui = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../node_modules/@payloadcms/ui')

const replacements = {
  'dist/elements/DatePicker/DatePicker.js': [
    ['const timeFormat = t2 === undefined ? "h:mm aa" : t2;', 'const timeFormat = t2 === undefined ? "HH:mm" : t2;'],
    ['dateFormat = "MM/dd/yyyy";', 'dateFormat = "dd/MM/yyyy";'],
    ['dateFormat = "MMM d, yyy h:mm a";', 'dateFormat = "dd/MM/yyyy HH:mm";'],
    ['dateFormat = "h:mm a";', 'dateFormat = "HH:mm";'],
  ],
  'dist/exports/client/chunk-B52EQI3B.js': [
    ['Y=y===void 0?"h:mm aa":y', 'Y=y===void 0?"HH:mm":y'],
    [
      'T==="default"?B="MM/dd/yyyy":T==="dayAndTime"?B="MMM d, yyy h:mm a":T==="timeOnly"?B="h:mm a"',
      'T==="default"?B="dd/MM/yyyy":T==="dayAndTime"?B="dd/MM/yyyy HH:mm":T==="timeOnly"?B="HH:mm"',
    ],
  ],
}

const version = JSON.parse(fs.readFileSync(path.join(ui, 'package.json'), 'utf8')).version
for (const [file, pairs] of Object.entries(replacements)) {
  const full = path.join(ui, file)
  if (!fs.existsSync(full)) {
    console.error(`patchDatePicker: @payloadcms/ui ${version} has no ${file}: write the replacements again for this version.`)
    process.exit(1)
  }
  let text = fs.readFileSync(full, 'utf8')
  let changed = false
  for (const [from, to] of pairs) {
    // Already replaced by an earlier install.
    if (text.split(to).length === 2 && !text.includes(from)) continue
    if (text.split(from).length !== 2) {
      console.error(
        `patchDatePicker: @payloadcms/ui ${version}, ${file} does not hold ${JSON.stringify(from)} once: write the replacements again for this version.`,
      )
      process.exit(1)
    }
    text = text.replace(from, to)
    changed = true
  }
  // A new file rather than a write in place: node_modules may be hard-linked to another checkout's.
  if (changed) {
    fs.writeFileSync(`${full}.relais`, text)
    fs.renameSync(`${full}.relais`, full)
  }
}
