-- Wake the e-mail dispatchers when mail is queued: NOTIFY is delivered at commit (never for a rolled-back
-- transaction), and repeats within one transaction fold into one. A statement-level trigger does it inside the
-- INSERT, so queuing mail costs the application no extra round trip. Not modelled in schema.prisma.
CREATE FUNCTION handover_outbox_notify() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('handover_outbox', '');
  RETURN NULL;
END;
$$;

CREATE TRIGGER outbox_messages_notify
AFTER INSERT ON "outbox_messages"
FOR EACH STATEMENT EXECUTE FUNCTION handover_outbox_notify();
