import type { Say } from '../../src/lib/editorMessages'

export type GuideGraph = {
  startStep?: string | null
  steps?: { key?: string | null; answers?: { label?: string | null; next?: string | null }[] | null }[] | null
  outcomes?: { key?: string | null }[] | null
}

/** A problem of a guide, at the path of the row or field to correct (`steps.1.answers.0.next`). */
export type GuideProblem = { path: string; message: string }

/**
 * Every problem that would strand a reader: a missing or duplicate key, an answer leading
 * nowhere, a question without answers (a dead end), a path that comes back to a question
 * already asked (a loop), a question no path reaches. Each message names the question and
 * says what to do, in the language of `say`.
 */
export function guideGraphProblems(guide: GuideGraph, say: Say): GuideProblem[] {
  const problems: GuideProblem[] = []
  const steps = guide.steps ?? []
  const outcomeKeys = new Set<string>()
  const stepsByKey = new Map<string, { index: number; step: NonNullable<GuideGraph['steps']>[number] }>()
  for (const [index, outcome] of (guide.outcomes ?? []).entries()) {
    if (!outcome.key) problems.push({ path: `outcomes.${index}.key`, message: say('guideOutcomeWithoutKey', { position: index + 1 }) })
    else if (outcomeKeys.has(outcome.key)) problems.push({ path: `outcomes.${index}.key`, message: say('guideKeyTwice', { key: outcome.key }) })
    else outcomeKeys.add(outcome.key)
  }
  for (const [index, step] of steps.entries()) {
    if (!step.key) problems.push({ path: `steps.${index}.key`, message: say('guideStepWithoutKey', { position: index + 1 }) })
    else if (stepsByKey.has(step.key) || outcomeKeys.has(step.key))
      problems.push({ path: `steps.${index}.key`, message: say('guideKeyTwice', { key: step.key }) })
    else stepsByKey.set(step.key, { index, step })
  }
  if (problems.length) return problems

  if (!guide.startStep) return [{ path: 'startStep', message: say('guideNoStart') }]
  if (!stepsByKey.has(guide.startStep)) return [{ path: 'startStep', message: say('guideUnknownStart', { key: guide.startStep }) }]

  for (const [key, { index, step }] of stepsByKey) {
    const answers = step.answers ?? []
    if (answers.length === 0) problems.push({ path: `steps.${index}.answers`, message: say('guideStepWithoutAnswers', { key }) })
    for (const [position, answer] of answers.entries()) {
      const label = answer.label || say('guideNoLabel')
      const path = `steps.${index}.answers.${position}.next`
      if (!answer.next) problems.push({ path, message: say('guideAnswerNowhere', { key, label }) })
      else if (!stepsByKey.has(answer.next) && !outcomeKeys.has(answer.next)) {
        problems.push({ path, message: say('guideAnswerUnknownTarget', { key, label, next: answer.next }) })
      }
    }
  }
  if (problems.length) return problems

  // Depth-first walk from the start: a step met again on the current path is a loop.
  const visited = new Set<string>()
  const onPath: string[] = []
  const walk = (key: string): void => {
    if (onPath.includes(key)) {
      const from = onPath[onPath.length - 1]
      const path = [...onPath.slice(onPath.indexOf(key)), key].join(' → ')
      problems.push({ path: `steps.${stepsByKey.get(from)?.index}.answers`, message: say('guideLoop', { key: from, target: key, path }) })
      return
    }
    if (visited.has(key)) return
    visited.add(key)
    onPath.push(key)
    for (const answer of stepsByKey.get(key)?.step.answers ?? []) if (answer.next && stepsByKey.has(answer.next)) walk(answer.next)
    onPath.pop()
  }
  walk(guide.startStep)
  for (const [key, { index }] of stepsByKey) {
    if (!visited.has(key)) problems.push({ path: `steps.${index}`, message: say('guideUnreachable', { key, start: guide.startStep }) })
  }
  return problems
}
