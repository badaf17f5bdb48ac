import * as migration_20261123_000133_initial from './20261123_000133_initial';
import * as migration_20261124_062756_hardening from './20261124_062756_hardening';

export const migrations = [
  {
    up: migration_20261123_000133_initial.up,
    down: migration_20261123_000133_initial.down,
    name: '20261123_000133_initial',
  },
  {
    up: migration_20261124_062756_hardening.up,
    down: migration_20261124_062756_hardening.down,
    name: '20261124_062756_hardening'
  },
];
