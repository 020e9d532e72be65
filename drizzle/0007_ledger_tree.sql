CREATE TABLE "ledger_checkpoint" (
	"size" bigint PRIMARY KEY NOT NULL,
	"root_hash" text NOT NULL,
	"note" text NOT NULL,
	"published_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "merkle_node" (
	"level" smallint NOT NULL,
	"idx" bigint NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "merkle_node_level_idx_pk" PRIMARY KEY("level","idx")
);
--> statement-breakpoint
-- Like the records, the tree and the published checkpoints only grow.
CREATE FUNCTION accord_reject_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER merkle_node_no_update_delete BEFORE UPDATE OR DELETE ON merkle_node FOR EACH ROW EXECUTE FUNCTION accord_reject_change();
--> statement-breakpoint
CREATE TRIGGER merkle_node_no_truncate BEFORE TRUNCATE ON merkle_node FOR EACH STATEMENT EXECUTE FUNCTION accord_reject_change();
--> statement-breakpoint
CREATE TRIGGER ledger_checkpoint_no_update_delete BEFORE UPDATE OR DELETE ON ledger_checkpoint FOR EACH ROW EXECUTE FUNCTION accord_reject_change();
--> statement-breakpoint
CREATE TRIGGER ledger_checkpoint_no_truncate BEFORE TRUNCATE ON ledger_checkpoint FOR EACH STATEMENT EXECUTE FUNCTION accord_reject_change();
