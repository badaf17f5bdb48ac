import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * Browser globals that TypeScript's DOM library declares everywhere: in server code, a stray
 * `name`, `origin` or `location` compiles and then fails (or reads the wrong thing) at run time.
 */
const browserGlobals = [
  'window',
  'document',
  'location',
  'origin',
  'name',
  'self',
  'top',
  'parent',
  'frames',
  'opener',
  'event',
  'status',
  'length',
  'close',
  'closed',
  'open',
  'history',
  'navigator',
  'screen',
  'localStorage',
  'sessionStorage',
  'customElements',
].map((name) => ({ name, message: `"${name}" is a browser global: browser code lives in embeds/ (or an admin client component).` }))

/**
 * The dependency rules of the layout, on import specifiers (every import of the project is
 * relative; `@payload-config` is the one alias). A specifier climbs with `../` to the folder it
 * names, so `^(\.\./)+plugins/` is "something in plugins/" from anywhere below the root.
 */
const up = String.raw`^(\.\./)+`
const rule = (regex, message) => ({ regex, message })
const httpFrameworks = rule(
  String.raw`^(next|express|fastify|koa|hono|@hapi/hapi|@payloadcms/next)(/|$)`,
  'src/lib is the domain layer: no HTTP framework (the edge and Next adapt requests to it).',
)
const testCode = rule(`${up}test(/|$)`, 'Only tests import test helpers: the hub and its benchmarks never do.')
const edgeServer = rule(
  `${up}src/edge(/(?!contract(/|$))|$)`,
  'Only src/edge/contract is shared: the rest of src/edge is the server, which imports plugins, not the other way round.',
)
const serverOnly = [
  rule(
    String.raw`^(node:|payload$|payload/|@payloadcms/|next$|next/|react$|react-dom|pg$|ioredis$|zod$)`,
    'Widgets run in the host page: no server package.',
  ),
  // A type is erased from the bundle: the widgets may share the hub's (the language, for one).
  {
    ...rule(`${up}(src|collections|seed|test|payload\\.config|payload-types)(/|$)`, 'Widgets run in the host page: no hub code.'),
    allowTypeImports: true,
  },
]
/** Modules of plugins/embeds with no server import, shared with the widgets' browser code. */
const browserShared = String.raw`plugins/embeds/(catalogue|accentContrast)$`

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.next/',
      'data/',
      'dist/',
      'coverage/',
      'src/migrations/',
      'payload-types.ts',
      'src/app/(payload)/admin/importMap.js',
      'scratch/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs', '.ci/*.ts', 'src/cli/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // `_name` says "deliberately unused" (a destructured field left out, a handler's argument).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      'no-restricted-globals': ['error', ...browserGlobals],
    },
  },
  {
    // Browser code: the widgets, the admin's client components, and what tests run in Chromium.
    files: ['embeds/**', 'src/admin/**/*.tsx', 'test/**'],
    languageOptions: { globals: globals.browser },
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    // The blocks below replace this rule's patterns for their folders, and repeat this one.
    files: ['src/**', 'bench/**', 'seed/**', 'plugins/**', 'collections/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [testCode] }] },
  },
  {
    files: ['collections/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [rule(`${up}plugins(/|$)`, 'Collections are the schema: plugins add to them, never the other way round.'), edgeServer, testCode],
        },
      ],
    },
  },
  {
    files: ['src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            httpFrameworks,
            edgeServer,
            rule(`${up}(collections|plugins)(/|$)`, 'src/lib is the domain layer: collections and plugins build on it, not the other way round.'),
            testCode,
          ],
        },
      ],
    },
  },
  {
    files: ['plugins/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [edgeServer, testCode] }] },
  },
  {
    files: ['src/edge/contract/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [rule(String.raw`^\.\./`, 'The edge contract is framework-free and imports nothing of the hub.'), httpFrameworks, testCode] },
      ],
    },
  },
  {
    files: ['embeds/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...serverOnly,
            {
              regex: `${up}plugins/(?!${browserShared.slice('plugins/'.length)})`,
              allowTypeImports: true,
              message: 'Widgets import types only from the plugins (the widget contract); values only from the modules shared with the browser.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['plugins/embeds/catalogue.ts', 'plugins/embeds/accentContrast.ts'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [...serverOnly, { ...rule(String.raw`^\.\./`, 'Shared with the widgets: no hub code.'), allowTypeImports: true }] },
      ],
    },
  },
  prettier,
)
