-- CreateEnum
CREATE TYPE "docs_subscription_status" AS ENUM ('pending', 'active', 'ended');

-- AlterTable
ALTER TABLE "unsubscribe_tokens" ADD COLUMN     "subscription_id" UUID,
ALTER COLUMN "user_id" DROP NOT NULL;

-- CreateTable
CREATE TABLE "docs_subscriptions" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "sections" TEXT[],
    "frequency" TEXT NOT NULL,
    "status" "docs_subscription_status" NOT NULL DEFAULT 'pending',
    "confirm_token_hash" TEXT,
    "confirm_expires_at" TIMESTAMPTZ(3) NOT NULL,
    "confirmed_at" TIMESTAMPTZ(3),
    "position" INTEGER NOT NULL DEFAULT 0,
    "next_digest_at" TIMESTAMPTZ(3),
    "last_digest_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ended_at" TIMESTAMPTZ(3),

    CONSTRAINT "docs_subscriptions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "docs_subscriptions_confirm_token_hash_key" ON "docs_subscriptions"("confirm_token_hash");

-- CreateIndex
CREATE INDEX "docs_subscriptions_status_next_digest_at_idx" ON "docs_subscriptions"("status", "next_digest_at");

-- CreateIndex
CREATE INDEX "docs_subscriptions_email_idx" ON "docs_subscriptions"("email");

-- CreateIndex
CREATE INDEX "unsubscribe_tokens_subscription_id_idx" ON "unsubscribe_tokens"("subscription_id");

-- AddForeignKey
ALTER TABLE "unsubscribe_tokens" ADD CONSTRAINT "unsubscribe_tokens_subscription_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "docs_subscriptions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A link belongs to a staff member or to a docs subscription, never both, never neither.
ALTER TABLE "unsubscribe_tokens" ADD CONSTRAINT "unsubscribe_tokens_one_owner" CHECK (num_nonnulls("user_id", "subscription_id") = 1);
