import * as migration_20261123_000159_initial from './20261123_000159_initial';

export const migrations = [
  {
    up: migration_20261123_000159_initial.up,
    down: migration_20261123_000159_initial.down,
    name: '20261123_000159_initial'
  },
];
