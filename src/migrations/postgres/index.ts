import * as migration_20261122_233015_initial from './20261122_233015_initial';

export const migrations = [
  {
    up: migration_20261122_233015_initial.up,
    down: migration_20261122_233015_initial.down,
    name: '20261122_233015_initial'
  },
];
