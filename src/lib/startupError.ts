/**
 * A setting the hub cannot start with. Its message is meant for the operator as it is: one line
 * per problem, each starting with the variable to change and ending with what to do.
 */
export class StartupError extends Error {
  override name = 'StartupError'
}

/** By name, so that an error from another copy of this module (Next's bundle) is recognised too. */
export const isStartupError = (error: unknown): error is StartupError => error instanceof Error && error.name === 'StartupError'
