const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text and attribute values in the hub's own HTML pages. */
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => entities[c])
