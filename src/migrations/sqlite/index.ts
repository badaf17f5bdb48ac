import * as migration_20261123_000133_initial from './20261123_000133_initial';
import * as migration_20261124_072443_service_sources_seed_records_login_throttle from './20261124_072443_service_sources_seed_records_login_throttle';
import * as migration_20261204_085238_editors_dashboard_review_digest from './20261204_085238_editors_dashboard_review_digest';
import * as migration_20261206_065326_image_visibility from './20261206_065326_image_visibility';
import * as migration_20261206_065352_ids_never_reused from './20261206_065352_ids_never_reused';
import * as migration_20261206_065415_list_and_child_table_indexes from './20261206_065415_list_and_child_table_indexes';
import * as migration_20261206_084432_purge_outbox from './20261206_084432_purge_outbox';
import * as migration_20261206_130002_news_list_end_date from './20261206_130002_news_list_end_date';

export const migrations = [
  {
    up: migration_20261123_000133_initial.up,
    down: migration_20261123_000133_initial.down,
    name: '20261123_000133_initial',
  },
  {
    up: migration_20261124_072443_service_sources_seed_records_login_throttle.up,
    down: migration_20261124_072443_service_sources_seed_records_login_throttle.down,
    name: '20261124_072443_service_sources_seed_records_login_throttle',
  },
  {
    up: migration_20261204_085238_editors_dashboard_review_digest.up,
    down: migration_20261204_085238_editors_dashboard_review_digest.down,
    name: '20261204_085238_editors_dashboard_review_digest',
  },
  {
    up: migration_20261206_065326_image_visibility.up,
    down: migration_20261206_065326_image_visibility.down,
    name: '20261206_065326_image_visibility',
  },
  {
    up: migration_20261206_065352_ids_never_reused.up,
    down: migration_20261206_065352_ids_never_reused.down,
    name: '20261206_065352_ids_never_reused',
  },
  {
    up: migration_20261206_065415_list_and_child_table_indexes.up,
    down: migration_20261206_065415_list_and_child_table_indexes.down,
    name: '20261206_065415_list_and_child_table_indexes',
  },
  {
    up: migration_20261206_084432_purge_outbox.up,
    down: migration_20261206_084432_purge_outbox.down,
    name: '20261206_084432_purge_outbox',
  },
  {
    up: migration_20261206_130002_news_list_end_date.up,
    down: migration_20261206_130002_news_list_end_date.down,
    name: '20261206_130002_news_list_end_date'
  },
];
