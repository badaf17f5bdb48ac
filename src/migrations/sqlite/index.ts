import * as migration_20261122_231111_initial from './20261122_231111_initial';

export const migrations = [
  {
    up: migration_20261122_231111_initial.up,
    down: migration_20261122_231111_initial.down,
    name: '20261122_231111_initial'
  },
];
