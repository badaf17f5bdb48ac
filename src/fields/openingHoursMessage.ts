import type { Say } from '../lib/editorMessages'
import type { HoursProblem } from '../lib/frenchHours'

const problemKeys = {
  notDayOrTime: 'hoursNotDayOrTime',
  badTime: 'hoursBadTime',
  missingEnd: 'hoursMissingEnd',
  noDays: 'hoursNoDays',
  osm: 'hoursOsm',
} as const

/** One sentence naming the part of the hours that could not be read, for the field and the form. */
export const hoursProblemMessage = (say: Say, problem: HoursProblem): string => say(problemKeys[problem.reason], { part: problem.part })
