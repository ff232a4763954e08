import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FolderStore } from '../../functions/adapters/folder-store.js';
import { dataKeys } from '../../functions/core/keys.js';
import { createLocalPortalDeps } from '../../functions/portal/local-deps.js';
import { Client, makePortal } from './helpers.js';

const banner = 'Fictitious sample data.';

describe('a portal over the bundled sample store', () => {
  it('says "Fictitious sample data" on the sign-in page and on every signed-in page', async () => {
    const { store } = await makePortal();
    await new FolderStore(join(store, 'data')).put(dataKeys.sampleMarker, new TextEncoder().encode('x'));
    const deps = await createLocalPortalDeps(store);
    const contact = new Client(deps);
    expect((await contact.get('/signin')).text).toContain(banner);
    await contact.signIn('fr@example.org');
    expect((await contact.get('/country/FR?year=2014')).text).toContain(banner);
    expect((await contact.get('/country/DE?year=2014')).text).toContain(banner); // the 403 page too
    const staff = new Client(deps);
    await staff.signIn('staff@example.org');
    expect((await staff.get('/staff?year=2014')).text).toContain(banner);
  });

  it('shows no such mark over real submissions', async () => {
    const { deps } = await makePortal();
    const staff = new Client(deps);
    expect((await staff.get('/signin')).text).not.toContain(banner);
    await staff.signIn('staff@example.org');
    expect((await staff.get('/staff?year=2014')).text).not.toContain(banner);
  });
});
