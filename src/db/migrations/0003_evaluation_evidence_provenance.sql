CREATE TABLE "analytics_bindings" (
	"organisation_id" text NOT NULL,
	"plan_id" text NOT NULL,
	"indicator_id" text NOT NULL,
	"definition_id" text NOT NULL,
	"structure_map" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL,
	CONSTRAINT "analytics_bindings_organisation_id_plan_id_indicator_id_pk" PRIMARY KEY("organisation_id","plan_id","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "evaluation_settings" (
	"organisation_id" text NOT NULL,
	"plan_id" text NOT NULL,
	"scoring_rules" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text NOT NULL,
	CONSTRAINT "evaluation_settings_organisation_id_plan_id_pk" PRIMARY KEY("organisation_id","plan_id")
);
--> statement-breakpoint
CREATE TABLE "evidence_files" (
	"organisation_id" text NOT NULL,
	"id" text NOT NULL,
	"plan_id" text NOT NULL,
	"indicator_id" text NOT NULL,
	"period_id" text NOT NULL,
	"assignee_id" text,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"uploaded_by" text NOT NULL,
	"uploaded_by_label" text NOT NULL,
	CONSTRAINT "evidence_files_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "status_overrides" (
	"organisation_id" text NOT NULL,
	"plan_id" text NOT NULL,
	"period_id" text NOT NULL,
	"indicator_id" text NOT NULL,
	"assignee_id" text DEFAULT '' NOT NULL,
	"level" integer NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL,
	"created_by_label" text NOT NULL,
	CONSTRAINT "status_overrides_organisation_id_plan_id_period_id_indicator_id_assignee_id_pk" PRIMARY KEY("organisation_id","plan_id","period_id","indicator_id","assignee_id")
);
--> statement-breakpoint
ALTER TABLE "measurements" ADD COLUMN "provenance" jsonb;--> statement-breakpoint
ALTER TABLE "analytics_bindings" ADD CONSTRAINT "analytics_bindings_organisation_id_plan_id_plans_organisation_id_id_fk" FOREIGN KEY ("organisation_id","plan_id") REFERENCES "public"."plans"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_settings" ADD CONSTRAINT "evaluation_settings_organisation_id_plan_id_plans_organisation_id_id_fk" FOREIGN KEY ("organisation_id","plan_id") REFERENCES "public"."plans"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_organisation_id_plan_id_plans_organisation_id_id_fk" FOREIGN KEY ("organisation_id","plan_id") REFERENCES "public"."plans"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_overrides" ADD CONSTRAINT "status_overrides_organisation_id_plan_id_plans_organisation_id_id_fk" FOREIGN KEY ("organisation_id","plan_id") REFERENCES "public"."plans"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evidence_files_plan_id_indicator_id_period_id_index" ON "evidence_files" USING btree ("plan_id","indicator_id","period_id");