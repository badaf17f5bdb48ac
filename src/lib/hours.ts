import OpeningHours from 'opening_hours'

// The package needs a country to know which public holidays `PH` means.
export const franceLocation = { address: { country_code: 'fr', state: '' }, lat: 48.85, lon: 2.35 }

export function parseOpeningHours(value: string): OpeningHours {
  return new OpeningHours(value, franceLocation as never)
}

/** Null when the string is valid OpenStreetMap opening_hours syntax, else the parser's message. */
export function openingHoursError(value: string): string | null {
  try {
    parseOpeningHours(value)
    return null
  } catch (error) {
    return typeof error === 'string' ? error : error instanceof Error ? error.message : String(error)
  }
}
