-- AlterTable
ALTER TABLE "tickets" ADD COLUMN     "close_reminder_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "muted_notifications" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "on_call" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "unsubscribe_tokens" (
    "token_hash" TEXT NOT NULL,
    "user_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "unsubscribe_tokens_pkey" PRIMARY KEY ("token_hash")
);

-- CreateIndex
CREATE INDEX "unsubscribe_tokens_expires_at_idx" ON "unsubscribe_tokens"("expires_at");

-- AddForeignKey
ALTER TABLE "unsubscribe_tokens" ADD CONSTRAINT "unsubscribe_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
