// Runs s3rver in its own Node process, started by test/adapters/s3rver.ts with
// --openssl-legacy-provider (s3rver's list continuation tokens use DES, which Node 20's
// OpenSSL 3 only offers through the legacy provider). Events go to the parent over IPC.
import S3rver from 's3rver';

const [directory, ...buckets] = process.argv.slice(2);
const server = new S3rver({
  address: '127.0.0.1',
  port: 0,
  silent: true,
  directory,
  resetOnClose: true,
  configureBuckets: buckets.map((name) => ({ name })),
});
server.on('event', (event) => process.send?.({ type: 'event', event }));
const address = await server.run();
process.send?.({ type: 'ready', port: address.port });
process.on('message', async (message) => {
  if (message?.type === 'close') {
    await server.close();
    process.exit(0);
  }
});
process.on('disconnect', () => process.exit(0));
