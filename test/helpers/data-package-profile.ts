// biome-ignore-all lint/suspicious/noThenProperty: `then` is JSON Schema's keyword (if / then / else), not a thenable.
/**
 * The metadata rules of the Data Package standard v2 (Data Package, Data Resource, Table
 * Dialect and Table Schema), written as a JSON Schema from the specification's text
 * (datapackage.org/standard): what a descriptor MUST be. The `frictionless` validator is not
 * installable here (not in Debian, no PyPI), so this and the row checks of
 * data-package-check.ts stand in for it. Rules JSON Schema cannot say (unique names, keys
 * that name fields, the data itself) are checked in code there.
 */

const stringArray = { type: 'array', items: { type: 'string' } };

/** "URL or Path": a fully qualified http(s) URL, or a relative POSIX path that does not climb out. */
const urlOrPath = {
  type: 'string',
  minLength: 1,
  anyOf: [
    { pattern: '^https?://' },
    // Relative: not absolute, no `..` segment, no backslash, no scheme.
    {
      not: {
        anyOf: [
          { pattern: '^/' },
          { pattern: '(^|/)\\.\\.(/|$)' },
          { pattern: '\\\\' },
          { pattern: '^[a-zA-Z][a-zA-Z0-9+.-]*:' },
        ],
      },
    },
  ],
};

const license = {
  type: 'object',
  // "The object MUST contain a name property and/or a path property."
  anyOf: [{ required: ['name'] }, { required: ['path'] }],
  properties: {
    name: { type: 'string', pattern: '^([-a-zA-Z0-9._])+$' },
    path: urlOrPath,
    title: { type: 'string' },
  },
};

const contributor = {
  type: 'object',
  minProperties: 1,
  properties: {
    title: { type: 'string' },
    givenName: { type: 'string' },
    familyName: { type: 'string' },
    path: { type: 'string', pattern: '^https?://' },
    email: { type: 'string', pattern: '^[^@\\s]+@[^@\\s]+$' },
    roles: stringArray,
    organization: { type: 'string' },
  },
};

const source = {
  type: 'object',
  minProperties: 1,
  properties: {
    title: { type: 'string' },
    path: urlOrPath,
    email: { type: 'string', pattern: '^[^@\\s]+@[^@\\s]+$' },
    version: { type: 'string' },
  },
};

const fieldTypes = [
  'string',
  'number',
  'integer',
  'boolean',
  'object',
  'array',
  'list',
  'datetime',
  'date',
  'time',
  'year',
  'yearmonth',
  'duration',
  'geopoint',
  'geojson',
  'any',
];

const missingValues = {
  type: 'array',
  anyOf: [
    { items: { type: 'string' }, uniqueItems: true },
    {
      items: {
        type: 'object',
        required: ['value'],
        properties: { value: { type: 'string' }, label: { type: 'string' } },
      },
    },
  ],
};

/** Types whose values have an order (minimum, maximum and the exclusive ones apply). */
const orderedTypes = ['integer', 'number', 'date', 'time', 'datetime', 'duration', 'year', 'yearmonth'];
/** Types whose values have a length (minLength, maxLength apply). */
const lengthTypes = ['string', 'array', 'object', 'list'];

const constraints = {
  type: 'object',
  properties: {
    required: { type: 'boolean' },
    unique: { type: 'boolean' },
    minLength: { type: 'integer', minimum: 0 },
    maxLength: { type: 'integer', minimum: 0 },
    minimum: { type: ['number', 'string'] },
    maximum: { type: ['number', 'string'] },
    exclusiveMinimum: { type: ['number', 'string'] },
    exclusiveMaximum: { type: ['number', 'string'] },
    jsonSchema: { type: 'object' },
    pattern: { type: 'string' },
    enum: { type: 'array', minItems: 1, uniqueItems: true },
  },
};

const field = {
  type: 'object',
  required: ['name'],
  properties: {
    name: { type: 'string', minLength: 1 },
    title: { type: 'string' },
    description: { type: 'string' },
    type: { enum: fieldTypes },
    format: { type: 'string' },
    constraints,
    missingValues,
    rdfType: { type: 'string' },
    categoriesOrdered: { type: 'boolean' },
    trueValues: stringArray,
    falseValues: stringArray,
    decimalChar: { type: 'string' },
    groupChar: { type: 'string' },
    bareNumber: { type: 'boolean' },
  },
  allOf: [
    // "If a minimum value constraint is specified then the field descriptor MUST contain a type key",
    // and the ordering constraints only apply to ordered types.
    {
      if: {
        properties: {
          constraints: {
            anyOf: [
              { required: ['minimum'] },
              { required: ['maximum'] },
              { required: ['exclusiveMinimum'] },
              { required: ['exclusiveMaximum'] },
            ],
          },
        },
        required: ['constraints'],
      },
      then: { required: ['type'], properties: { type: { enum: orderedTypes } } },
    },
    {
      if: { properties: { constraints: { required: ['pattern'] } }, required: ['constraints'] },
      then: { properties: { type: { enum: ['string'] } } },
    },
    {
      if: {
        properties: { constraints: { anyOf: [{ required: ['minLength'] }, { required: ['maxLength'] }] } },
        required: ['constraints'],
      },
      then: { properties: { type: { enum: lengthTypes } } },
    },
    {
      if: { anyOf: [{ required: ['trueValues'] }, { required: ['falseValues'] }] },
      then: { required: ['type'], properties: { type: { const: 'boolean' } } },
    },
    {
      if: { properties: { type: { enum: ['date', 'time', 'datetime'] } }, required: ['type'] },
      else: {
        if: { required: ['type'], properties: { type: { const: 'string' } } },
        then: { properties: { format: { enum: ['default', 'email', 'uri', 'binary', 'uuid'] } } },
      },
    },
  ],
};

const keyFields = { oneOf: [{ type: 'string' }, { type: 'array', minItems: 1, items: { type: 'string' } }] };

export const tableSchemaProfile = {
  type: 'object',
  required: ['fields'],
  properties: {
    $schema: { type: 'string' },
    fields: { type: 'array', items: field },
    fieldsMatch: { enum: ['exact', 'equal', 'subset', 'superset', 'partial'] },
    missingValues,
    primaryKey: keyFields,
    uniqueKeys: {
      type: 'array',
      minItems: 1,
      items: { type: 'array', minItems: 1, items: { type: 'string' } },
    },
    foreignKeys: {
      type: 'array',
      items: {
        type: 'object',
        required: ['fields', 'reference'],
        properties: {
          fields: keyFields,
          reference: {
            type: 'object',
            required: ['fields'],
            properties: { resource: { type: 'string' }, fields: keyFields },
          },
        },
      },
    },
  },
};

const tableDialect = {
  type: 'object',
  properties: {
    header: { type: 'boolean' },
    headerRows: { type: 'array', items: { type: 'integer', minimum: 1 } },
    headerJoin: { type: 'string' },
    commentRows: { type: 'array', items: { type: 'integer', minimum: 1 } },
    commentChar: { type: 'string' },
    delimiter: { type: 'string', minLength: 1 },
    lineTerminator: { type: 'string', minLength: 1 },
    quoteChar: { type: 'string', minLength: 1, maxLength: 1 },
    doubleQuote: { type: 'boolean' },
    escapeChar: { type: 'string', minLength: 1, maxLength: 1 },
    nullSequence: { type: 'string' },
    skipInitialSpace: { type: 'boolean' },
  },
};

const resource = {
  type: 'object',
  required: ['name'],
  // "The location of resource data MUST be specified by the presence of one (and only one) of" path, data.
  oneOf: [
    { required: ['path'], not: { required: ['data'] } },
    { required: ['data'], not: { required: ['path'] } },
  ],
  properties: {
    name: { type: 'string', pattern: '^([-a-z0-9._])+$' },
    path: {
      oneOf: [urlOrPath, { type: 'array', minItems: 1, items: urlOrPath }],
    },
    type: { enum: ['table'] },
    $schema: { type: 'string' },
    title: { type: 'string' },
    description: { type: 'string' },
    format: { type: 'string' },
    mediatype: { type: 'string', pattern: '^(.+)/(.+)$' },
    encoding: { type: 'string' },
    bytes: { type: 'integer', minimum: 0 },
    hash: { type: 'string', pattern: '^([-a-z0-9]+:)?[0-9a-fA-F]+$' },
    sources: { type: 'array', items: source },
    licenses: { type: 'array', minItems: 1, items: license },
    dialect: tableDialect,
    schema: tableSchemaProfile,
  },
};

export const dataPackageProfile = {
  type: 'object',
  required: ['resources'],
  properties: {
    $schema: { type: 'string', pattern: '^https?://' },
    name: { type: 'string', pattern: '^([-a-z0-9._])+$' },
    id: { type: 'string' },
    licenses: { type: 'array', minItems: 1, items: license },
    title: { type: 'string' },
    description: { type: 'string' },
    homepage: { type: 'string', pattern: '^https?://' },
    image: urlOrPath,
    version: { type: 'string' },
    // RFC 3339 date-time.
    created: {
      type: 'string',
      pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$',
    },
    keywords: stringArray,
    contributors: { type: 'array', items: contributor },
    sources: { type: 'array', items: source },
    resources: { type: 'array', minItems: 1, items: resource },
  },
};
