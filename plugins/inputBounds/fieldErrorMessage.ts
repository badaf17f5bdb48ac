type FieldError = { path?: string; message?: string }

/**
 * One line naming every field path, as the README promises
 * (`address.inseeCode: Code INSEE inconnu : 99999. …`); Payload's own message names the
 * fields' labels instead, in the reader's language.
 */
export function fieldErrorMessage(errors: FieldError[]): string {
  return errors
    .map(({ path, message }) => {
      if (!path) return message ?? ''
      if (!message) return `${path}: invalid`
      return message.startsWith(`${path}:`) ? message : `${path}: ${message}`
    })
    .join('; ')
}
