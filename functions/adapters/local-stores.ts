/**
 * The embedded store of the command line and the local portal: one folder holding the two
 * "buckets" as sub-folders (`<dir>/uploads`, `<dir>/data`, named in core/keys.ts).
 */
import { join } from 'node:path';
import { localStoreFolders } from '../core/keys.js';
import { FolderStore } from './folder-store.js';

export function openLocalStores(dir: string): { uploads: FolderStore; data: FolderStore } {
  return {
    uploads: new FolderStore(join(dir, localStoreFolders.uploads)),
    data: new FolderStore(join(dir, localStoreFolders.data)),
  };
}
