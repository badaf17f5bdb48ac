import * as migration_20261123_000159_initial from './20261123_000159_initial';
import * as migration_20261124_072458_service_sources_seed_records_login_throttle from './20261124_072458_service_sources_seed_records_login_throttle';
import * as migration_20261204_085300_editors_dashboard_review_digest from './20261204_085300_editors_dashboard_review_digest';
import * as migration_20261206_065454_list_and_child_table_indexes from './20261206_065454_list_and_child_table_indexes';
import * as migration_20261206_065804_image_visibility from './20261206_065804_image_visibility';
import * as migration_20261206_084336_purge_outbox from './20261206_084336_purge_outbox';
import * as migration_20261206_130036_news_list_end_date from './20261206_130036_news_list_end_date';

export const migrations = [
  {
    up: migration_20261123_000159_initial.up,
    down: migration_20261123_000159_initial.down,
    name: '20261123_000159_initial',
  },
  {
    up: migration_20261124_072458_service_sources_seed_records_login_throttle.up,
    down: migration_20261124_072458_service_sources_seed_records_login_throttle.down,
    name: '20261124_072458_service_sources_seed_records_login_throttle',
  },
  {
    up: migration_20261204_085300_editors_dashboard_review_digest.up,
    down: migration_20261204_085300_editors_dashboard_review_digest.down,
    name: '20261204_085300_editors_dashboard_review_digest',
  },
  {
    up: migration_20261206_065454_list_and_child_table_indexes.up,
    down: migration_20261206_065454_list_and_child_table_indexes.down,
    name: '20261206_065454_list_and_child_table_indexes',
  },
  {
    up: migration_20261206_065804_image_visibility.up,
    down: migration_20261206_065804_image_visibility.down,
    name: '20261206_065804_image_visibility',
  },
  {
    up: migration_20261206_084336_purge_outbox.up,
    down: migration_20261206_084336_purge_outbox.down,
    name: '20261206_084336_purge_outbox',
  },
  {
    up: migration_20261206_130036_news_list_end_date.up,
    down: migration_20261206_130036_news_list_end_date.down,
    name: '20261206_130036_news_list_end_date'
  },
];
