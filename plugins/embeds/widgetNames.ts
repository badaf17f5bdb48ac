/**
 * The widgets: `<relais-NAME>`, built from embeds/NAME.ts, served under /embed/v1/. Everything
 * else about them is in contract.ts; this list stands apart, with no imports, because the
 * loader bundles it and must stay a few hundred bytes.
 */
export const widgetNames = ['news', 'services', 'units', 'sheet', 'orienteer'] as const

export type WidgetName = (typeof widgetNames)[number]
