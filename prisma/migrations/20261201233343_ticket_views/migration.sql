-- CreateTable
CREATE TABLE "ticket_views" (
    "user_id" UUID NOT NULL,
    "ticket_id" UUID NOT NULL,
    "seen_at" TIMESTAMPTZ(3) NOT NULL,
    "seen_version" INTEGER NOT NULL,

    CONSTRAINT "ticket_views_pkey" PRIMARY KEY ("user_id","ticket_id")
);

-- AddForeignKey
ALTER TABLE "ticket_views" ADD CONSTRAINT "ticket_views_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ticket_views" ADD CONSTRAINT "ticket_views_ticket_id_fkey" FOREIGN KEY ("ticket_id") REFERENCES "tickets"("id") ON DELETE CASCADE ON UPDATE CASCADE;
