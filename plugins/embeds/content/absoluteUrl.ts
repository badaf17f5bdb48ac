/** Media URLs are relative to the hub; a widget on another site needs them absolute. */
export function absoluteUrl(url: string | null | undefined, origin: string): string | null {
  if (!url) return null
  return new URL(url, origin).toString()
}
