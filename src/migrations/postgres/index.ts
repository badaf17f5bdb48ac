import * as migration_20261122_234415_initial from './20261122_234415_initial';

export const migrations = [
  {
    up: migration_20261122_234415_initial.up,
    down: migration_20261122_234415_initial.down,
    name: '20261122_234415_initial'
  },
];
