// Starts a worker thread on TypeScript sources: registers tsx in this thread, then loads the
// real entry (workerData.entry). On Node 20, `execArgv: ['--import', 'tsx']` registers tsx's
// hooks too late for a worker's own entry module ("Unknown file extension .ts"); this does not.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
