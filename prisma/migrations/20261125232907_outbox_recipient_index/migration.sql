-- CreateIndex
CREATE INDEX "outbox_messages_recipient_idx" ON "outbox_messages"("recipient");
