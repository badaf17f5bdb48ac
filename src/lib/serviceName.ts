/** A service's name as readers see it, with its acronym when the name does not already say it. */
export function serviceName(service: { name?: string | null; acronym?: string | null }): string {
  const name = service.name ?? ''
  return service.acronym && !name.includes(service.acronym) ? `${name} (${service.acronym})` : name
}
