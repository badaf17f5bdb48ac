import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "services_channels_locales_parent_locale_idx" ON "services_channels_locales" USING btree ("_parent_id","_locale");
  CREATE INDEX "services_locales_parent_locale_idx" ON "services_locales" USING btree ("_parent_id","_locale");
  CREATE INDEX "services_texts_parent_order_idx" ON "services_texts" USING btree ("parent_id","order");
  CREATE INDEX "services_texts_text_idx" ON "services_texts" USING btree ("text","path");
  CREATE INDEX "_services_v_version_channels_locales_parent_locale_idx" ON "_services_v_version_channels_locales" USING btree ("_parent_id","_locale");
  CREATE INDEX "_services_v_locales_parent_locale_idx" ON "_services_v_locales" USING btree ("_parent_id","_locale");
  CREATE INDEX "_services_v_texts_parent_order_idx" ON "_services_v_texts" USING btree ("parent_id","order");
  CREATE INDEX "_services_v_texts_text_idx" ON "_services_v_texts" USING btree ("text","path");
  CREATE INDEX "sheets_locales_parent_locale_idx" ON "sheets_locales" USING btree ("_parent_id","_locale");
  CREATE INDEX "_sheets_v_locales_parent_locale_idx" ON "_sheets_v_locales" USING btree ("_parent_id","_locale");
  CREATE INDEX "status_createdAt_idx" ON "units" USING btree ("status","created_at");
  CREATE INDEX "units_locales_parent_locale_idx" ON "units_locales" USING btree ("_parent_id","_locale");
  CREATE INDEX "_status_publishedAt_createdAt_idx" ON "news" USING btree ("_status","published_at","created_at");
  CREATE INDEX "publishedAt_createdAt_idx" ON "news" USING btree ("published_at","created_at");
  CREATE INDEX "_status_expiresAt_idx" ON "news" USING btree ("_status","expires_at");
  CREATE INDEX "scope_level__status_expiresAt_idx" ON "news" USING btree ("scope_level","_status","expires_at");
  CREATE INDEX "news_locales_parent_locale_idx" ON "news_locales" USING btree ("_parent_id","_locale");
  CREATE INDEX "news_texts_parent_order_idx" ON "news_texts" USING btree ("parent_id","order");
  CREATE INDEX "news_texts_text_idx" ON "news_texts" USING btree ("text","path");
  CREATE INDEX "version__status_version_publishedAt_version_createdAt_idx" ON "_news_v" USING btree ("version__status","version_published_at","version_created_at");
  CREATE INDEX "version_publishedAt_version_createdAt_idx" ON "_news_v" USING btree ("version_published_at","version_created_at");
  CREATE INDEX "version__status_version_expiresAt_idx" ON "_news_v" USING btree ("version__status","version_expires_at");
  CREATE INDEX "version_scope_level_version__status_version_expiresAt_idx" ON "_news_v" USING btree ("version_scope_level","version__status","version_expires_at");
  CREATE INDEX "_news_v_locales_parent_locale_idx" ON "_news_v_locales" USING btree ("_parent_id","_locale");
  CREATE INDEX "_news_v_texts_parent_order_idx" ON "_news_v_texts" USING btree ("parent_id","order");
  CREATE INDEX "_news_v_texts_text_idx" ON "_news_v_texts" USING btree ("text","path");
  CREATE INDEX "guides_steps_answers_locales_parent_locale_idx" ON "guides_steps_answers_locales" USING btree ("_parent_id","_locale");
  CREATE INDEX "guides_steps_locales_parent_locale_idx" ON "guides_steps_locales" USING btree ("_parent_id","_locale");
  CREATE INDEX "guides_outcomes_locales_parent_locale_idx" ON "guides_outcomes_locales" USING btree ("_parent_id","_locale");
  CREATE INDEX "guides_locales_parent_locale_idx" ON "guides_locales" USING btree ("_parent_id","_locale");
  CREATE INDEX "_guides_v_version_steps_answers_locales_parent_locale_idx" ON "_guides_v_version_steps_answers_locales" USING btree ("_parent_id","_locale");
  CREATE INDEX "_guides_v_version_steps_locales_parent_locale_idx" ON "_guides_v_version_steps_locales" USING btree ("_parent_id","_locale");
  CREATE INDEX "_guides_v_version_outcomes_locales_parent_locale_idx" ON "_guides_v_version_outcomes_locales" USING btree ("_parent_id","_locale");
  CREATE INDEX "_guides_v_locales_parent_locale_idx" ON "_guides_v_locales" USING btree ("_parent_id","_locale");
  CREATE INDEX "media_locales_parent_locale_idx" ON "media_locales" USING btree ("_parent_id","_locale");
  CREATE INDEX "users_texts_parent_order_idx" ON "users_texts" USING btree ("parent_id","order");
  CREATE INDEX "users_texts_text_idx" ON "users_texts" USING btree ("text","path");
  CREATE INDEX "partners_texts_parent_order_idx" ON "partners_texts" USING btree ("parent_id","order");
  CREATE INDEX "partners_texts_text_idx" ON "partners_texts" USING btree ("text","path");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "services_channels_locales_parent_locale_idx";
  DROP INDEX "services_locales_parent_locale_idx";
  DROP INDEX "services_texts_parent_order_idx";
  DROP INDEX "services_texts_text_idx";
  DROP INDEX "_services_v_version_channels_locales_parent_locale_idx";
  DROP INDEX "_services_v_locales_parent_locale_idx";
  DROP INDEX "_services_v_texts_parent_order_idx";
  DROP INDEX "_services_v_texts_text_idx";
  DROP INDEX "sheets_locales_parent_locale_idx";
  DROP INDEX "_sheets_v_locales_parent_locale_idx";
  DROP INDEX "status_createdAt_idx";
  DROP INDEX "units_locales_parent_locale_idx";
  DROP INDEX "_status_publishedAt_createdAt_idx";
  DROP INDEX "publishedAt_createdAt_idx";
  DROP INDEX "_status_expiresAt_idx";
  DROP INDEX "scope_level__status_expiresAt_idx";
  DROP INDEX "news_locales_parent_locale_idx";
  DROP INDEX "news_texts_parent_order_idx";
  DROP INDEX "news_texts_text_idx";
  DROP INDEX "version__status_version_publishedAt_version_createdAt_idx";
  DROP INDEX "version_publishedAt_version_createdAt_idx";
  DROP INDEX "version__status_version_expiresAt_idx";
  DROP INDEX "version_scope_level_version__status_version_expiresAt_idx";
  DROP INDEX "_news_v_locales_parent_locale_idx";
  DROP INDEX "_news_v_texts_parent_order_idx";
  DROP INDEX "_news_v_texts_text_idx";
  DROP INDEX "guides_steps_answers_locales_parent_locale_idx";
  DROP INDEX "guides_steps_locales_parent_locale_idx";
  DROP INDEX "guides_outcomes_locales_parent_locale_idx";
  DROP INDEX "guides_locales_parent_locale_idx";
  DROP INDEX "_guides_v_version_steps_answers_locales_parent_locale_idx";
  DROP INDEX "_guides_v_version_steps_locales_parent_locale_idx";
  DROP INDEX "_guides_v_version_outcomes_locales_parent_locale_idx";
  DROP INDEX "_guides_v_locales_parent_locale_idx";
  DROP INDEX "media_locales_parent_locale_idx";
  DROP INDEX "users_texts_parent_order_idx";
  DROP INDEX "users_texts_text_idx";
  DROP INDEX "partners_texts_parent_order_idx";
  DROP INDEX "partners_texts_text_idx";`)
}
