// Profile registry: look a profile up by its version name.
import type { Profile, ProfileName } from './types';
import { py311 } from './py311';
import { py312 } from './py312';
import { py313 } from './py313';
import { py314 } from './py314';
import { py314wasm32 } from './py314_wasm32';

export type { Profile, ProfileName } from './types';

/** All profiles by name (`3.14-wasm32` models the 3.14 oracle, Pyodide; the UI offers the other four). */
export const PROFILES: Record<ProfileName, Profile> = { '3.11': py311, '3.12': py312, '3.13': py313, '3.14': py314, '3.14-wasm32': py314wasm32 };

/** The profile for `name` (default 3.12). */
export function getProfile(name: ProfileName = '3.12'): Profile {
  const p = PROFILES[name];
  if (!p) throw new Error(`unknown profile ${name}`);
  return p;
}
