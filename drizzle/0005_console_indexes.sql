DROP INDEX "acceptance_record_agreement_idx";--> statement-breakpoint
DROP INDEX "acceptance_record_recorded_at_idx";--> statement-breakpoint
CREATE INDEX "acceptance_record_agreement_seq_idx" ON "acceptance_record" USING btree ("agreement","seq");--> statement-breakpoint
CREATE INDEX "acceptance_record_version_seq_idx" ON "acceptance_record" USING btree ("version","seq");--> statement-breakpoint
CREATE INDEX "acceptance_record_method_seq_idx" ON "acceptance_record" USING btree ("method","seq");--> statement-breakpoint
CREATE INDEX "acceptance_record_recorded_at_seq_idx" ON "acceptance_record" USING btree ("recorded_at","seq");