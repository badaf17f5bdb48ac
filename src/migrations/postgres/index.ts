import * as migration_20261123_000159_initial from './20261123_000159_initial';
import * as migration_20261124_062904_hardening from './20261124_062904_hardening';

export const migrations = [
  {
    up: migration_20261123_000159_initial.up,
    down: migration_20261123_000159_initial.down,
    name: '20261123_000159_initial',
  },
  {
    up: migration_20261124_062904_hardening.up,
    down: migration_20261124_062904_hardening.down,
    name: '20261124_062904_hardening'
  },
];
