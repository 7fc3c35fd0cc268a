-- Search (issue 12): the outbox of index changes, the shared index's position, the query counts of the admin report,
-- and the suggestions a customer saw while filing. tx_id is the writing transaction's id: consumers read rows only
-- below the oldest transaction still running, so a row that commits after a later one is never skipped.
-- AlterTable
ALTER TABLE "tickets" ADD COLUMN     "filing_suggestions" JSONB;

-- CreateTable
CREATE TABLE "search_index_changes" (
    "id" BIGSERIAL NOT NULL,
    "tx_id" BIGINT NOT NULL DEFAULT ((pg_current_xact_id())::text)::bigint,
    "ticket_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "search_index_changes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "search_consumers" (
    "name" TEXT NOT NULL,
    "tx_id" BIGINT NOT NULL DEFAULT 0,
    "change_id" BIGINT NOT NULL DEFAULT 0,
    "docs_hash" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "search_consumers_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "search_query_stats" (
    "day" DATE NOT NULL,
    "source" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "searches" INTEGER NOT NULL DEFAULT 0,
    "zero_results" INTEGER NOT NULL DEFAULT 0,
    "clicks" INTEGER NOT NULL DEFAULT 0,
    "deflections" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "search_query_stats_pkey" PRIMARY KEY ("day","source","locale","query")
);

-- CreateIndex
CREATE INDEX "search_index_changes_tx_id_id_idx" ON "search_index_changes"("tx_id", "id");

-- CreateIndex
CREATE INDEX "search_index_changes_created_at_idx" ON "search_index_changes"("created_at");

-- CreateIndex
CREATE INDEX "search_query_stats_day_idx" ON "search_query_stats"("day");
