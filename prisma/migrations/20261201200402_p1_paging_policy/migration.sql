-- AlterTable
ALTER TABLE "tickets" ADD COLUMN     "address_token_hash" TEXT,
ADD COLUMN     "requester_confirmed_at" TIMESTAMPTZ(3),
ADD COLUMN     "urgent_paged_at" TIMESTAMPTZ(3);

-- CreateIndex
CREATE UNIQUE INDEX "tickets_address_token_hash_key" ON "tickets"("address_token_hash");
