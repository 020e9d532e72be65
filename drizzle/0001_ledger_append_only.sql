-- The acceptance ledger is append-only: no row of acceptance_record may change or disappear, whoever
-- asks. Only a superuser who disables the triggers can alter it, and the hash chain then shows it.
CREATE FUNCTION accord_reject_ledger_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'acceptance_record is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER acceptance_record_no_update_delete
  BEFORE UPDATE OR DELETE ON acceptance_record
  FOR EACH ROW EXECUTE FUNCTION accord_reject_ledger_change();
--> statement-breakpoint
CREATE TRIGGER acceptance_record_no_truncate
  BEFORE TRUNCATE ON acceptance_record
  FOR EACH STATEMENT EXECUTE FUNCTION accord_reject_ledger_change();
