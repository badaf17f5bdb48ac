/**
 * The department a commune's INSEE code points to, read from the code itself: its first two
 * characters (01 to 95, 2A, 2B), three overseas (971 to 989). Light enough for the admin's
 * browser, which shows the department as the code is typed; the saved department comes from
 * INSEE's list (src/lib/territories.ts), which also knows the few communes whose code starts
 * with another department's number.
 */
export function departmentOfCommuneCode(code: unknown): string | undefined {
  if (typeof code !== 'string' || !/^(\d{5}|2[AB]\d{3})$/.test(code)) return undefined
  return code.startsWith('97') || code.startsWith('98') ? code.slice(0, 3) : code.slice(0, 2)
}
