CREATE TABLE "request_quota" (
	"bucket" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"hits" integer NOT NULL,
	CONSTRAINT "request_quota_bucket_window_start_pk" PRIMARY KEY("bucket","window_start")
);
