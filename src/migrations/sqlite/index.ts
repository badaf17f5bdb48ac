import * as migration_20261123_000133_initial from './20261123_000133_initial';
import * as migration_20261124_060124_service_sources from './20261124_060124_service_sources';
import * as migration_20261124_061314_seed_records from './20261124_061314_seed_records';

export const migrations = [
  {
    up: migration_20261123_000133_initial.up,
    down: migration_20261123_000133_initial.down,
    name: '20261123_000133_initial',
  },
  {
    up: migration_20261124_060124_service_sources.up,
    down: migration_20261124_060124_service_sources.down,
    name: '20261124_060124_service_sources',
  },
  {
    up: migration_20261124_061314_seed_records.up,
    down: migration_20261124_061314_seed_records.down,
    name: '20261124_061314_seed_records'
  },
];
