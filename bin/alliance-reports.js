#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx, so the repo needs no build step.
import { register } from 'tsx/esm/api';

register();
// The precompiled templates (build/, never committed) are built on first use, and after a template changes.
const { ensureTemplatesModule } = await import('../scripts/lib/templates-module.ts');
ensureTemplatesModule();
const { main } = await import('../functions/cli/main.ts');
process.exitCode = await main(process.argv);
