CREATE TABLE "api_idempotency" (
	"host" text NOT NULL,
	"key" text NOT NULL,
	"request_sha256" text NOT NULL,
	"status" integer NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "api_idempotency_host_key_pk" PRIMARY KEY("host","key")
);
--> statement-breakpoint
ALTER TABLE "acceptance_personal_data" ADD COLUMN "page_url" text;--> statement-breakpoint
ALTER TABLE "acceptance_personal_data" ADD COLUMN "referrer" text;--> statement-breakpoint
ALTER TABLE "acceptance_personal_data" ADD COLUMN "host_user_id" text;--> statement-breakpoint
CREATE INDEX "api_idempotency_created_at_idx" ON "api_idempotency" USING btree ("created_at");--> statement-breakpoint
-- No account without its acceptances, whatever code path inserts it: checked at commit, so the account
-- and its acceptance records are written in one transaction or not at all.
CREATE FUNCTION accord_require_acceptance() RETURNS trigger AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM acceptance_record WHERE user_id = NEW.id) THEN
    RAISE EXCEPTION 'an account cannot be created without accepting the agreements'
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER user_requires_acceptance
  AFTER INSERT ON "user" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION accord_require_acceptance();
