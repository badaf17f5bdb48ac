/**
 * A field no published document lacks (a text required in French, read with the French
 * fallback; a slug its hook fills) though the generated types allow null: typed as the
 * widgets receive it.
 */
export const filled = (value: string | null | undefined): string => value ?? ''
