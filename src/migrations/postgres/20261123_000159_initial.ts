import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_services_audiences" AS ENUM('everyone', 'victims', 'witnesses', 'minors', 'organisations');
  CREATE TYPE "public"."enum_services_channels_kind" AS ENUM('web', 'form', 'chat', 'phone', 'sms', 'app', 'counter');
  CREATE TYPE "public"."enum_services_channels_availability" AS ENUM('always', 'office-hours', 'outside-office-hours', 'scheduled');
  CREATE TYPE "public"."enum_services_category" AS ENUM('complaint', 'report', 'appointment', 'contact', 'assistance', 'prevention', 'information');
  CREATE TYPE "public"."enum_services_operator" AS ENUM('police', 'gendarmerie', 'both', 'ministry', 'partner');
  CREATE TYPE "public"."enum_services_coverage_scope" AS ENUM('national', 'departments');
  CREATE TYPE "public"."enum_services_service_status" AS ENUM('active', 'planned', 'replaced');
  CREATE TYPE "public"."enum_services_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__services_v_version_audiences" AS ENUM('everyone', 'victims', 'witnesses', 'minors', 'organisations');
  CREATE TYPE "public"."enum__services_v_version_channels_kind" AS ENUM('web', 'form', 'chat', 'phone', 'sms', 'app', 'counter');
  CREATE TYPE "public"."enum__services_v_version_channels_availability" AS ENUM('always', 'office-hours', 'outside-office-hours', 'scheduled');
  CREATE TYPE "public"."enum__services_v_version_category" AS ENUM('complaint', 'report', 'appointment', 'contact', 'assistance', 'prevention', 'information');
  CREATE TYPE "public"."enum__services_v_version_operator" AS ENUM('police', 'gendarmerie', 'both', 'ministry', 'partner');
  CREATE TYPE "public"."enum__services_v_version_coverage_scope" AS ENUM('national', 'departments');
  CREATE TYPE "public"."enum__services_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__services_v_published_locale" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_sheets_themes" AS ENUM('cybercrime', 'bank-fraud', 'violence', 'harassment', 'complaint', 'home-security', 'elections', 'vehicles', 'drugs', 'radicalisation', 'discrimination', 'victims');
  CREATE TYPE "public"."enum_sheets_audience" AS ENUM('everyone', 'victims', 'parents', 'young-people', 'professionals', 'elected-officials');
  CREATE TYPE "public"."enum_sheets_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__sheets_v_version_themes" AS ENUM('cybercrime', 'bank-fraud', 'violence', 'harassment', 'complaint', 'home-security', 'elections', 'vehicles', 'drugs', 'radicalisation', 'discrimination', 'victims');
  CREATE TYPE "public"."enum__sheets_v_version_audience" AS ENUM('everyone', 'victims', 'parents', 'young-people', 'professionals', 'elected-officials');
  CREATE TYPE "public"."enum__sheets_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__sheets_v_published_locale" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_units_kind" AS ENUM('police-station', 'gendarmerie-brigade', 'victim-support', 'association', 'other');
  CREATE TYPE "public"."enum_units_force" AS ENUM('police', 'gendarmerie', 'none');
  CREATE TYPE "public"."enum_units_status" AS ENUM('active', 'closed');
  CREATE TYPE "public"."enum_units_source" AS ENUM('opendata-police', 'opendata-gendarmerie', 'editor', 'demo');
  CREATE TYPE "public"."enum_unit_competences_institution" AS ENUM('police', 'gendarmerie');
  CREATE TYPE "public"."enum_unit_competences_status" AS ENUM('active', 'closed');
  CREATE TYPE "public"."enum_news_scope_level" AS ENUM('national', 'departments', 'communes');
  CREATE TYPE "public"."enum_news_category" AS ENUM('prevention', 'alert', 'service', 'event', 'recruitment');
  CREATE TYPE "public"."enum_news_source" AS ENUM('editor', 'demo');
  CREATE TYPE "public"."enum_news_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__news_v_version_scope_level" AS ENUM('national', 'departments', 'communes');
  CREATE TYPE "public"."enum__news_v_version_category" AS ENUM('prevention', 'alert', 'service', 'event', 'recruitment');
  CREATE TYPE "public"."enum__news_v_version_source" AS ENUM('editor', 'demo');
  CREATE TYPE "public"."enum__news_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__news_v_published_locale" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_guides_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__guides_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__guides_v_published_locale" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'local-editor');
  CREATE TYPE "public"."enum_webhooks_events" AS ENUM('news.published', 'news.updated', 'news.unpublished', 'sheet.updated', 'service.changed', 'unit.changed');
  CREATE TYPE "public"."enum_webhooks_state" AS ENUM('active', 'paused');
  CREATE TYPE "public"."enum_webhook_deliveries_event" AS ENUM('news.published', 'news.updated', 'news.unpublished', 'sheet.updated', 'service.changed', 'unit.changed');
  CREATE TYPE "public"."enum_webhook_deliveries_status" AS ENUM('delivered', 'failed');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'deliverWebhook', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'deliverWebhook', 'schedulePublish');
  CREATE TABLE "services_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_services_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "services_channels" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_services_channels_kind",
  	"target" varchar,
  	"availability" "enum_services_channels_availability" DEFAULT 'always',
  	"hours" varchar
  );
  
  CREATE TABLE "services_channels_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "services" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"acronym" varchar,
  	"slug" varchar,
  	"url" varchar,
  	"category" "enum_services_category",
  	"language_count" numeric,
  	"operator" "enum_services_operator",
  	"coverage_scope" "enum_services_coverage_scope" DEFAULT 'national',
  	"status" "enum_services_service_status" DEFAULT 'active',
  	"replaced_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_services_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "services_locales" (
  	"name" varchar,
  	"summary" varchar,
  	"description" jsonb,
  	"audience" varchar,
  	"covers" varchar,
  	"excludes" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "services_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_services_v_version_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__services_v_version_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_services_v_version_channels" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum__services_v_version_channels_kind",
  	"target" varchar,
  	"availability" "enum__services_v_version_channels_availability" DEFAULT 'always',
  	"hours" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_services_v_version_channels_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_services_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_acronym" varchar,
  	"version_slug" varchar,
  	"version_url" varchar,
  	"version_category" "enum__services_v_version_category",
  	"version_language_count" numeric,
  	"version_operator" "enum__services_v_version_operator",
  	"version_coverage_scope" "enum__services_v_version_coverage_scope" DEFAULT 'national',
  	"version_status" "enum_services_service_status" DEFAULT 'active',
  	"version_replaced_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__services_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__services_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_services_v_locales" (
  	"version_name" varchar,
  	"version_summary" varchar,
  	"version_description" jsonb,
  	"version_audience" varchar,
  	"version_covers" varchar,
  	"version_excludes" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_services_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "sheets_themes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_sheets_themes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "sheets_audience" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_sheets_audience",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "sheets_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"url" varchar
  );
  
  CREATE TABLE "sheets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"last_significant_update" timestamp(3) with time zone,
  	"review_due_date" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_sheets_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "sheets_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "sheets_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"services_id" integer,
  	"sheets_id" integer
  );
  
  CREATE TABLE "_sheets_v_version_themes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__sheets_v_version_themes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_sheets_v_version_audience" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__sheets_v_version_audience",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_sheets_v_version_sources" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_sheets_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_last_significant_update" timestamp(3) with time zone,
  	"version_review_due_date" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__sheets_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__sheets_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_sheets_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_sheets_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"services_id" integer,
  	"sheets_id" integer
  );
  
  CREATE TABLE "units" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_units_kind" NOT NULL,
  	"force" "enum_units_force" DEFAULT 'none' NOT NULL,
  	"public_id" varchar,
  	"address_street" varchar,
  	"address_postcode" varchar,
  	"address_commune" varchar NOT NULL,
  	"address_insee_code" varchar NOT NULL,
  	"address_department" varchar,
  	"location_latitude" numeric,
  	"location_longitude" numeric,
  	"phone" varchar,
  	"email" varchar,
  	"website" varchar,
  	"opening_hours" varchar,
  	"status" "enum_units_status" DEFAULT 'active' NOT NULL,
  	"source" "enum_units_source" DEFAULT 'editor' NOT NULL,
  	"import_record" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "units_locales" (
  	"name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "units_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"services_id" integer
  );
  
  CREATE TABLE "unit_competences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"insee_code" varchar NOT NULL,
  	"institution" "enum_unit_competences_institution" NOT NULL,
  	"service_id" varchar NOT NULL,
  	"service_name" varchar NOT NULL,
  	"postcodes" varchar,
  	"status" "enum_unit_competences_status" DEFAULT 'active' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "news" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"image_id" integer,
  	"scope_level" "enum_news_scope_level" DEFAULT 'national',
  	"category" "enum_news_category",
  	"published_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone,
  	"unit_id" integer,
  	"source" "enum_news_source" DEFAULT 'editor',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_news_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "news_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "news_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_news_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_image_id" integer,
  	"version_scope_level" "enum__news_v_version_scope_level" DEFAULT 'national',
  	"version_category" "enum__news_v_version_category",
  	"version_published_at" timestamp(3) with time zone,
  	"version_expires_at" timestamp(3) with time zone,
  	"version_unit_id" integer,
  	"version_source" "enum__news_v_version_source" DEFAULT 'editor',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__news_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__news_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_news_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_news_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "guides_steps_answers" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"next" varchar
  );
  
  CREATE TABLE "guides_steps_answers_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "guides_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar
  );
  
  CREATE TABLE "guides_steps_locales" (
  	"question" varchar,
  	"help" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "guides_outcomes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"urgent" boolean DEFAULT false,
  	"suggest_units" boolean DEFAULT false
  );
  
  CREATE TABLE "guides_outcomes_locales" (
  	"title" varchar,
  	"advice" varchar,
  	"evidence" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "guides" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"start_step" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_guides_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "guides_locales" (
  	"title" varchar,
  	"intro" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "guides_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"services_id" integer,
  	"sheets_id" integer
  );
  
  CREATE TABLE "_guides_v_version_steps_answers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"next" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_guides_v_version_steps_answers_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_guides_v_version_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_guides_v_version_steps_locales" (
  	"question" varchar,
  	"help" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_guides_v_version_outcomes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"urgent" boolean DEFAULT false,
  	"suggest_units" boolean DEFAULT false,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_guides_v_version_outcomes_locales" (
  	"title" varchar,
  	"advice" varchar,
  	"evidence" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_guides_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_start_step" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__guides_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__guides_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_guides_v_locales" (
  	"version_title" varchar,
  	"version_intro" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_guides_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"services_id" integer,
  	"sheets_id" integer
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"credit" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_share_url" varchar,
  	"sizes_share_width" numeric,
  	"sizes_share_height" numeric,
  	"sizes_share_mime_type" varchar,
  	"sizes_share_filesize" numeric,
  	"sizes_share_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"role" "enum_users_role" DEFAULT 'editor' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "users_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "partners" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"contact_name" varchar,
  	"contact_email" varchar NOT NULL,
  	"revoked" boolean DEFAULT false,
  	"notes" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"enable_a_p_i_key" boolean,
  	"api_key" varchar,
  	"api_key_index" varchar
  );
  
  CREATE TABLE "partners_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "webhooks_events" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_webhooks_events",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "webhooks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"url" varchar NOT NULL,
  	"secret" varchar NOT NULL,
  	"state" "enum_webhooks_state" DEFAULT 'active' NOT NULL,
  	"paused_reason" varchar,
  	"failing_since" timestamp(3) with time zone,
  	"last_delivery_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "webhook_deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"webhook_id" integer NOT NULL,
  	"event" "enum_webhook_deliveries_event" NOT NULL,
  	"delivery_id" varchar NOT NULL,
  	"status" "enum_webhook_deliveries_status" NOT NULL,
  	"http_status" numeric,
  	"duration_ms" numeric,
  	"attempt" numeric NOT NULL,
  	"error" varchar,
  	"body" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"services_id" integer,
  	"sheets_id" integer,
  	"units_id" integer,
  	"unit_competences_id" integer,
  	"news_id" integer,
  	"guides_id" integer,
  	"media_id" integer,
  	"users_id" integer,
  	"partners_id" integer,
  	"webhooks_id" integer,
  	"webhook_deliveries_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"partners_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "services_audiences" ADD CONSTRAINT "services_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_channels" ADD CONSTRAINT "services_channels_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_channels_locales" ADD CONSTRAINT "services_channels_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services_channels"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services" ADD CONSTRAINT "services_replaced_by_id_services_id_fk" FOREIGN KEY ("replaced_by_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "services_locales" ADD CONSTRAINT "services_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_texts" ADD CONSTRAINT "services_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_version_audiences" ADD CONSTRAINT "_services_v_version_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_version_channels" ADD CONSTRAINT "_services_v_version_channels_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_version_channels_locales" ADD CONSTRAINT "_services_v_version_channels_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_services_v_version_channels"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v" ADD CONSTRAINT "_services_v_parent_id_services_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_services_v" ADD CONSTRAINT "_services_v_version_replaced_by_id_services_id_fk" FOREIGN KEY ("version_replaced_by_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_services_v_locales" ADD CONSTRAINT "_services_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_texts" ADD CONSTRAINT "_services_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sheets_themes" ADD CONSTRAINT "sheets_themes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sheets_audience" ADD CONSTRAINT "sheets_audience_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sheets_sources" ADD CONSTRAINT "sheets_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sheets_locales" ADD CONSTRAINT "sheets_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sheets_rels" ADD CONSTRAINT "sheets_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sheets_rels" ADD CONSTRAINT "sheets_rels_services_fk" FOREIGN KEY ("services_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sheets_rels" ADD CONSTRAINT "sheets_rels_sheets_fk" FOREIGN KEY ("sheets_id") REFERENCES "public"."sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sheets_v_version_themes" ADD CONSTRAINT "_sheets_v_version_themes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_sheets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sheets_v_version_audience" ADD CONSTRAINT "_sheets_v_version_audience_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_sheets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sheets_v_version_sources" ADD CONSTRAINT "_sheets_v_version_sources_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sheets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sheets_v" ADD CONSTRAINT "_sheets_v_parent_id_sheets_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sheets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_sheets_v_locales" ADD CONSTRAINT "_sheets_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_sheets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sheets_v_rels" ADD CONSTRAINT "_sheets_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_sheets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sheets_v_rels" ADD CONSTRAINT "_sheets_v_rels_services_fk" FOREIGN KEY ("services_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_sheets_v_rels" ADD CONSTRAINT "_sheets_v_rels_sheets_fk" FOREIGN KEY ("sheets_id") REFERENCES "public"."sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "units_locales" ADD CONSTRAINT "units_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "units_rels" ADD CONSTRAINT "units_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "units_rels" ADD CONSTRAINT "units_rels_services_fk" FOREIGN KEY ("services_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news_locales" ADD CONSTRAINT "news_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_texts" ADD CONSTRAINT "news_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_parent_id_news_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_image_id_media_id_fk" FOREIGN KEY ("version_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v_locales" ADD CONSTRAINT "_news_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_news_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_texts" ADD CONSTRAINT "_news_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_news_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_steps_answers" ADD CONSTRAINT "guides_steps_answers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_steps_answers_locales" ADD CONSTRAINT "guides_steps_answers_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides_steps_answers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_steps" ADD CONSTRAINT "guides_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_steps_locales" ADD CONSTRAINT "guides_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_outcomes" ADD CONSTRAINT "guides_outcomes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_outcomes_locales" ADD CONSTRAINT "guides_outcomes_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides_outcomes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_locales" ADD CONSTRAINT "guides_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_rels" ADD CONSTRAINT "guides_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_rels" ADD CONSTRAINT "guides_rels_services_fk" FOREIGN KEY ("services_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_rels" ADD CONSTRAINT "guides_rels_sheets_fk" FOREIGN KEY ("sheets_id") REFERENCES "public"."sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_version_steps_answers" ADD CONSTRAINT "_guides_v_version_steps_answers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v_version_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_version_steps_answers_locales" ADD CONSTRAINT "_guides_v_version_steps_answers_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v_version_steps_answers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_version_steps" ADD CONSTRAINT "_guides_v_version_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_version_steps_locales" ADD CONSTRAINT "_guides_v_version_steps_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v_version_steps"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_version_outcomes" ADD CONSTRAINT "_guides_v_version_outcomes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_version_outcomes_locales" ADD CONSTRAINT "_guides_v_version_outcomes_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v_version_outcomes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v" ADD CONSTRAINT "_guides_v_parent_id_guides_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."guides"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guides_v_locales" ADD CONSTRAINT "_guides_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_rels" ADD CONSTRAINT "_guides_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_rels" ADD CONSTRAINT "_guides_v_rels_services_fk" FOREIGN KEY ("services_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_rels" ADD CONSTRAINT "_guides_v_rels_sheets_fk" FOREIGN KEY ("sheets_id") REFERENCES "public"."sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_texts" ADD CONSTRAINT "users_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partners_texts" ADD CONSTRAINT "partners_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhooks_events" ADD CONSTRAINT "webhooks_events_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."webhooks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_webhook_id_webhooks_id_fk" FOREIGN KEY ("webhook_id") REFERENCES "public"."webhooks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_services_fk" FOREIGN KEY ("services_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sheets_fk" FOREIGN KEY ("sheets_id") REFERENCES "public"."sheets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_unit_competences_fk" FOREIGN KEY ("unit_competences_id") REFERENCES "public"."unit_competences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_guides_fk" FOREIGN KEY ("guides_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_partners_fk" FOREIGN KEY ("partners_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhooks_fk" FOREIGN KEY ("webhooks_id") REFERENCES "public"."webhooks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_webhook_deliveries_fk" FOREIGN KEY ("webhook_deliveries_id") REFERENCES "public"."webhook_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_partners_fk" FOREIGN KEY ("partners_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "services_audiences_order_idx" ON "services_audiences" USING btree ("order");
  CREATE INDEX "services_audiences_parent_idx" ON "services_audiences" USING btree ("parent_id");
  CREATE INDEX "services_audiences_value_idx" ON "services_audiences" USING btree ("value");
  CREATE INDEX "services_channels_order_idx" ON "services_channels" USING btree ("_order");
  CREATE INDEX "services_channels_parent_id_idx" ON "services_channels" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "services_channels_locales_locale_parent_id_unique" ON "services_channels_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "services_slug_idx" ON "services" USING btree ("slug");
  CREATE INDEX "services_category_idx" ON "services" USING btree ("category");
  CREATE INDEX "services_status_idx" ON "services" USING btree ("status");
  CREATE INDEX "services_replaced_by_idx" ON "services" USING btree ("replaced_by_id");
  CREATE INDEX "services_updated_at_idx" ON "services" USING btree ("updated_at");
  CREATE INDEX "services_created_at_idx" ON "services" USING btree ("created_at");
  CREATE INDEX "services__status_idx" ON "services" USING btree ("_status");
  CREATE UNIQUE INDEX "services_locales_locale_parent_id_unique" ON "services_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "services_texts_order_parent" ON "services_texts" USING btree ("order","parent_id");
  CREATE INDEX "_services_v_version_audiences_order_idx" ON "_services_v_version_audiences" USING btree ("order");
  CREATE INDEX "_services_v_version_audiences_parent_idx" ON "_services_v_version_audiences" USING btree ("parent_id");
  CREATE INDEX "_services_v_version_audiences_value_idx" ON "_services_v_version_audiences" USING btree ("value");
  CREATE INDEX "_services_v_version_channels_order_idx" ON "_services_v_version_channels" USING btree ("_order");
  CREATE INDEX "_services_v_version_channels_parent_id_idx" ON "_services_v_version_channels" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_services_v_version_channels_locales_locale_parent_id_unique" ON "_services_v_version_channels_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_services_v_parent_idx" ON "_services_v" USING btree ("parent_id");
  CREATE INDEX "_services_v_version_version_slug_idx" ON "_services_v" USING btree ("version_slug");
  CREATE INDEX "_services_v_version_version_category_idx" ON "_services_v" USING btree ("version_category");
  CREATE INDEX "_services_v_version_version_status_idx" ON "_services_v" USING btree ("version_status");
  CREATE INDEX "_services_v_version_version_replaced_by_idx" ON "_services_v" USING btree ("version_replaced_by_id");
  CREATE INDEX "_services_v_version_version_updated_at_idx" ON "_services_v" USING btree ("version_updated_at");
  CREATE INDEX "_services_v_version_version_created_at_idx" ON "_services_v" USING btree ("version_created_at");
  CREATE INDEX "_services_v_version_version__status_idx" ON "_services_v" USING btree ("version__status");
  CREATE INDEX "_services_v_created_at_idx" ON "_services_v" USING btree ("created_at");
  CREATE INDEX "_services_v_updated_at_idx" ON "_services_v" USING btree ("updated_at");
  CREATE INDEX "_services_v_snapshot_idx" ON "_services_v" USING btree ("snapshot");
  CREATE INDEX "_services_v_published_locale_idx" ON "_services_v" USING btree ("published_locale");
  CREATE INDEX "_services_v_latest_idx" ON "_services_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_services_v_locales_locale_parent_id_unique" ON "_services_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_services_v_texts_order_parent" ON "_services_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "sheets_themes_order_idx" ON "sheets_themes" USING btree ("order");
  CREATE INDEX "sheets_themes_parent_idx" ON "sheets_themes" USING btree ("parent_id");
  CREATE INDEX "sheets_themes_value_idx" ON "sheets_themes" USING btree ("value");
  CREATE INDEX "sheets_audience_order_idx" ON "sheets_audience" USING btree ("order");
  CREATE INDEX "sheets_audience_parent_idx" ON "sheets_audience" USING btree ("parent_id");
  CREATE INDEX "sheets_sources_order_idx" ON "sheets_sources" USING btree ("_order");
  CREATE INDEX "sheets_sources_parent_id_idx" ON "sheets_sources" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "sheets_slug_idx" ON "sheets" USING btree ("slug");
  CREATE INDEX "sheets_updated_at_idx" ON "sheets" USING btree ("updated_at");
  CREATE INDEX "sheets_created_at_idx" ON "sheets" USING btree ("created_at");
  CREATE INDEX "sheets__status_idx" ON "sheets" USING btree ("_status");
  CREATE UNIQUE INDEX "sheets_locales_locale_parent_id_unique" ON "sheets_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "sheets_rels_order_idx" ON "sheets_rels" USING btree ("order");
  CREATE INDEX "sheets_rels_parent_idx" ON "sheets_rels" USING btree ("parent_id");
  CREATE INDEX "sheets_rels_path_idx" ON "sheets_rels" USING btree ("path");
  CREATE INDEX "sheets_rels_services_id_idx" ON "sheets_rels" USING btree ("services_id");
  CREATE INDEX "sheets_rels_sheets_id_idx" ON "sheets_rels" USING btree ("sheets_id");
  CREATE INDEX "_sheets_v_version_themes_order_idx" ON "_sheets_v_version_themes" USING btree ("order");
  CREATE INDEX "_sheets_v_version_themes_parent_idx" ON "_sheets_v_version_themes" USING btree ("parent_id");
  CREATE INDEX "_sheets_v_version_themes_value_idx" ON "_sheets_v_version_themes" USING btree ("value");
  CREATE INDEX "_sheets_v_version_audience_order_idx" ON "_sheets_v_version_audience" USING btree ("order");
  CREATE INDEX "_sheets_v_version_audience_parent_idx" ON "_sheets_v_version_audience" USING btree ("parent_id");
  CREATE INDEX "_sheets_v_version_sources_order_idx" ON "_sheets_v_version_sources" USING btree ("_order");
  CREATE INDEX "_sheets_v_version_sources_parent_id_idx" ON "_sheets_v_version_sources" USING btree ("_parent_id");
  CREATE INDEX "_sheets_v_parent_idx" ON "_sheets_v" USING btree ("parent_id");
  CREATE INDEX "_sheets_v_version_version_slug_idx" ON "_sheets_v" USING btree ("version_slug");
  CREATE INDEX "_sheets_v_version_version_updated_at_idx" ON "_sheets_v" USING btree ("version_updated_at");
  CREATE INDEX "_sheets_v_version_version_created_at_idx" ON "_sheets_v" USING btree ("version_created_at");
  CREATE INDEX "_sheets_v_version_version__status_idx" ON "_sheets_v" USING btree ("version__status");
  CREATE INDEX "_sheets_v_created_at_idx" ON "_sheets_v" USING btree ("created_at");
  CREATE INDEX "_sheets_v_updated_at_idx" ON "_sheets_v" USING btree ("updated_at");
  CREATE INDEX "_sheets_v_snapshot_idx" ON "_sheets_v" USING btree ("snapshot");
  CREATE INDEX "_sheets_v_published_locale_idx" ON "_sheets_v" USING btree ("published_locale");
  CREATE INDEX "_sheets_v_latest_idx" ON "_sheets_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_sheets_v_locales_locale_parent_id_unique" ON "_sheets_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_sheets_v_rels_order_idx" ON "_sheets_v_rels" USING btree ("order");
  CREATE INDEX "_sheets_v_rels_parent_idx" ON "_sheets_v_rels" USING btree ("parent_id");
  CREATE INDEX "_sheets_v_rels_path_idx" ON "_sheets_v_rels" USING btree ("path");
  CREATE INDEX "_sheets_v_rels_services_id_idx" ON "_sheets_v_rels" USING btree ("services_id");
  CREATE INDEX "_sheets_v_rels_sheets_id_idx" ON "_sheets_v_rels" USING btree ("sheets_id");
  CREATE INDEX "units_kind_idx" ON "units" USING btree ("kind");
  CREATE INDEX "units_force_idx" ON "units" USING btree ("force");
  CREATE UNIQUE INDEX "units_public_id_idx" ON "units" USING btree ("public_id");
  CREATE INDEX "units_address_address_insee_code_idx" ON "units" USING btree ("address_insee_code");
  CREATE INDEX "units_address_address_department_idx" ON "units" USING btree ("address_department");
  CREATE INDEX "units_status_idx" ON "units" USING btree ("status");
  CREATE INDEX "units_updated_at_idx" ON "units" USING btree ("updated_at");
  CREATE INDEX "units_created_at_idx" ON "units" USING btree ("created_at");
  CREATE UNIQUE INDEX "units_locales_locale_parent_id_unique" ON "units_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "units_rels_order_idx" ON "units_rels" USING btree ("order");
  CREATE INDEX "units_rels_parent_idx" ON "units_rels" USING btree ("parent_id");
  CREATE INDEX "units_rels_path_idx" ON "units_rels" USING btree ("path");
  CREATE INDEX "units_rels_services_id_idx" ON "units_rels" USING btree ("services_id");
  CREATE UNIQUE INDEX "unit_competences_key_idx" ON "unit_competences" USING btree ("key");
  CREATE INDEX "unit_competences_insee_code_idx" ON "unit_competences" USING btree ("insee_code");
  CREATE INDEX "unit_competences_status_idx" ON "unit_competences" USING btree ("status");
  CREATE INDEX "unit_competences_updated_at_idx" ON "unit_competences" USING btree ("updated_at");
  CREATE INDEX "unit_competences_created_at_idx" ON "unit_competences" USING btree ("created_at");
  CREATE UNIQUE INDEX "news_slug_idx" ON "news" USING btree ("slug");
  CREATE INDEX "news_image_idx" ON "news" USING btree ("image_id");
  CREATE INDEX "news_scope_scope_level_idx" ON "news" USING btree ("scope_level");
  CREATE INDEX "news_category_idx" ON "news" USING btree ("category");
  CREATE INDEX "news_published_at_idx" ON "news" USING btree ("published_at");
  CREATE INDEX "news_expires_at_idx" ON "news" USING btree ("expires_at");
  CREATE INDEX "news_unit_idx" ON "news" USING btree ("unit_id");
  CREATE INDEX "news_updated_at_idx" ON "news" USING btree ("updated_at");
  CREATE INDEX "news_created_at_idx" ON "news" USING btree ("created_at");
  CREATE INDEX "news__status_idx" ON "news" USING btree ("_status");
  CREATE UNIQUE INDEX "news_locales_locale_parent_id_unique" ON "news_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "news_texts_order_parent" ON "news_texts" USING btree ("order","parent_id");
  CREATE INDEX "_news_v_parent_idx" ON "_news_v" USING btree ("parent_id");
  CREATE INDEX "_news_v_version_version_slug_idx" ON "_news_v" USING btree ("version_slug");
  CREATE INDEX "_news_v_version_version_image_idx" ON "_news_v" USING btree ("version_image_id");
  CREATE INDEX "_news_v_version_scope_version_scope_level_idx" ON "_news_v" USING btree ("version_scope_level");
  CREATE INDEX "_news_v_version_version_category_idx" ON "_news_v" USING btree ("version_category");
  CREATE INDEX "_news_v_version_version_published_at_idx" ON "_news_v" USING btree ("version_published_at");
  CREATE INDEX "_news_v_version_version_expires_at_idx" ON "_news_v" USING btree ("version_expires_at");
  CREATE INDEX "_news_v_version_version_unit_idx" ON "_news_v" USING btree ("version_unit_id");
  CREATE INDEX "_news_v_version_version_updated_at_idx" ON "_news_v" USING btree ("version_updated_at");
  CREATE INDEX "_news_v_version_version_created_at_idx" ON "_news_v" USING btree ("version_created_at");
  CREATE INDEX "_news_v_version_version__status_idx" ON "_news_v" USING btree ("version__status");
  CREATE INDEX "_news_v_created_at_idx" ON "_news_v" USING btree ("created_at");
  CREATE INDEX "_news_v_updated_at_idx" ON "_news_v" USING btree ("updated_at");
  CREATE INDEX "_news_v_snapshot_idx" ON "_news_v" USING btree ("snapshot");
  CREATE INDEX "_news_v_published_locale_idx" ON "_news_v" USING btree ("published_locale");
  CREATE INDEX "_news_v_latest_idx" ON "_news_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_news_v_locales_locale_parent_id_unique" ON "_news_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_news_v_texts_order_parent" ON "_news_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "guides_steps_answers_order_idx" ON "guides_steps_answers" USING btree ("_order");
  CREATE INDEX "guides_steps_answers_parent_id_idx" ON "guides_steps_answers" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "guides_steps_answers_locales_locale_parent_id_unique" ON "guides_steps_answers_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "guides_steps_order_idx" ON "guides_steps" USING btree ("_order");
  CREATE INDEX "guides_steps_parent_id_idx" ON "guides_steps" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "guides_steps_locales_locale_parent_id_unique" ON "guides_steps_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "guides_outcomes_order_idx" ON "guides_outcomes" USING btree ("_order");
  CREATE INDEX "guides_outcomes_parent_id_idx" ON "guides_outcomes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "guides_outcomes_locales_locale_parent_id_unique" ON "guides_outcomes_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "guides_slug_idx" ON "guides" USING btree ("slug");
  CREATE INDEX "guides_updated_at_idx" ON "guides" USING btree ("updated_at");
  CREATE INDEX "guides_created_at_idx" ON "guides" USING btree ("created_at");
  CREATE INDEX "guides__status_idx" ON "guides" USING btree ("_status");
  CREATE UNIQUE INDEX "guides_locales_locale_parent_id_unique" ON "guides_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "guides_rels_order_idx" ON "guides_rels" USING btree ("order");
  CREATE INDEX "guides_rels_parent_idx" ON "guides_rels" USING btree ("parent_id");
  CREATE INDEX "guides_rels_path_idx" ON "guides_rels" USING btree ("path");
  CREATE INDEX "guides_rels_services_id_idx" ON "guides_rels" USING btree ("services_id");
  CREATE INDEX "guides_rels_sheets_id_idx" ON "guides_rels" USING btree ("sheets_id");
  CREATE INDEX "_guides_v_version_steps_answers_order_idx" ON "_guides_v_version_steps_answers" USING btree ("_order");
  CREATE INDEX "_guides_v_version_steps_answers_parent_id_idx" ON "_guides_v_version_steps_answers" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_guides_v_version_steps_answers_locales_locale_parent_id_uni" ON "_guides_v_version_steps_answers_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_guides_v_version_steps_order_idx" ON "_guides_v_version_steps" USING btree ("_order");
  CREATE INDEX "_guides_v_version_steps_parent_id_idx" ON "_guides_v_version_steps" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_guides_v_version_steps_locales_locale_parent_id_unique" ON "_guides_v_version_steps_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_guides_v_version_outcomes_order_idx" ON "_guides_v_version_outcomes" USING btree ("_order");
  CREATE INDEX "_guides_v_version_outcomes_parent_id_idx" ON "_guides_v_version_outcomes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_guides_v_version_outcomes_locales_locale_parent_id_unique" ON "_guides_v_version_outcomes_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_guides_v_parent_idx" ON "_guides_v" USING btree ("parent_id");
  CREATE INDEX "_guides_v_version_version_slug_idx" ON "_guides_v" USING btree ("version_slug");
  CREATE INDEX "_guides_v_version_version_updated_at_idx" ON "_guides_v" USING btree ("version_updated_at");
  CREATE INDEX "_guides_v_version_version_created_at_idx" ON "_guides_v" USING btree ("version_created_at");
  CREATE INDEX "_guides_v_version_version__status_idx" ON "_guides_v" USING btree ("version__status");
  CREATE INDEX "_guides_v_created_at_idx" ON "_guides_v" USING btree ("created_at");
  CREATE INDEX "_guides_v_updated_at_idx" ON "_guides_v" USING btree ("updated_at");
  CREATE INDEX "_guides_v_snapshot_idx" ON "_guides_v" USING btree ("snapshot");
  CREATE INDEX "_guides_v_published_locale_idx" ON "_guides_v" USING btree ("published_locale");
  CREATE INDEX "_guides_v_latest_idx" ON "_guides_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_guides_v_locales_locale_parent_id_unique" ON "_guides_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_guides_v_rels_order_idx" ON "_guides_v_rels" USING btree ("order");
  CREATE INDEX "_guides_v_rels_parent_idx" ON "_guides_v_rels" USING btree ("parent_id");
  CREATE INDEX "_guides_v_rels_path_idx" ON "_guides_v_rels" USING btree ("path");
  CREATE INDEX "_guides_v_rels_services_id_idx" ON "_guides_v_rels" USING btree ("services_id");
  CREATE INDEX "_guides_v_rels_sheets_id_idx" ON "_guides_v_rels" USING btree ("sheets_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_share_sizes_share_filename_idx" ON "media" USING btree ("sizes_share_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "users_texts_order_parent" ON "users_texts" USING btree ("order","parent_id");
  CREATE INDEX "partners_updated_at_idx" ON "partners" USING btree ("updated_at");
  CREATE INDEX "partners_created_at_idx" ON "partners" USING btree ("created_at");
  CREATE INDEX "partners_texts_order_parent" ON "partners_texts" USING btree ("order","parent_id");
  CREATE INDEX "webhooks_events_order_idx" ON "webhooks_events" USING btree ("order");
  CREATE INDEX "webhooks_events_parent_idx" ON "webhooks_events" USING btree ("parent_id");
  CREATE INDEX "webhooks_updated_at_idx" ON "webhooks" USING btree ("updated_at");
  CREATE INDEX "webhooks_created_at_idx" ON "webhooks" USING btree ("created_at");
  CREATE INDEX "webhook_deliveries_webhook_idx" ON "webhook_deliveries" USING btree ("webhook_id");
  CREATE INDEX "webhook_deliveries_delivery_id_idx" ON "webhook_deliveries" USING btree ("delivery_id");
  CREATE INDEX "webhook_deliveries_updated_at_idx" ON "webhook_deliveries" USING btree ("updated_at");
  CREATE INDEX "webhook_deliveries_created_at_idx" ON "webhook_deliveries" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_services_id_idx" ON "payload_locked_documents_rels" USING btree ("services_id");
  CREATE INDEX "payload_locked_documents_rels_sheets_id_idx" ON "payload_locked_documents_rels" USING btree ("sheets_id");
  CREATE INDEX "payload_locked_documents_rels_units_id_idx" ON "payload_locked_documents_rels" USING btree ("units_id");
  CREATE INDEX "payload_locked_documents_rels_unit_competences_id_idx" ON "payload_locked_documents_rels" USING btree ("unit_competences_id");
  CREATE INDEX "payload_locked_documents_rels_news_id_idx" ON "payload_locked_documents_rels" USING btree ("news_id");
  CREATE INDEX "payload_locked_documents_rels_guides_id_idx" ON "payload_locked_documents_rels" USING btree ("guides_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_partners_id_idx" ON "payload_locked_documents_rels" USING btree ("partners_id");
  CREATE INDEX "payload_locked_documents_rels_webhooks_id_idx" ON "payload_locked_documents_rels" USING btree ("webhooks_id");
  CREATE INDEX "payload_locked_documents_rels_webhook_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("webhook_deliveries_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_rels_partners_id_idx" ON "payload_preferences_rels" USING btree ("partners_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "services_audiences" CASCADE;
  DROP TABLE "services_channels" CASCADE;
  DROP TABLE "services_channels_locales" CASCADE;
  DROP TABLE "services" CASCADE;
  DROP TABLE "services_locales" CASCADE;
  DROP TABLE "services_texts" CASCADE;
  DROP TABLE "_services_v_version_audiences" CASCADE;
  DROP TABLE "_services_v_version_channels" CASCADE;
  DROP TABLE "_services_v_version_channels_locales" CASCADE;
  DROP TABLE "_services_v" CASCADE;
  DROP TABLE "_services_v_locales" CASCADE;
  DROP TABLE "_services_v_texts" CASCADE;
  DROP TABLE "sheets_themes" CASCADE;
  DROP TABLE "sheets_audience" CASCADE;
  DROP TABLE "sheets_sources" CASCADE;
  DROP TABLE "sheets" CASCADE;
  DROP TABLE "sheets_locales" CASCADE;
  DROP TABLE "sheets_rels" CASCADE;
  DROP TABLE "_sheets_v_version_themes" CASCADE;
  DROP TABLE "_sheets_v_version_audience" CASCADE;
  DROP TABLE "_sheets_v_version_sources" CASCADE;
  DROP TABLE "_sheets_v" CASCADE;
  DROP TABLE "_sheets_v_locales" CASCADE;
  DROP TABLE "_sheets_v_rels" CASCADE;
  DROP TABLE "units" CASCADE;
  DROP TABLE "units_locales" CASCADE;
  DROP TABLE "units_rels" CASCADE;
  DROP TABLE "unit_competences" CASCADE;
  DROP TABLE "news" CASCADE;
  DROP TABLE "news_locales" CASCADE;
  DROP TABLE "news_texts" CASCADE;
  DROP TABLE "_news_v" CASCADE;
  DROP TABLE "_news_v_locales" CASCADE;
  DROP TABLE "_news_v_texts" CASCADE;
  DROP TABLE "guides_steps_answers" CASCADE;
  DROP TABLE "guides_steps_answers_locales" CASCADE;
  DROP TABLE "guides_steps" CASCADE;
  DROP TABLE "guides_steps_locales" CASCADE;
  DROP TABLE "guides_outcomes" CASCADE;
  DROP TABLE "guides_outcomes_locales" CASCADE;
  DROP TABLE "guides" CASCADE;
  DROP TABLE "guides_locales" CASCADE;
  DROP TABLE "guides_rels" CASCADE;
  DROP TABLE "_guides_v_version_steps_answers" CASCADE;
  DROP TABLE "_guides_v_version_steps_answers_locales" CASCADE;
  DROP TABLE "_guides_v_version_steps" CASCADE;
  DROP TABLE "_guides_v_version_steps_locales" CASCADE;
  DROP TABLE "_guides_v_version_outcomes" CASCADE;
  DROP TABLE "_guides_v_version_outcomes_locales" CASCADE;
  DROP TABLE "_guides_v" CASCADE;
  DROP TABLE "_guides_v_locales" CASCADE;
  DROP TABLE "_guides_v_rels" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "users_texts" CASCADE;
  DROP TABLE "partners" CASCADE;
  DROP TABLE "partners_texts" CASCADE;
  DROP TABLE "webhooks_events" CASCADE;
  DROP TABLE "webhooks" CASCADE;
  DROP TABLE "webhook_deliveries" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_services_audiences";
  DROP TYPE "public"."enum_services_channels_kind";
  DROP TYPE "public"."enum_services_channels_availability";
  DROP TYPE "public"."enum_services_category";
  DROP TYPE "public"."enum_services_operator";
  DROP TYPE "public"."enum_services_coverage_scope";
  DROP TYPE "public"."enum_services_service_status";
  DROP TYPE "public"."enum_services_status";
  DROP TYPE "public"."enum__services_v_version_audiences";
  DROP TYPE "public"."enum__services_v_version_channels_kind";
  DROP TYPE "public"."enum__services_v_version_channels_availability";
  DROP TYPE "public"."enum__services_v_version_category";
  DROP TYPE "public"."enum__services_v_version_operator";
  DROP TYPE "public"."enum__services_v_version_coverage_scope";
  DROP TYPE "public"."enum__services_v_version_status";
  DROP TYPE "public"."enum__services_v_published_locale";
  DROP TYPE "public"."enum_sheets_themes";
  DROP TYPE "public"."enum_sheets_audience";
  DROP TYPE "public"."enum_sheets_status";
  DROP TYPE "public"."enum__sheets_v_version_themes";
  DROP TYPE "public"."enum__sheets_v_version_audience";
  DROP TYPE "public"."enum__sheets_v_version_status";
  DROP TYPE "public"."enum__sheets_v_published_locale";
  DROP TYPE "public"."enum_units_kind";
  DROP TYPE "public"."enum_units_force";
  DROP TYPE "public"."enum_units_status";
  DROP TYPE "public"."enum_units_source";
  DROP TYPE "public"."enum_unit_competences_institution";
  DROP TYPE "public"."enum_unit_competences_status";
  DROP TYPE "public"."enum_news_scope_level";
  DROP TYPE "public"."enum_news_category";
  DROP TYPE "public"."enum_news_source";
  DROP TYPE "public"."enum_news_status";
  DROP TYPE "public"."enum__news_v_version_scope_level";
  DROP TYPE "public"."enum__news_v_version_category";
  DROP TYPE "public"."enum__news_v_version_source";
  DROP TYPE "public"."enum__news_v_version_status";
  DROP TYPE "public"."enum__news_v_published_locale";
  DROP TYPE "public"."enum_guides_status";
  DROP TYPE "public"."enum__guides_v_version_status";
  DROP TYPE "public"."enum__guides_v_published_locale";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_webhooks_events";
  DROP TYPE "public"."enum_webhooks_state";
  DROP TYPE "public"."enum_webhook_deliveries_event";
  DROP TYPE "public"."enum_webhook_deliveries_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
