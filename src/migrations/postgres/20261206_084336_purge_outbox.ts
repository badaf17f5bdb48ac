import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Hand-written: drizzle's statements also created indexes an earlier migration of the same day
// made (its snapshot did not know them); only the outbox is new.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "purge_outbox" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tags" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  CREATE INDEX "purge_outbox_updated_at_idx" ON "purge_outbox" USING btree ("updated_at");
  CREATE INDEX "purge_outbox_created_at_idx" ON "purge_outbox" USING btree ("created_at");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE "purge_outbox" CASCADE;`)
}
