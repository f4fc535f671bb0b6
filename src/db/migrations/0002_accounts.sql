CREATE TABLE "account_structures" (
	"account_id" text NOT NULL,
	"organisation_id" text NOT NULL,
	"structure_id" text NOT NULL,
	CONSTRAINT "account_structures_account_id_organisation_id_structure_id_pk" PRIMARY KEY("account_id","organisation_id","structure_id")
);
--> statement-breakpoint
CREATE TABLE "accounts" (
	"id" text PRIMARY KEY NOT NULL,
	"organisation_id" text,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"role" text NOT NULL,
	"password_hash" text,
	"oidc_issuer" text,
	"oidc_subject" text,
	"active" boolean DEFAULT true NOT NULL,
	"must_change_password" boolean DEFAULT false NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"password_changed_at" timestamp with time zone,
	"last_sign_in_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	"organisation_id" text,
	"actor_id" text,
	"actor_label" text NOT NULL,
	"ip" text,
	"action" text NOT NULL,
	"item_type" text NOT NULL,
	"item_id" text,
	"plan_id" text,
	"period_id" text,
	"structure_id" text,
	"before" jsonb,
	"after" jsonb,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "individual_scores" (
	"organisation_id" text NOT NULL,
	"account_id" text NOT NULL,
	"plan_id" text NOT NULL,
	"period_id" text NOT NULL,
	"behaviour" double precision NOT NULL,
	"result" jsonb NOT NULL,
	"validated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"validated_by" text NOT NULL,
	CONSTRAINT "individual_scores_organisation_id_account_id_plan_id_period_id_pk" PRIMARY KEY("organisation_id","account_id","plan_id","period_id")
);
--> statement-breakpoint
CREATE TABLE "monitoring_workflows" (
	"organisation_id" text NOT NULL,
	"plan_id" text NOT NULL,
	"period_id" text NOT NULL,
	"structure_id" text NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"version" bigint DEFAULT 1 NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" text,
	"validated_at" timestamp with time zone,
	"validated_by" text,
	"validated_values" jsonb,
	"returned_at" timestamp with time zone,
	"returned_by" text,
	"return_reason" text,
	"closed_at" timestamp with time zone,
	"closed_by" text,
	"reopened_at" timestamp with time zone,
	"reopened_by" text,
	"reopen_reason" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monitoring_workflows_organisation_id_plan_id_period_id_structure_id_pk" PRIMARY KEY("organisation_id","plan_id","period_id","structure_id")
);
--> statement-breakpoint
CREATE TABLE "notification_deliveries" (
	"key" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"kind" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "oidc_sign_in_requests" (
	"state" text PRIMARY KEY NOT NULL,
	"code_verifier" text NOT NULL,
	"nonce" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "personal_assignments" (
	"organisation_id" text NOT NULL,
	"account_id" text NOT NULL,
	"plan_id" text NOT NULL,
	"objective_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"role_weighting_id" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "personal_assignments_organisation_id_account_id_plan_id_pk" PRIMARY KEY("organisation_id","account_id","plan_id")
);
--> statement-breakpoint
CREATE TABLE "plan_versions" (
	"organisation_id" text NOT NULL,
	"plan_id" text NOT NULL,
	"previous_plan_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL,
	CONSTRAINT "plan_versions_organisation_id_plan_id_pk" PRIMARY KEY("organisation_id","plan_id")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"method" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"ip" text,
	"user_agent" text
);
--> statement-breakpoint
ALTER TABLE "account_structures" ADD CONSTRAINT "account_structures_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "individual_scores" ADD CONSTRAINT "individual_scores_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "individual_scores" ADD CONSTRAINT "individual_scores_organisation_id_plan_id_plans_organisation_id_id_fk" FOREIGN KEY ("organisation_id","plan_id") REFERENCES "public"."plans"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_workflows" ADD CONSTRAINT "monitoring_workflows_organisation_id_plan_id_plans_organisation_id_id_fk" FOREIGN KEY ("organisation_id","plan_id") REFERENCES "public"."plans"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personal_assignments" ADD CONSTRAINT "personal_assignments_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personal_assignments" ADD CONSTRAINT "personal_assignments_organisation_id_plan_id_plans_organisation_id_id_fk" FOREIGN KEY ("organisation_id","plan_id") REFERENCES "public"."plans"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_organisation_id_plan_id_plans_organisation_id_id_fk" FOREIGN KEY ("organisation_id","plan_id") REFERENCES "public"."plans"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_email_index" ON "accounts" USING btree ("email");--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_oidc_issuer_oidc_subject_index" ON "accounts" USING btree ("oidc_issuer","oidc_subject");--> statement-breakpoint
CREATE INDEX "audit_events_plan_id_index" ON "audit_events" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "audit_events_actor_id_index" ON "audit_events" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "audit_events_item_type_item_id_index" ON "audit_events" USING btree ("item_type","item_id");--> statement-breakpoint
CREATE INDEX "audit_events_period_id_index" ON "audit_events" USING btree ("period_id");--> statement-breakpoint
CREATE INDEX "audit_events_at_index" ON "audit_events" USING btree ("at");--> statement-breakpoint
CREATE INDEX "sessions_account_id_index" ON "sessions" USING btree ("account_id");--> statement-breakpoint
-- The audit trail is append-only: no path in the application updates or deletes it, and the database refuses it too.
CREATE FUNCTION "audit_events_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'il registro delle modifiche (audit_events) non può essere modificato né cancellato: % rifiutato', TG_OP;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "audit_events_no_update_delete" BEFORE UPDATE OR DELETE ON "audit_events" FOR EACH ROW EXECUTE FUNCTION "audit_events_append_only"();--> statement-breakpoint
CREATE TRIGGER "audit_events_no_truncate" BEFORE TRUNCATE ON "audit_events" FOR EACH STATEMENT EXECUTE FUNCTION "audit_events_append_only"();
