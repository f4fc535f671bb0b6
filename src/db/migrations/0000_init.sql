CREATE TABLE "budget_lines" (
	"organisation_id" text NOT NULL,
	"plan_id" text NOT NULL,
	"id" text NOT NULL,
	"ordinal" integer DEFAULT 0 NOT NULL,
	"table_id" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"row_kind" text DEFAULT 'line' NOT NULL,
	"section" text,
	"axis" text,
	"investment_priority" text,
	"line_code" text,
	"description" text,
	"funding_source" text,
	"amounts" jsonb NOT NULL,
	CONSTRAINT "budget_lines_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "budget_tables" (
	"organisation_id" text NOT NULL,
	"plan_id" text NOT NULL,
	"id" text NOT NULL,
	"ordinal" integer DEFAULT 0 NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"act" text,
	"columns" jsonb NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "budget_tables_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "cronoprogramma_phases" (
	"organisation_id" text NOT NULL,
	"plan_id" text NOT NULL,
	"id" text NOT NULL,
	"ordinal" integer DEFAULT 0 NOT NULL,
	"cronoprogramma_id" text NOT NULL,
	"number" integer NOT NULL,
	"description" text NOT NULL,
	"output" text,
	"planned_start" date,
	"planned_end" date,
	"responsible_structure" text,
	"weight" double precision,
	"actual_end" date,
	"actual_end_text" text,
	"monitoring_note" text,
	"data_source" text,
	CONSTRAINT "cronoprogramma_phases_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "cronoprogrammi" (
	"organisation_id" text NOT NULL,
	"plan_id" text NOT NULL,
	"id" text NOT NULL,
	"ordinal" integer DEFAULT 0 NOT NULL,
	"objective_id" text NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"target_text" text,
	"due_date" date,
	CONSTRAINT "cronoprogrammi_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "implementation_steps" (
	"organisation_id" text NOT NULL,
	"plan_id" text NOT NULL,
	"id" text NOT NULL,
	"ordinal" integer DEFAULT 0 NOT NULL,
	"objective_id" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"description" text NOT NULL,
	"planned_timing" text,
	"planned_date" date,
	"actual_timing" text,
	"actual_date" date,
	CONSTRAINT "implementation_steps_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"organisation_id" text NOT NULL,
	"plan_id" text NOT NULL,
	"id" text NOT NULL,
	"ordinal" integer DEFAULT 0 NOT NULL,
	"objective_id" text,
	"node_id" text,
	"code" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"definition" text NOT NULL,
	"unit" text,
	"method" text,
	"numerator_label" text,
	"denominator_label" text,
	"direction" text DEFAULT 'unknown' NOT NULL,
	"data_source" text,
	"responsible_structure" text,
	"programming_links" text,
	"baseline_text" text,
	"baseline_value" double precision,
	"baseline_year" integer,
	"notes" text,
	"cronoprogramma_id" text,
	CONSTRAINT "indicators_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "measurements" (
	"organisation_id" text NOT NULL,
	"plan_id" text NOT NULL,
	"id" text NOT NULL,
	"ordinal" integer DEFAULT 0 NOT NULL,
	"indicator_id" text NOT NULL,
	"period_id" text NOT NULL,
	"value" double precision,
	"value_text" text,
	"numerator" double precision,
	"denominator" double precision,
	"note" text,
	"source" text,
	"assessment_level" integer,
	"assessment_text" text,
	"origin" text DEFAULT 'imported' NOT NULL,
	"assignee_id" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "measurements_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "monitoring_periods" (
	"organisation_id" text NOT NULL,
	"plan_id" text NOT NULL,
	"id" text NOT NULL,
	"ordinal" integer DEFAULT 0 NOT NULL,
	"label" text NOT NULL,
	"cutoff_date" date NOT NULL,
	"kind" text DEFAULT 'intermediate' NOT NULL,
	CONSTRAINT "monitoring_periods_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "objectives" (
	"organisation_id" text NOT NULL,
	"plan_id" text NOT NULL,
	"id" text NOT NULL,
	"ordinal" integer DEFAULT 0 NOT NULL,
	"node_id" text,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"expected_result" text,
	"stakeholders" text,
	"weight" double precision,
	"structure_id" text,
	"co_owners" text,
	"programming_links" text,
	"notes" text,
	"resource_share_min" double precision,
	"resource_share_max" double precision,
	"resource_share_text" text,
	"dimensions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "objectives_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"short_name" text,
	"kind" text NOT NULL,
	"parent_id" text,
	"tax_code" text,
	"address" text,
	"email" text
);
--> statement-breakpoint
CREATE TABLE "plan_nodes" (
	"organisation_id" text NOT NULL,
	"plan_id" text NOT NULL,
	"id" text NOT NULL,
	"ordinal" integer DEFAULT 0 NOT NULL,
	"parent_id" text,
	"kind" text NOT NULL,
	"code" text,
	"title" text NOT NULL,
	"structure_id" text,
	"position" integer DEFAULT 0 NOT NULL,
	"notes" text,
	CONSTRAINT "plan_nodes_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "plan_warnings" (
	"organisation_id" text NOT NULL,
	"plan_id" text NOT NULL,
	"id" text NOT NULL,
	"ordinal" integer DEFAULT 0 NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"item_type" text NOT NULL,
	"item_id" text,
	"code" text NOT NULL,
	"message" text NOT NULL,
	"location" text,
	CONSTRAINT "plan_warnings_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"organisation_id" text NOT NULL,
	"id" text NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"year_from" integer NOT NULL,
	"year_to" integer NOT NULL,
	"approval_act" text,
	"approval_date" date,
	"version" integer DEFAULT 1 NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"assigned_by_id" text,
	"assignee_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"related_organisation_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"description" text,
	"source_file" text,
	"source_layout" text,
	"assessment_scale" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plans_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "reported_tables" (
	"organisation_id" text NOT NULL,
	"plan_id" text NOT NULL,
	"id" text NOT NULL,
	"ordinal" integer DEFAULT 0 NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"columns" jsonb NOT NULL,
	"rows" jsonb NOT NULL,
	"notes" text,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "reported_tables_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "role_weightings" (
	"organisation_id" text NOT NULL,
	"plan_id" text NOT NULL,
	"id" text NOT NULL,
	"ordinal" integer DEFAULT 0 NOT NULL,
	"role" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"organisational" double precision NOT NULL,
	"individual" double precision NOT NULL,
	"behaviour" double precision NOT NULL,
	"stated_total" double precision,
	CONSTRAINT "role_weightings_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "spending_programmes" (
	"organisation_id" text NOT NULL,
	"plan_id" text NOT NULL,
	"id" text NOT NULL,
	"ordinal" integer DEFAULT 0 NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"mission" text,
	"programme" text,
	"group" text,
	"title" text NOT NULL,
	"start_date" date,
	"end_date" date,
	"end_date_note" text,
	"purpose" text,
	"activities" text,
	CONSTRAINT "spending_programmes_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "structures" (
	"organisation_id" text NOT NULL,
	"id" text NOT NULL,
	"parent_id" text,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"code" text,
	"ordinal" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "structures_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE TABLE "targets" (
	"organisation_id" text NOT NULL,
	"plan_id" text NOT NULL,
	"id" text NOT NULL,
	"ordinal" integer DEFAULT 0 NOT NULL,
	"indicator_id" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"label" text,
	"year_from" integer,
	"year_to" integer,
	"text" text NOT NULL,
	"cumulative" boolean DEFAULT false NOT NULL,
	"parsed" jsonb,
	CONSTRAINT "targets_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
ALTER TABLE "budget_lines" ADD CONSTRAINT "budget_lines_organisation_id_plan_id_plans_organisation_id_id_fk" FOREIGN KEY ("organisation_id","plan_id") REFERENCES "public"."plans"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "budget_tables" ADD CONSTRAINT "budget_tables_organisation_id_plan_id_plans_organisation_id_id_fk" FOREIGN KEY ("organisation_id","plan_id") REFERENCES "public"."plans"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cronoprogramma_phases" ADD CONSTRAINT "cronoprogramma_phases_organisation_id_plan_id_plans_organisation_id_id_fk" FOREIGN KEY ("organisation_id","plan_id") REFERENCES "public"."plans"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cronoprogrammi" ADD CONSTRAINT "cronoprogrammi_organisation_id_plan_id_plans_organisation_id_id_fk" FOREIGN KEY ("organisation_id","plan_id") REFERENCES "public"."plans"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "implementation_steps" ADD CONSTRAINT "implementation_steps_organisation_id_plan_id_plans_organisation_id_id_fk" FOREIGN KEY ("organisation_id","plan_id") REFERENCES "public"."plans"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_organisation_id_plan_id_plans_organisation_id_id_fk" FOREIGN KEY ("organisation_id","plan_id") REFERENCES "public"."plans"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_organisation_id_plan_id_plans_organisation_id_id_fk" FOREIGN KEY ("organisation_id","plan_id") REFERENCES "public"."plans"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitoring_periods" ADD CONSTRAINT "monitoring_periods_organisation_id_plan_id_plans_organisation_id_id_fk" FOREIGN KEY ("organisation_id","plan_id") REFERENCES "public"."plans"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objectives" ADD CONSTRAINT "objectives_organisation_id_plan_id_plans_organisation_id_id_fk" FOREIGN KEY ("organisation_id","plan_id") REFERENCES "public"."plans"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_nodes" ADD CONSTRAINT "plan_nodes_organisation_id_plan_id_plans_organisation_id_id_fk" FOREIGN KEY ("organisation_id","plan_id") REFERENCES "public"."plans"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_warnings" ADD CONSTRAINT "plan_warnings_organisation_id_plan_id_plans_organisation_id_id_fk" FOREIGN KEY ("organisation_id","plan_id") REFERENCES "public"."plans"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reported_tables" ADD CONSTRAINT "reported_tables_organisation_id_plan_id_plans_organisation_id_id_fk" FOREIGN KEY ("organisation_id","plan_id") REFERENCES "public"."plans"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_weightings" ADD CONSTRAINT "role_weightings_organisation_id_plan_id_plans_organisation_id_id_fk" FOREIGN KEY ("organisation_id","plan_id") REFERENCES "public"."plans"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spending_programmes" ADD CONSTRAINT "spending_programmes_organisation_id_plan_id_plans_organisation_id_id_fk" FOREIGN KEY ("organisation_id","plan_id") REFERENCES "public"."plans"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "targets" ADD CONSTRAINT "targets_organisation_id_plan_id_plans_organisation_id_id_fk" FOREIGN KEY ("organisation_id","plan_id") REFERENCES "public"."plans"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "budget_lines_plan_id_index" ON "budget_lines" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "budget_tables_plan_id_index" ON "budget_tables" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "cronoprogramma_phases_plan_id_index" ON "cronoprogramma_phases" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "cronoprogrammi_plan_id_index" ON "cronoprogrammi" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "implementation_steps_plan_id_index" ON "implementation_steps" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "indicators_plan_id_index" ON "indicators" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "measurements_plan_id_index" ON "measurements" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "monitoring_periods_plan_id_index" ON "monitoring_periods" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "objectives_plan_id_index" ON "objectives" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "plan_nodes_plan_id_index" ON "plan_nodes" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "plan_warnings_plan_id_index" ON "plan_warnings" USING btree ("plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plans_id_index" ON "plans" USING btree ("id");--> statement-breakpoint
CREATE INDEX "reported_tables_plan_id_index" ON "reported_tables" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "role_weightings_plan_id_index" ON "role_weightings" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "spending_programmes_plan_id_index" ON "spending_programmes" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "targets_plan_id_index" ON "targets" USING btree ("plan_id");