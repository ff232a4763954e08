import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FolderStore } from '../../functions/adapters/folder-store.js';
import { describeObjectStoreContract } from './object-store.contract.js';

describeObjectStoreContract('FolderStore', async () => {
  const root = await mkdtemp(join(tmpdir(), 'folder-store-'));
  return {
    store: new FolderStore(root),
    close: () => rm(root, { recursive: true, force: true }),
  };
});
