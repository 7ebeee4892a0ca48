import type { Migration } from 'kysely';
import * as core from './001_core.ts';
import * as organisations from './002_organisations.ts';
import * as processes from './003_processes.ts';
import * as processesExtra from './006_processes_extra.ts';
import * as organisationsExtra from './005_organisations_extra.ts';

/** Every migration, in order; names sort in the order they must run. */
export const migrations: Record<string, Migration> = {
  '001_core': core,
  '002_organisations': organisations,
  '003_processes': processes,
  '006_processes_extra': processesExtra,
  '005_organisations_extra': organisationsExtra,
};
