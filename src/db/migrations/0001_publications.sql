CREATE TABLE "publications" (
	"organisation_id" text NOT NULL,
	"id" text NOT NULL,
	"plan_id" text NOT NULL,
	"period_id" text,
	"title" text NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" text NOT NULL,
	"bundle" jsonb NOT NULL,
	"evaluation" jsonb,
	CONSTRAINT "publications_organisation_id_id_pk" PRIMARY KEY("organisation_id","id")
);
--> statement-breakpoint
CREATE INDEX "publications_plan_id_index" ON "publications" USING btree ("plan_id");