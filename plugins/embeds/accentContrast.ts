import { colord, type Colord } from 'colord'

/**
 * An accent colour a webmaster chooses is drawn as text on the widget's background and as the
 * background of button text (embeds/runtime/styles.ts): it must reach WCAG's 4.5:1 against
 * both, in the palette the widget shows. Used by the frame pages and by the snippet builder.
 */
export const minimumContrast = 4.5

export type Palette = 'light' | 'dark'

/** The default background, and the default text on an accent, of each palette. */
export const paletteColours: Record<Palette, { background: string; onAccent: string }> = {
  light: { background: '#ffffff', onAccent: '#ffffff' },
  dark: { background: '#17181c', onAccent: '#0b1a3a' },
}

// WCAG 2's relative luminance and contrast ratio, unrounded: colord's a11y plugin rounds the
// ratio to two decimals, which would pass a 4.496:1 that axe (and WCAG) fail.
const luminance = (colour: string): number => {
  const { r, g, b } = colord(colour).toRgb()
  const [R, G, B] = [r, g, b].map((value) => {
    const c = value / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * R + 0.7152 * G + 0.0722 * B
}

export function contrastRatio(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m)
  return (x + 0.05) / (y + 0.05)
}

/** The lower of the accent's contrasts with the palette's background and with the text drawn on it. */
export function accentContrast(accent: string, palette: Palette): number {
  const { background, onAccent } = paletteColours[palette]
  return Math.min(contrastRatio(accent, background), contrastRatio(accent, onAccent))
}

/**
 * The accent itself when it is legible in the palette, else the nearest legible colour of the
 * same hue: darker on the light palette, lighter on the dark one. Always ends: black reaches
 * 21:1 against white, white more than 15:1 against the dark palette.
 */
export function legibleAccent(accent: string, palette: Palette): string {
  let colour: Colord = colord(accent)
  while (accentContrast(colour.toHex(), palette) < minimumContrast) colour = palette === 'light' ? colour.darken(0.02) : colour.lighten(0.02)
  return colour.toHex()
}

/**
 * The custom properties that give a widget its accent, legible in each palette it may show: the
 * light one, the dark one, or both for `auto` (no colour is legible on both a white and a dark
 * background, so the dark palette gets the accent made lighter).
 */
export function accentProperties(accent: string, appearance: 'light' | 'dark' | 'auto' | undefined): Record<string, string> {
  const properties: Record<string, string> = {}
  if (appearance !== 'dark') properties['--relais-accent'] = legibleAccent(accent, 'light')
  if (appearance === 'dark' || appearance === 'auto') properties['--relais-accent-dark'] = legibleAccent(accent, 'dark')
  return properties
}
