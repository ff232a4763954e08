// Stands in, in the Lambda bundles only, for a package that a dependency requires but that
// none of our code paths reaches (infra/bundling.ts, `leftOutPackages`, says which and why).
// Requiring it works; using it throws, naming itself, instead of failing somewhere odd.
'use strict';
module.exports = new Proxy(
  {},
  {
    get(_, property) {
      if (property === '__esModule') return false;
      return () => {
        throw new Error(
          `${String(property)}: this package is left out of the Lambda bundle (infra/bundling.ts)`,
        );
      };
    },
  },
);
