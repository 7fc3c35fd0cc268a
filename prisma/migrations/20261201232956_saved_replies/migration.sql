-- CreateEnum
CREATE TYPE "SavedReplyScope" AS ENUM ('shared', 'personal');

-- CreateTable
CREATE TABLE "saved_replies" (
    "id" UUID NOT NULL,
    "scope" "SavedReplyScope" NOT NULL,
    "owner_id" UUID,
    "name" TEXT NOT NULL,
    "body_zh" TEXT NOT NULL,
    "body_en" TEXT NOT NULL,
    "status" "TicketStatus",
    "created_by" UUID,
    "usage_count" INTEGER NOT NULL DEFAULT 0,
    "last_used_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "saved_replies_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "saved_replies" ADD CONSTRAINT "saved_replies_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "saved_replies" ADD CONSTRAINT "saved_replies_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Written by hand (not expressible in schema.prisma, so not modelled there).
-- Names are unique ignoring case: among the shared replies, and among each owner's personal replies. The second
-- index also serves "this member's replies" (its leading column) and the cascade when an account is deleted.
CREATE UNIQUE INDEX "saved_replies_shared_name_key" ON "saved_replies" (lower("name")) WHERE "owner_id" IS NULL;
CREATE UNIQUE INDEX "saved_replies_owner_name_key" ON "saved_replies" ("owner_id", lower("name"));

-- A shared reply has no owner and a personal one always has one; only pending and resolved may go with a reply
-- (the same two a reply may set through POST /tickets/{number}/messages).
ALTER TABLE "saved_replies" ADD CONSTRAINT "saved_replies_owner_matches_scope"
  CHECK (("scope" = 'shared') = ("owner_id" IS NULL));
ALTER TABLE "saved_replies" ADD CONSTRAINT "saved_replies_status_with_reply"
  CHECK ("status" IS NULL OR "status" IN ('pending', 'resolved'));
