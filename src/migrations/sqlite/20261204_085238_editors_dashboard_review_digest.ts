import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Edited by hand: drizzle rebuilds news and _news_v (to drop a default) in the same migration that
// adds last_edited_by_id, and copied that column from tables that do not have it yet.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_news\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`image_id\` integer,
  	\`scope_level\` text,
  	\`category\` text,
  	\`published_at\` text,
  	\`expires_at\` text,
  	\`unit_id\` integer,
  	\`source\` text DEFAULT 'editor',
  	\`last_edited_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_news\`("id", "slug", "image_id", "scope_level", "category", "published_at", "expires_at", "unit_id", "source", "last_edited_by_id", "updated_at", "created_at", "_status") SELECT "id", "slug", "image_id", "scope_level", "category", "published_at", "expires_at", "unit_id", "source", NULL, "updated_at", "created_at", "_status" FROM \`news\`;`)
  await db.run(sql`DROP TABLE \`news\`;`)
  await db.run(sql`ALTER TABLE \`__new_news\` RENAME TO \`news\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`news_slug_idx\` ON \`news\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`news_image_idx\` ON \`news\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`news_scope_scope_level_idx\` ON \`news\` (\`scope_level\`);`)
  await db.run(sql`CREATE INDEX \`news_category_idx\` ON \`news\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`news_published_at_idx\` ON \`news\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`news_expires_at_idx\` ON \`news\` (\`expires_at\`);`)
  await db.run(sql`CREATE INDEX \`news_unit_idx\` ON \`news\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`news_last_edited_by_idx\` ON \`news\` (\`last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`news_updated_at_idx\` ON \`news\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`news_created_at_idx\` ON \`news\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`news__status_idx\` ON \`news\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__news_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_image_id\` integer,
  	\`version_scope_level\` text,
  	\`version_category\` text,
  	\`version_published_at\` text,
  	\`version_expires_at\` text,
  	\`version_unit_id\` integer,
  	\`version_source\` text DEFAULT 'editor',
  	\`version_last_edited_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_last_edited_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__news_v\`("id", "parent_id", "version_slug", "version_image_id", "version_scope_level", "version_category", "version_published_at", "version_expires_at", "version_unit_id", "version_source", "version_last_edited_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_image_id", "version_scope_level", "version_category", "version_published_at", "version_expires_at", "version_unit_id", "version_source", NULL, "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_news_v\`;`)
  await db.run(sql`DROP TABLE \`_news_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__news_v\` RENAME TO \`_news_v\`;`)
  await db.run(sql`CREATE INDEX \`_news_v_parent_idx\` ON \`_news_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_slug_idx\` ON \`_news_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_image_idx\` ON \`_news_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_scope_version_scope_level_idx\` ON \`_news_v\` (\`version_scope_level\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_category_idx\` ON \`_news_v\` (\`version_category\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_published_at_idx\` ON \`_news_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_expires_at_idx\` ON \`_news_v\` (\`version_expires_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_unit_idx\` ON \`_news_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_last_edited_by_idx\` ON \`_news_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_updated_at_idx\` ON \`_news_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_created_at_idx\` ON \`_news_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version__status_idx\` ON \`_news_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_created_at_idx\` ON \`_news_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_updated_at_idx\` ON \`_news_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_snapshot_idx\` ON \`_news_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_published_locale_idx\` ON \`_news_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_latest_idx\` ON \`_news_v\` (\`latest\`);`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`services_last_edited_by_idx\` ON \`services\` (\`last_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_last_edited_by_idx\` ON \`_services_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`sheets\` ADD \`last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`sheets_last_edited_by_idx\` ON \`sheets\` (\`last_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_sheets_v\` ADD \`version_last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_sheets_v_version_version_last_edited_by_idx\` ON \`_sheets_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`guides\` ADD \`last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`guides_last_edited_by_idx\` ON \`guides\` (\`last_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_guides_v\` ADD \`version_last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_last_edited_by_idx\` ON \`_guides_v\` (\`version_last_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_services\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`acronym\` text,
  	\`slug\` text,
  	\`url\` text,
  	\`category\` text,
  	\`language_count\` numeric,
  	\`operator\` text,
  	\`coverage_scope\` text DEFAULT 'national',
  	\`status\` text DEFAULT 'active',
  	\`replaced_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`replaced_by_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_services\`("id", "acronym", "slug", "url", "category", "language_count", "operator", "coverage_scope", "status", "replaced_by_id", "updated_at", "created_at", "_status") SELECT "id", "acronym", "slug", "url", "category", "language_count", "operator", "coverage_scope", "status", "replaced_by_id", "updated_at", "created_at", "_status" FROM \`services\`;`)
  await db.run(sql`DROP TABLE \`services\`;`)
  await db.run(sql`ALTER TABLE \`__new_services\` RENAME TO \`services\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`services_slug_idx\` ON \`services\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`services_category_idx\` ON \`services\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`services_status_idx\` ON \`services\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`services_replaced_by_idx\` ON \`services\` (\`replaced_by_id\`);`)
  await db.run(sql`CREATE INDEX \`services_updated_at_idx\` ON \`services\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`services_created_at_idx\` ON \`services\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`services__status_idx\` ON \`services\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__services_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_acronym\` text,
  	\`version_slug\` text,
  	\`version_url\` text,
  	\`version_category\` text,
  	\`version_language_count\` numeric,
  	\`version_operator\` text,
  	\`version_coverage_scope\` text DEFAULT 'national',
  	\`version_status\` text DEFAULT 'active',
  	\`version_replaced_by_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_replaced_by_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__services_v\`("id", "parent_id", "version_acronym", "version_slug", "version_url", "version_category", "version_language_count", "version_operator", "version_coverage_scope", "version_status", "version_replaced_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_acronym", "version_slug", "version_url", "version_category", "version_language_count", "version_operator", "version_coverage_scope", "version_status", "version_replaced_by_id", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_services_v\`;`)
  await db.run(sql`DROP TABLE \`_services_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__services_v\` RENAME TO \`_services_v\`;`)
  await db.run(sql`CREATE INDEX \`_services_v_parent_idx\` ON \`_services_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_slug_idx\` ON \`_services_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_category_idx\` ON \`_services_v\` (\`version_category\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_status_idx\` ON \`_services_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_replaced_by_idx\` ON \`_services_v\` (\`version_replaced_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_updated_at_idx\` ON \`_services_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_created_at_idx\` ON \`_services_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version__status_idx\` ON \`_services_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_created_at_idx\` ON \`_services_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_updated_at_idx\` ON \`_services_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_snapshot_idx\` ON \`_services_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_published_locale_idx\` ON \`_services_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_latest_idx\` ON \`_services_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_sheets\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`last_significant_update\` text,
  	\`review_due_date\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_sheets\`("id", "slug", "last_significant_update", "review_due_date", "updated_at", "created_at", "_status") SELECT "id", "slug", "last_significant_update", "review_due_date", "updated_at", "created_at", "_status" FROM \`sheets\`;`)
  await db.run(sql`DROP TABLE \`sheets\`;`)
  await db.run(sql`ALTER TABLE \`__new_sheets\` RENAME TO \`sheets\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`sheets_slug_idx\` ON \`sheets\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`sheets_updated_at_idx\` ON \`sheets\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sheets_created_at_idx\` ON \`sheets\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`sheets__status_idx\` ON \`sheets\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__sheets_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_last_significant_update\` text,
  	\`version_review_due_date\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sheets\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__sheets_v\`("id", "parent_id", "version_slug", "version_last_significant_update", "version_review_due_date", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_last_significant_update", "version_review_due_date", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_sheets_v\`;`)
  await db.run(sql`DROP TABLE \`_sheets_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__sheets_v\` RENAME TO \`_sheets_v\`;`)
  await db.run(sql`CREATE INDEX \`_sheets_v_parent_idx\` ON \`_sheets_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_sheets_v_version_version_slug_idx\` ON \`_sheets_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_sheets_v_version_version_updated_at_idx\` ON \`_sheets_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_sheets_v_version_version_created_at_idx\` ON \`_sheets_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sheets_v_version_version__status_idx\` ON \`_sheets_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_sheets_v_created_at_idx\` ON \`_sheets_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_sheets_v_updated_at_idx\` ON \`_sheets_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_sheets_v_snapshot_idx\` ON \`_sheets_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_sheets_v_published_locale_idx\` ON \`_sheets_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_sheets_v_latest_idx\` ON \`_sheets_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_news\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`image_id\` integer,
  	\`scope_level\` text DEFAULT 'national',
  	\`category\` text,
  	\`published_at\` text,
  	\`expires_at\` text,
  	\`unit_id\` integer,
  	\`source\` text DEFAULT 'editor',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_news\`("id", "slug", "image_id", "scope_level", "category", "published_at", "expires_at", "unit_id", "source", "updated_at", "created_at", "_status") SELECT "id", "slug", "image_id", "scope_level", "category", "published_at", "expires_at", "unit_id", "source", "updated_at", "created_at", "_status" FROM \`news\`;`)
  await db.run(sql`DROP TABLE \`news\`;`)
  await db.run(sql`ALTER TABLE \`__new_news\` RENAME TO \`news\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`news_slug_idx\` ON \`news\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`news_image_idx\` ON \`news\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`news_scope_scope_level_idx\` ON \`news\` (\`scope_level\`);`)
  await db.run(sql`CREATE INDEX \`news_category_idx\` ON \`news\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`news_published_at_idx\` ON \`news\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`news_expires_at_idx\` ON \`news\` (\`expires_at\`);`)
  await db.run(sql`CREATE INDEX \`news_unit_idx\` ON \`news\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`news_updated_at_idx\` ON \`news\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`news_created_at_idx\` ON \`news\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`news__status_idx\` ON \`news\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__news_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_image_id\` integer,
  	\`version_scope_level\` text DEFAULT 'national',
  	\`version_category\` text,
  	\`version_published_at\` text,
  	\`version_expires_at\` text,
  	\`version_unit_id\` integer,
  	\`version_source\` text DEFAULT 'editor',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__news_v\`("id", "parent_id", "version_slug", "version_image_id", "version_scope_level", "version_category", "version_published_at", "version_expires_at", "version_unit_id", "version_source", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_image_id", "version_scope_level", "version_category", "version_published_at", "version_expires_at", "version_unit_id", "version_source", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_news_v\`;`)
  await db.run(sql`DROP TABLE \`_news_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__news_v\` RENAME TO \`_news_v\`;`)
  await db.run(sql`CREATE INDEX \`_news_v_parent_idx\` ON \`_news_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_slug_idx\` ON \`_news_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_image_idx\` ON \`_news_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_scope_version_scope_level_idx\` ON \`_news_v\` (\`version_scope_level\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_category_idx\` ON \`_news_v\` (\`version_category\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_published_at_idx\` ON \`_news_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_expires_at_idx\` ON \`_news_v\` (\`version_expires_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_unit_idx\` ON \`_news_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_updated_at_idx\` ON \`_news_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_created_at_idx\` ON \`_news_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version__status_idx\` ON \`_news_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_created_at_idx\` ON \`_news_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_updated_at_idx\` ON \`_news_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_snapshot_idx\` ON \`_news_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_published_locale_idx\` ON \`_news_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_latest_idx\` ON \`_news_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_guides\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`start_step\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_guides\`("id", "slug", "start_step", "updated_at", "created_at", "_status") SELECT "id", "slug", "start_step", "updated_at", "created_at", "_status" FROM \`guides\`;`)
  await db.run(sql`DROP TABLE \`guides\`;`)
  await db.run(sql`ALTER TABLE \`__new_guides\` RENAME TO \`guides\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`guides_slug_idx\` ON \`guides\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`guides_updated_at_idx\` ON \`guides\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`guides_created_at_idx\` ON \`guides\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`guides__status_idx\` ON \`guides\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__guides_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_start_step\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__guides_v\`("id", "parent_id", "version_slug", "version_start_step", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_start_step", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_guides_v\`;`)
  await db.run(sql`DROP TABLE \`_guides_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__guides_v\` RENAME TO \`_guides_v\`;`)
  await db.run(sql`CREATE INDEX \`_guides_v_parent_idx\` ON \`_guides_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_slug_idx\` ON \`_guides_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_updated_at_idx\` ON \`_guides_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_created_at_idx\` ON \`_guides_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version__status_idx\` ON \`_guides_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_created_at_idx\` ON \`_guides_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_updated_at_idx\` ON \`_guides_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_snapshot_idx\` ON \`_guides_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_published_locale_idx\` ON \`_guides_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_latest_idx\` ON \`_guides_v\` (\`latest\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
}
