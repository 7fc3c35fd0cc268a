# syntax=docker/dockerfile:1
# Handover: the built site and the compiled server in one image. Build it from the repository root:
#   docker build -t handover:0.3.0 .                       (the application)
#   docker build --target backup -t handover-backup:0.3.0 .  (pg_dump, aws CLI and scripts/backup.sh for the CronJob)
# Every runtime setting comes from the environment (README "Configuration"); nothing is baked in but defaults.
# HEALTHCHECK has no --start-period: dockerfilelint 1.8 rejects the option; 4 x 15 s covers a start with migrations.


# --- build: all dependencies, the Prisma client, the compiled server and the built site -------------------------
FROM node:20.20.2-bookworm-slim AS build
WORKDIR /app
# The site reads PUBLIC_URL at build time for the absolute links of its sitemap and feeds.
ARG PUBLIC_URL=http://localhost:8000
ENV PUBLIC_URL=${PUBLIC_URL} CI=true
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# --- deps: production dependencies only ---------------------------------------------------------------------------
FROM node:20.20.2-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

# --- backup: what the backup CronJob runs (pg_dump 15 matches the server; aws CLI for S3-compatible uploads) -------
FROM postgres:15.20-bookworm AS backup
RUN apt-get update \
 && apt-get install -y --no-install-recommends awscli ca-certificates \
 && rm -rf /var/lib/apt/lists/*
COPY scripts/backup.sh scripts/restore.sh /usr/local/bin/
RUN mkdir -p /backups && chown postgres:postgres /backups
USER postgres
ENTRYPOINT ["/usr/local/bin/backup.sh"]

# --- runtime: the default target (last stage) -------------------------------------------------------------------
FROM node:20.20.2-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=8000 \
    HOST=0.0.0.0 \
    DATA_DIR=/data \
    SITE_DIR=/app/build
WORKDIR /app
COPY --from=deps --chown=root:root /app/node_modules ./node_modules
COPY --from=build --chown=root:root /app/dist/server ./dist/server
COPY --from=build --chown=root:root /app/build ./build
COPY --from=build --chown=root:root /app/prisma/migrations ./prisma/migrations
# The ledger of docs changes the subscription digests list (DOCS_HISTORY_FILE): the image has no git history.
COPY --from=build --chown=root:root /app/docs-history.json ./docs-history.json
COPY --chown=root:root package.json ./
# The code is owned by root and read-only to the process; only DATA_DIR (embedded database, .eml files) is writable.
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=3s --retries=4 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
STOPSIGNAL SIGTERM
# Exec form: node is PID 1 and receives SIGTERM itself (no shell, no npm in between), so it drains and exits.
ENTRYPOINT ["node", "dist/server/main.js"]
