import type { EmailAdapter, SendEmailOptions } from 'payload'

const addresses = (value: SendEmailOptions['to']): string => {
  const list = Array.isArray(value) ? value : value ? [value] : []
  return list.map((entry) => (typeof entry === 'string' ? entry : entry.address)).join(', ')
}

/**
 * The demo's mail: every message is written to the hub's log, whole (recipients, subject, text),
 * so a demo shows what editors would receive without any mail server. Written here because
 * Payload's own console fallback is not exported, logs only the recipient and subject, and
 * warns at every start that no adapter is configured.
 */
export const consoleEmail =
  (): EmailAdapter =>
  ({ payload }) => ({
    name: 'console',
    defaultFromAddress: 'relais@localhost',
    defaultFromName: 'Relais',
    sendEmail: async (message) => {
      const body = typeof message.text === 'string' ? message.text : typeof message.html === 'string' ? message.html : ''
      payload.logger.info({ msg: `email to ${addresses(message.to)}: ${message.subject ?? '(no subject)'}\n${body}`.trimEnd() })
    },
  })
