CREATE TABLE "api_key" (
	"id" text PRIMARY KEY NOT NULL,
	"host" text NOT NULL,
	"secret_sha256" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_key_host_unique" UNIQUE("host")
);
--> statement-breakpoint
ALTER TABLE "acceptance_record" ALTER COLUMN "email_pseudonym" DROP NOT NULL;