import { css } from 'lit'

/** Dark defaults, for appearance="dark" and for "auto" when the reader's system is dark. */
const darkPalette = css`
  --_on-accent: var(--relais-on-accent, #0b1a3a);
  --_bg: var(--relais-background, #17181c);
  --_surface: var(--relais-surface, #24262c);
  --_fg: var(--relais-text, #f2f2f2);
  --_muted: var(--relais-muted, #c5c7cc);
  --_border: var(--relais-border, #4a4d55);
  --_ok: var(--relais-open, #6fdc8c);
  --_ko: var(--relais-closed, #ffa48f);
  --_urgent: var(--relais-urgent, #ff9d9d);
  --_focus: var(--relais-focus, #8ab4ff);
`

/**
 * The host page's CSS cannot reach inside the shadow root, but inherited properties and rules
 * on the element itself can: those are reset here. The font family is inherited on purpose, and
 * colours, radius and spacing come from --relais-* custom properties.
 */
export const baseStyles = css`
  :host {
    display: block !important;
    box-sizing: border-box !important;
    float: none !important;
    padding: 0 !important;
    border: 0 !important;
    visibility: visible !important;
    contain: layout style;
    --_accent: var(--relais-accent, #00358e);
    --_on-accent: var(--relais-on-accent, #ffffff);
    --_bg: var(--relais-background, #ffffff);
    --_surface: var(--relais-surface, #f4f5f8);
    --_fg: var(--relais-text, #1e1e1e);
    --_muted: var(--relais-muted, #4f4f4f);
    --_border: var(--relais-border, #c4c7cc);
    --_ok: var(--relais-open, #136b34);
    --_ko: var(--relais-closed, #a1331c);
    --_urgent: var(--relais-urgent, #a1141c);
    --_radius: var(--relais-radius, 0.5rem);
    --_space: var(--relais-space, 1rem);
    --_focus: var(--relais-focus, #0a76f6);
  }
  /* An accent legible on white is never legible on a dark background: --relais-accent-dark is
     the accent of the dark palette, and --relais-accent serves there only when the host chose dark. */
  :host([appearance='dark']) {
    ${darkPalette}
    --_accent: var(--relais-accent-dark, var(--relais-accent, #a9c2ff));
  }
  @media (prefers-color-scheme: dark) {
    :host([appearance='auto']) {
      ${darkPalette}
      --_accent: var(--relais-accent-dark, #a9c2ff);
    }
  }
  .root {
    box-sizing: border-box;
    display: block;
    min-height: var(--relais-min-height, 14rem);
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    font-family: inherit;
    font-size: var(--relais-font-size, medium);
    font-style: normal;
    font-weight: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    cursor: auto;
    direction: ltr;
    overflow-wrap: anywhere;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .heading {
    margin: 0 0 calc(var(--_space) * 0.75);
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  .subheading {
    margin: 0 0 0.25em;
    font-size: 1.05em;
    font-weight: 700;
    line-height: 1.35;
  }
  p {
    margin: 0 0 0.6em;
  }
  ul,
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  button,
  select {
    font: inherit;
    color: var(--_on-accent);
    background: var(--_accent);
    border: 1px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.75);
    padding: 0.45em 0.9em;
    cursor: pointer;
    text-align: start;
    line-height: 1.3;
  }
  select,
  input {
    max-width: 100%;
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) * 0.75);
    padding: 0.4em 0.6em;
  }
  form[role='search'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    margin: 0.5em 0;
  }
  button.secondary {
    color: var(--_accent);
    background: transparent;
  }
  /* An action inside a line of text (the week's hours of a unit): a button, drawn as a link. */
  button.inline {
    padding: 0;
    border: 0;
    color: var(--_accent);
    background: none;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .back {
    margin: 0 0 0.75em;
  }
  /* Texts editors write at any length, cut to a few lines: the item's page has them whole. */
  .clamp {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_lines, 3);
    overflow: hidden;
  }
  .status {
    margin: 0 0 0.5em;
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .muted {
    color: var(--_muted);
    font-size: 0.92em;
  }
  .badge {
    display: inline-block;
    padding: 0.05em 0.5em;
    border-radius: 1em;
    font-size: 0.82em;
    font-weight: 700;
    border: 1px solid currentColor;
    vertical-align: 0.1em;
  }
  .item {
    padding: calc(var(--_space) * 0.75) 0;
    border-top: 1px solid var(--_border);
  }
  .item:first-child {
    border-top: 0;
    padding-top: 0;
  }
  .skeleton {
    display: block;
    height: 3.2em;
    margin: 0 0 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .fallback {
    padding: 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .see-all {
    margin: calc(var(--_space) * 0.75) 0 0;
    font-weight: 700;
  }
  .phone {
    user-select: all;
    -webkit-user-select: all;
    font-weight: 700;
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: pulse 1.5s ease-in-out infinite;
    }
  }
  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
  }
`
