// The layers of docs/ARCHITECTURE.md ("Guardrails"), checked on every `npm run lint`:
//   domain ← core ← db ← modules/<feature> ← server ← cli, bin   (jobs sit beside the modules)
// Each rule forbids what a layer may not import; npm packages are never restricted here.
// Tests (`*.test.ts`, `src/test/**`) may import anything. Type-only imports count too
// (tsPreCompilationDeps), so a cycle through `import type` is still a cycle.

/** Our own code: the dependencies these rules are about (npm packages and Node's modules are not). */
const OURS = '^(src|web|bin|e2e|bench)/';
const TESTS = '(^src/test/|\\.test\\.tsx?$)';
/** What other modules, the jobs and the web app may use of a module: its request/response schemas. */
const SCHEMAS = '^src/modules/[^/]+/schemas\\.ts$';

/** A rule that forbids files in `from` (tests excepted) to import our code outside `allowed`. */
function onlyImports(name, comment, from, allowed) {
  return {
    name,
    comment,
    severity: 'error',
    from: { path: from, pathNot: TESTS },
    to: { path: OURS, pathNot: allowed },
  };
}

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A cycle makes two files one unit that cannot be understood, tested or loaded apart.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    onlyImports(
      'domain-is-pure',
      'src/domain is pure toolbox logic: it imports only itself and npm packages.',
      '^src/domain/',
      '^src/domain/',
    ),
    onlyImports('core-below-db', 'src/core builds on src/domain only.', '^src/core/', '^src/(core|domain)/'),
    {
      ...onlyImports(
        'db-below-modules',
        'src/db builds on src/core and src/domain only.',
        '^src/db/',
        '^src/(db|core|domain)/',
      ),
      from: { path: '^src/db/', pathNot: [TESTS, '^src/db/migrations/'] },
    },
    onlyImports(
      'migrations-frozen',
      'A migration must give the same result forever, so it imports nothing of ours outside src/db/migrations (copy what it needs there, frozen).',
      '^src/db/migrations/',
      '^src/db/migrations/',
    ),
    onlyImports(
      'module-boundaries',
      'A module uses domain, core, db, modules/common and itself; of another module only its schemas.ts (services come through the registry).',
      '^src/modules/([^/]+)/',
      ['^src/(domain|core|db)/', '^src/modules/(common|$1)/', SCHEMAS],
    ),
    onlyImports(
      'jobs-boundaries',
      "Cross-network jobs use domain, core, db, modules/common and modules' schemas; services come through the registry.",
      '^src/jobs/',
      ['^src/(jobs|domain|core|db)/', '^src/modules/common/', SCHEMAS],
    ),
    {
      name: 'server-below-cli',
      comment: 'src/server assembles the app from everything under src except the command line.',
      severity: 'error',
      from: { path: '^src/server/', pathNot: TESTS },
      to: { path: OURS, pathNot: '^src/(?!cli/)' },
    },
    {
      name: 'server-only-from-the-top',
      comment:
        'Only src/cli and bin (and tests) import src/server; what other code needs of it is an interface in src/core.',
      severity: 'error',
      from: { pathNot: ['^src/(server|cli)/', '^bin/', TESTS] },
      to: { path: '^src/server/' },
    },
    {
      name: 'web-uses-shared-code-only',
      comment: "The web app imports of the server's code only src/domain and the modules' schemas.ts.",
      severity: 'error',
      from: { path: '^web/src/' },
      // src/types holds ambient declarations of untyped npm packages, which shared code needs to type-check.
      to: { path: '^src/', pathNot: ['^src/domain/', SCHEMAS, '^src/types/[^/]+\\.d\\.ts$'] },
    },
  ],
  options: {
    includeOnly: OURS,
    exclude: { path: '(^|/)(dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
    reporterOptions: { text: { highlightFocused: true } },
  },
};
