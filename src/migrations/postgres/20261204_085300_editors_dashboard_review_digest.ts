import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'reviewDigest' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'reviewDigest' BEFORE 'schedulePublish';
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "news" ALTER COLUMN "scope_level" DROP DEFAULT;
  ALTER TABLE "_news_v" ALTER COLUMN "version_scope_level" DROP DEFAULT;
  ALTER TABLE "services" ADD COLUMN "last_edited_by_id" integer;
  ALTER TABLE "_services_v" ADD COLUMN "version_last_edited_by_id" integer;
  ALTER TABLE "sheets" ADD COLUMN "last_edited_by_id" integer;
  ALTER TABLE "_sheets_v" ADD COLUMN "version_last_edited_by_id" integer;
  ALTER TABLE "news" ADD COLUMN "last_edited_by_id" integer;
  ALTER TABLE "_news_v" ADD COLUMN "version_last_edited_by_id" integer;
  ALTER TABLE "guides" ADD COLUMN "last_edited_by_id" integer;
  ALTER TABLE "_guides_v" ADD COLUMN "version_last_edited_by_id" integer;
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "services" ADD CONSTRAINT "services_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_services_v" ADD CONSTRAINT "_services_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sheets" ADD CONSTRAINT "sheets_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sheets_v" ADD CONSTRAINT "_sheets_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guides" ADD CONSTRAINT "guides_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guides_v" ADD CONSTRAINT "_guides_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "services_last_edited_by_idx" ON "services" USING btree ("last_edited_by_id");
  CREATE INDEX "_services_v_version_version_last_edited_by_idx" ON "_services_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "sheets_last_edited_by_idx" ON "sheets" USING btree ("last_edited_by_id");
  CREATE INDEX "_sheets_v_version_version_last_edited_by_idx" ON "_sheets_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "news_last_edited_by_idx" ON "news" USING btree ("last_edited_by_id");
  CREATE INDEX "_news_v_version_version_last_edited_by_idx" ON "_news_v" USING btree ("version_last_edited_by_id");
  CREATE INDEX "guides_last_edited_by_idx" ON "guides" USING btree ("last_edited_by_id");
  CREATE INDEX "_guides_v_version_version_last_edited_by_idx" ON "_guides_v" USING btree ("version_last_edited_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "services" DROP CONSTRAINT "services_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "_services_v" DROP CONSTRAINT "_services_v_version_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "sheets" DROP CONSTRAINT "sheets_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "_sheets_v" DROP CONSTRAINT "_sheets_v_version_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "news" DROP CONSTRAINT "news_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "_news_v" DROP CONSTRAINT "_news_v_version_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "guides" DROP CONSTRAINT "guides_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "_guides_v" DROP CONSTRAINT "_guides_v_version_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliverWebhook', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliverWebhook', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "services_last_edited_by_idx";
  DROP INDEX "_services_v_version_version_last_edited_by_idx";
  DROP INDEX "sheets_last_edited_by_idx";
  DROP INDEX "_sheets_v_version_version_last_edited_by_idx";
  DROP INDEX "news_last_edited_by_idx";
  DROP INDEX "_news_v_version_version_last_edited_by_idx";
  DROP INDEX "guides_last_edited_by_idx";
  DROP INDEX "_guides_v_version_version_last_edited_by_idx";
  ALTER TABLE "news" ALTER COLUMN "scope_level" SET DEFAULT 'national';
  ALTER TABLE "_news_v" ALTER COLUMN "version_scope_level" SET DEFAULT 'national';
  ALTER TABLE "services" DROP COLUMN "last_edited_by_id";
  ALTER TABLE "_services_v" DROP COLUMN "version_last_edited_by_id";
  ALTER TABLE "sheets" DROP COLUMN "last_edited_by_id";
  ALTER TABLE "_sheets_v" DROP COLUMN "version_last_edited_by_id";
  ALTER TABLE "news" DROP COLUMN "last_edited_by_id";
  ALTER TABLE "_news_v" DROP COLUMN "version_last_edited_by_id";
  ALTER TABLE "guides" DROP COLUMN "last_edited_by_id";
  ALTER TABLE "_guides_v" DROP COLUMN "version_last_edited_by_id";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";`)
}
