/**
 * Dependency rules of the support server (server/src), checked in the test suite (server/test/dependencies.test.ts)
 * and by `npm run deps:check`. Layers, from the bottom:
 *   base        db/, http/, shared/, config.ts, logger.ts, context.ts — know no feature
 *   features    auth, rate-limit, staff, tickets < attachments < conversation < notifications; saved-replies (above
 *               tickets); support, health; feedback (above tickets: it reads the pages tickets were asked from)
 *   composition services.ts, routes.ts, app.ts, server.ts, main.ts, maintenance.ts, openapi/, demo/
 * A feature may use the features below it, never one above; route files (routes.ts, *-routes.ts) are the edge of
 * their feature and may use any service. Only repositories (and db/) talk to the Prisma client.
 */
const features = '(auth|rate-limit|staff|tickets|attachments|conversation|notifications|saved-replies|support|health|feedback)';
const composition = '^server/src/(services|routes|app|server|main|maintenance)\\.ts$|^server/src/(openapi|demo)/';
const routeFile = '(^|/)(routes|[a-z-]+-routes)\\.ts$';

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'Modules must not import each other in a circle.', from: {}, to: { circular: true } },
    {
      name: 'base-knows-no-feature',
      severity: 'error',
      comment: 'db/, http/, shared/, config, logger and context are the base every feature builds on.',
      from: { path: '^server/src/(db|http|shared)/|^server/src/(config|logger|context)\\.ts$' },
      to: { path: [`^server/src/${features}/`, composition] },
    },
    {
      name: 'features-do-not-import-the-composition-root',
      severity: 'error',
      comment: 'Services get what they need passed in; only the composition root wires them.',
      from: { path: `^server/src/${features}/` },
      to: { path: composition },
    },
    {
      name: 'tickets-below-attachments-conversation-notifications',
      severity: 'error',
      comment: 'The ticket core reacts to nothing above it: they subscribe to its change pipeline instead.',
      from: { path: '^server/src/tickets/', pathNot: routeFile },
      to: { path: '^server/src/(attachments|conversation|notifications)/' },
    },
    {
      name: 'tickets-below-saved-replies',
      severity: 'error',
      comment: 'Saved replies are filled in from tickets; the ticket core never needs them.',
      from: { path: '^server/src/tickets/', pathNot: routeFile },
      to: { path: '^server/src/saved-replies/' },
    },
    {
      name: 'attachments-below-conversation-notifications',
      severity: 'error',
      from: { path: '^server/src/attachments/', pathNot: routeFile },
      to: { path: '^server/src/(conversation|notifications)/' },
    },
    {
      name: 'conversation-below-notifications',
      severity: 'error',
      comment: 'Replies reach the e-mail rules through the change pipeline, not by calling them.',
      from: { path: '^server/src/conversation/', pathNot: routeFile },
      to: { path: '^server/src/notifications/' },
    },
    {
      name: 'notifications-above-conversation-and-attachments-only-by-pipeline',
      severity: 'error',
      from: { path: '^server/src/notifications/' },
      to: { path: '^server/src/(conversation|attachments)/' },
    },
    {
      name: 'only-repositories-touch-prisma',
      severity: 'error',
      comment: 'The Prisma client (and its generated types) is for repositories and db/; services get repositories.',
      from: {
        path: '^server/src/',
        pathNot: ['(^|/|-)repository\\.ts$', '^server/src/db/', '^server/src/health/', composition, '^server/src/context\\.ts$', '^server/src/notifications/index\\.ts$', '^server/src/staff/bootstrap\\.ts$'],
      },
      to: { path: ['^server/src/db/database\\.ts$', '^server/src/db/generated/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^server/src/db/generated/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.server.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
