-- CreateTable
CREATE TABLE "page_feedback" (
    "id" UUID NOT NULL,
    "page" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "doc_id" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "version" TEXT,
    "voter_key_hash" TEXT NOT NULL,
    "helpful" BOOLEAN NOT NULL,
    "comment" TEXT,
    "commented_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "page_feedback_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "page_feedback_updated_at_idx" ON "page_feedback"("updated_at");

-- CreateIndex
CREATE UNIQUE INDEX "page_feedback_page_voter_key_hash_key" ON "page_feedback"("page", "voter_key_hash");
