export type GuideGraph = {
  startStep?: string | null
  steps?: { key?: string | null; answers?: { label?: string | null; next?: string | null }[] | null }[] | null
  outcomes?: { key?: string | null }[] | null
}

/**
 * Every problem that would strand a reader: a missing or duplicate key, an answer leading
 * nowhere, a question without answers (a dead end), a path that comes back to a question
 * already asked (a loop), a question no path reaches. Each message names the step.
 */
export function guideGraphProblems(guide: GuideGraph): string[] {
  const problems: string[] = []
  const steps = guide.steps ?? []
  const outcomeKeys = new Set<string>()
  const stepsByKey = new Map<string, NonNullable<GuideGraph['steps']>[number]>()
  for (const [index, outcome] of (guide.outcomes ?? []).entries()) {
    if (!outcome.key) problems.push(`outcomes[${index}]: the outcome has no key`)
    else if (outcomeKeys.has(outcome.key)) problems.push(`outcomes: the key "${outcome.key}" is used twice`)
    else outcomeKeys.add(outcome.key)
  }
  for (const [index, step] of steps.entries()) {
    if (!step.key) problems.push(`steps[${index}]: the step has no key`)
    else if (stepsByKey.has(step.key) || outcomeKeys.has(step.key)) problems.push(`steps: the key "${step.key}" is used twice`)
    else stepsByKey.set(step.key, step)
  }
  if (problems.length) return problems

  if (!guide.startStep) return ['startStep: name the step the guide starts with']
  if (!stepsByKey.has(guide.startStep)) return [`startStep: no step has the key "${guide.startStep}"`]

  for (const [key, step] of stepsByKey) {
    const answers = step.answers ?? []
    if (answers.length === 0) problems.push(`steps "${key}": a question without answers is a dead end`)
    for (const answer of answers) {
      const label = answer.label ? `"${answer.label}"` : '(no label)'
      if (!answer.next) problems.push(`steps "${key}": the answer ${label} leads nowhere (a dead end); choose a next step or an outcome`)
      else if (!stepsByKey.has(answer.next) && !outcomeKeys.has(answer.next)) {
        problems.push(`steps "${key}": the answer ${label} leads to "${answer.next}", which is neither a step nor an outcome`)
      }
    }
  }
  if (problems.length) return problems

  // Depth-first walk from the start: a step met again on the current path is a loop.
  const visited = new Set<string>()
  const onPath: string[] = []
  const walk = (key: string): void => {
    if (onPath.includes(key)) {
      problems.push(`steps "${onPath[onPath.length - 1]}": an answer leads back to "${key}", which makes a loop (${[...onPath.slice(onPath.indexOf(key)), key].join(' → ')})`)
      return
    }
    if (visited.has(key)) return
    visited.add(key)
    onPath.push(key)
    for (const answer of stepsByKey.get(key)?.answers ?? []) if (answer.next && stepsByKey.has(answer.next)) walk(answer.next)
    onPath.pop()
  }
  walk(guide.startStep)
  for (const key of stepsByKey.keys()) {
    if (!visited.has(key)) problems.push(`steps "${key}": no answer leads to this step from "${guide.startStep}"`)
  }
  return problems
}
