-- CreateEnum
CREATE TYPE "PresenceState" AS ENUM ('viewing', 'writing');

-- CreateTable
CREATE TABLE "ticket_presence" (
    "ticket_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "tab_id" TEXT NOT NULL,
    "state" "PresenceState" NOT NULL,
    "since" TIMESTAMPTZ(3) NOT NULL,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ticket_presence_pkey" PRIMARY KEY ("ticket_id","user_id","tab_id")
);

-- CreateIndex
CREATE INDEX "ticket_presence_last_seen_at_idx" ON "ticket_presence"("last_seen_at");

-- AddForeignKey
ALTER TABLE "ticket_presence" ADD CONSTRAINT "ticket_presence_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ticket_presence" ADD CONSTRAINT "ticket_presence_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
