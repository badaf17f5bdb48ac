/**
 * The widgets' Custom Elements Manifest: `npx cem analyze` writes dist/custom-elements.json (tag
 * names, attributes, CSS parts and custom properties read from the classes' JSDoc), which
 * editors and component catalogues read. `npm run docs:widgets` makes docs/widget-styling.md
 * from it.
 */
export default {
  globs: ['embeds/*.ts', 'embeds/runtime/element.ts'],
  exclude: ['embeds/builder.ts', 'embeds/frame.ts', 'embeds/loader.ts'],
  outdir: 'dist',
  litelement: true,
  // The widgets are served by the hub, not published as a package: package.json stays as it is.
  packagejson: false,
}
