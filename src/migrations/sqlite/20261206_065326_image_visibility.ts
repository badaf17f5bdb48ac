import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { rebuildSqliteTables } from '../../lib/rebuildSqliteTables'

// Images stored before stay public (the column's default); the uploader is forgotten with them.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`public\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`uploaded_by_id\` integer REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`media_public_idx\` ON \`media\` (\`public\`);`)
  await db.run(sql`CREATE INDEX \`media_uploaded_by_idx\` ON \`media\` (\`uploaded_by_id\`);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`media_public_idx\`;`)
  await db.run(sql`DROP INDEX \`media_uploaded_by_idx\`;`)
  await rebuildSqliteTables(db, (table, create) =>
    table === 'media'
      ? create
          .replace(/\s*`public` integer DEFAULT true,?/, '')
          .replace(/,\s*`uploaded_by_id` integer REFERENCES `users`\(`id`\)[^,)]*/, '')
          .replace(/\s*`uploaded_by_id` integer,?/, '')
          .replace(/,\s*FOREIGN KEY \(`uploaded_by_id`\)[^,)]*\)[^,)]*/, '')
      : create,
  )
}
