/** What one upload may be: beyond these, it is rejected with its own code before it can hurt. */
export interface Limits {
  /** Bytes of the uploaded file (FILE_TOO_LARGE). */
  maxFileBytes: number;
  /** Bytes once a zip container (XLSX, ODS) is inflated, all entries together (ARCHIVE_TOO_LARGE). */
  maxInflatedBytes: number;
  /** Rows with content in one sheet or CSV (TOO_MANY_ROWS). */
  maxRows: number;
  /** Columns with content in one sheet or CSV (TOO_MANY_COLUMNS). */
  maxColumns: number;
  /** Characters in one cell or field (FIELD_TOO_LARGE). */
  maxCellChars: number;
}

export const defaultLimits: Limits = {
  maxFileBytes: 10 * 1024 * 1024,
  maxInflatedBytes: 100 * 1024 * 1024,
  maxRows: 10_000,
  maxColumns: 200,
  maxCellChars: 32_767,
};
