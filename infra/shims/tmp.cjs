// `tmp` left out of the Lambda bundles (infra/bundling.ts): exceljs's streaming reader, which
// we never use, calls setGracefulCleanup() when it loads, and tmp.file() only when it reads.
'use strict';
module.exports = {
  setGracefulCleanup() {},
  file() {
    throw new Error('tmp: this package is left out of the Lambda bundle (infra/bundling.ts)');
  },
};
