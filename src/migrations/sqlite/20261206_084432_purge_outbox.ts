import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Hand-written: drizzle's statements also rebuilt every table the previous release rebuilt by hand
// (AUTOINCREMENT, see *_ids_never_reused.ts), which its snapshot did not know; only the outbox is new.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`purge_outbox\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`tags\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`purge_outbox_updated_at_idx\` ON \`purge_outbox\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`purge_outbox_created_at_idx\` ON \`purge_outbox\` (\`created_at\`);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`purge_outbox\`;`)
}
