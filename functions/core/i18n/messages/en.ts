/**
 * The English catalogue: the source every translation follows. Keys are stable (issue
 * codes, page keys); messages are ICU MessageFormat. Placeholders in `{braces}` are
 * filled from data and never parsed; `{n, number}` formats a number the language's way,
 * `{n, plural, one {...} other {...}}` chooses the form for a count.
 *
 * The English messages of the issues are word for word what the ingest wrote before the
 * catalogues existed: scripts, fixtures and tests read them.
 */
export const en = {
  // ---------- issues (functions/core/ingest/catalogue.ts has their codes and severities)
  'issue.NO_TABLE_FOUND.message': 'No Indicators or Actions table was found in this file.',
  'issue.NO_TABLE_FOUND.hint':
    'Keep the header row of the template (Indicator, Value, ... or Ref, Target, Title, ...) above your figures, or download the template again and copy your figures into it.',
  'issue.TABLE_EMPTY.message': 'The {table} table has a header row but no lines under it.',
  'issue.TABLE_EMPTY.hint':
    'Type your figures or actions in the lines under the header row and upload again. If you meant to keep what you sent before, there is no need to upload this file.',
  'issue.TABLE_EMPTY_SKIPPED.message':
    'The {table} table has no lines, so it was left out: what you sent before for it (if anything) still counts.',
  'issue.TABLE_EMPTY_SKIPPED.hint':
    'No action is needed. To replace it, fill in the {table} table and upload again.',
  'issue.SHEET_HIDDEN.message':
    'The sheet "{sheet}" is hidden, but it holds the {role}: its content was read and counts.',
  'issue.SHEET_HIDDEN.hint':
    'If this sheet is an old copy, delete it and upload again; otherwise you can unhide it.',
  'issue.COUNTRY_MISSING.message': 'The cover does not say which country this report is for.',
  'issue.COUNTRY_MISSING.hint':
    'Type your country’s name (for example {expected}) next to "Country" on the Cover sheet.',
  'issue.COUNTRY_UNKNOWN.message': '"{value}" is not a member country we recognise.',
  'issue.COUNTRY_UNKNOWN.hint':
    'Type the country’s English name or its two-letter code, for example {expected}.',
  'issue.COUNTRY_MISMATCH.message': 'The file is for {found}, but it was uploaded for {expected}.',
  'issue.COUNTRY_MISMATCH.hint':
    'Upload it under {found}, or correct the country in the file if it is really for {expected}.',
  'issue.YEAR_MISSING.message': 'The cover does not say which year this report is for.',
  'issue.YEAR_MISSING.hint':
    'Type the reporting year as four digits, for example {expected}, next to "Reporting year" on the Cover sheet.',
  'issue.YEAR_INVALID.message':
    '"{value}" is not a reporting year: a reporting year is a four-digit year from {first} to {last}.',
  'issue.YEAR_INVALID.hint': 'Type the year as four digits, for example {expected}.',
  'issue.YEAR_MISMATCH.message': 'The file is for {found}, but it was uploaded under the year {expected}.',
  'issue.YEAR_MISMATCH.hint':
    'Upload it under {found}, or correct the year in the file if it is really for {expected}.',
  'issue.COVER_DATE_INVALID.message':
    'The date on the cover, "{value}", is not a date we can read, so it was left out.',
  'issue.COVER_DATE_INVALID.hint': 'Type the date as 2014-03-01 (year, month, day).',
  'issue.COLUMN_MISSING.message': 'The {table} table has no "{column}" column.',
  'issue.COLUMN_MISSING.hint':
    'Add a column headed "{column}" to the header row (row {row}), or download the template again and copy your figures into it.',
  'issue.COLUMN_DUPLICATE.message': 'The {table} table has two "{column}" columns ({first} and {second}).',
  'issue.COLUMN_DUPLICATE.hint':
    'Delete or rename one of the two columns, so that only one holds the {column}.',
  'issue.COLUMN_IGNORED.message': 'The column "{value}" is not part of the {table} table and was ignored.',
  'issue.COLUMN_IGNORED.hint':
    'If it holds something the report needs, move it into the Notes column; otherwise you can leave or delete it.',
  'issue.INDICATOR_MISSING.message': 'This line has a value but no indicator.',
  'issue.INDICATOR_MISSING.hint':
    'Type the indicator’s id (such as T1.2) in the Indicator column, or delete the line.',
  'issue.INDICATOR_UNKNOWN.message': '"{value}" is not an indicator of the framework.',
  'issue.INDICATOR_UNKNOWN.hint': 'Use an indicator id from the template, such as T1.2, or its exact name.',
  'issue.INDICATOR_DUPLICATE.message':
    '{indicator} is given twice with different values: {first} (row {firstRow}) and {second}.',
  'issue.INDICATOR_DUPLICATE.hint':
    'Keep one line for this indicator, with the right value, and delete the other.',
  'issue.INDICATOR_DUPLICATE_SAME_VALUE.message':
    '{indicator} is given twice (also on row {firstRow}), with the same value.',
  'issue.INDICATOR_DUPLICATE_SAME_VALUE.hint': 'Delete one of the two lines.',
  'issue.INDICATOR_NO_DATA.message': '{indicator} has no value.',
  'issue.INDICATOR_NO_DATA.hint': 'Type the figure if you have it; leave it empty only if you have no data.',
  'issue.DERIVED_INDICATOR_IGNORED.message':
    '{indicator} is computed from this year’s and last year’s figures, so the value typed was ignored.',
  'issue.DERIVED_INDICATOR_IGNORED.hint': 'Leave this cell empty; give {from} instead.',
  'issue.VALUE_NOT_A_NUMBER.message':
    'The value of {indicator} must be {expected}, but the cell holds "{value}".',
  'issue.VALUE_NOT_A_NUMBER.hint': '{example}',
  'issue.VALUE_NEGATIVE.message': 'The value of {indicator} cannot be negative ({value}).',
  'issue.VALUE_NEGATIVE.hint': '{example}',
  'issue.VALUE_NOT_WHOLE.message': 'The value of {indicator} must be a whole number, but it is {value}.',
  'issue.VALUE_NOT_WHOLE.hint':
    '{example} If 1.234 means one thousand two hundred and thirty-four, type 1234.',
  'issue.VALUE_OUT_OF_RANGE.message': 'The value of {indicator} must be {expected}, but it is {value}.',
  'issue.VALUE_OUT_OF_RANGE.hint': '{example}',
  'issue.VALUE_NOT_YES_NO.message': 'The {field} must be yes or no, but the cell holds "{value}".',
  'issue.VALUE_NOT_YES_NO.hint': 'Type yes or no, or leave the cell empty if you do not know.',
  'issue.VALUE_ESTIMATE.message':
    'The value of {indicator}, "{value}", was read as {number} and marked as an estimate.',
  'issue.VALUE_ESTIMATE.hint':
    'If that is right, nothing to do. Next time type the number alone and choose yes in the Estimate column.',
  'issue.UNIT_MISMATCH.message': '{indicator} is measured in {expected}, but the unit given is "{value}".',
  'issue.UNIT_MISMATCH.hint': 'Give the figure in {expected} and correct the Unit cell (or leave it empty).',
  'issue.UNIT_CONVERTED.message': '{indicator} was given in {from} ({value}) and converted to {number} {to}.',
  'issue.UNIT_CONVERTED.hint': 'Check the converted figure. Next time give it in {to}.',
  'issue.CONVICTED_ABOVE_PROSECUTED.message':
    'Offenders convicted (T2.4), {convicted}, is above offenders prosecuted (T2.3), {prosecuted}.',
  'issue.CONVICTED_ABOVE_PROSECUTED.hint':
    'Check both figures. If convictions include cases prosecuted in earlier years, say so in the Notes.',
  'issue.CHANGE_OVER_50_PERCENT.message':
    '{indicator} changed from {previous} last year to {current} this year ({change}).',
  'issue.CHANGE_OVER_50_PERCENT.hint':
    'Check the figure. If it is right, a word in the Notes on why it changed helps readers of the report.',
  'issue.TEXT_LOOKS_LIKE_FORMULA.message':
    'The {field} starts with "{first}", which a spreadsheet program could run as a formula. It was kept as text.',
  'issue.TEXT_LOOKS_LIKE_FORMULA.hint':
    'If it is meant as text, nothing to do; you may start it with a letter or a word instead.',
  'issue.TARGET_UNKNOWN.message': '"{value}" is not one of the four policy targets.',
  'issue.TARGET_UNKNOWN.hint':
    'Type the target’s number (1, 2, 3 or 4) or its short name: Victims, Investigations, Awareness, Availability.',
  'issue.ACTION_TARGET_MISSING.message': 'The action {ref} has no policy target.',
  'issue.ACTION_TARGET_MISSING.hint':
    'Type the target’s number (1, 2, 3 or 4) or its short name in the Target column.',
  'issue.ACTION_GOAL_UNKNOWN.message': '"{value}" is not an operational goal of {target}.',
  'issue.ACTION_GOAL_UNKNOWN.hint': 'Use one of {goals}, or leave the cell empty.',
  'issue.ACTION_REF_MISSING.message': 'The action "{title}" has no Ref.',
  'issue.ACTION_REF_MISSING.hint':
    'Give each action a short reference that stays the same from year to year, such as FR-1-01.',
  'issue.ACTION_REF_DUPLICATE.message': 'The Ref "{value}" is used twice (also on row {firstRow}).',
  'issue.ACTION_REF_DUPLICATE.hint':
    'Give each action its own Ref. If both lines are the same action, keep one.',
  'issue.ACTION_TITLE_MISSING.message': 'The action {ref} has no title.',
  'issue.ACTION_TITLE_MISSING.hint': 'Type a short title that says what the action is.',
  'issue.ACTION_KIND_MISSING.message': 'The action {ref} has no kind.',
  'issue.ACTION_KIND_MISSING.hint': 'Type baseline (already undertaken) or commitment (to be undertaken).',
  'issue.ACTION_KIND_UNKNOWN.message': 'The kind of action {ref}, "{value}", is not baseline or commitment.',
  'issue.ACTION_KIND_UNKNOWN.hint': 'Type baseline (already undertaken) or commitment (to be undertaken).',
  'issue.ACTION_STATUS_MISSING.message': 'The action {ref} has no status.',
  'issue.ACTION_STATUS_MISSING.hint': 'Type one of: planned, in-progress, completed, discontinued.',
  'issue.ACTION_STATUS_UNKNOWN.message': 'The status of action {ref}, "{value}", is not one we know.',
  'issue.ACTION_STATUS_UNKNOWN.hint': 'Type one of: planned, in-progress, completed, discontinued.',
  'issue.ACTION_DATE_INVALID.message': 'The {field} of action {ref}, "{value}", is not a date we can read.',
  'issue.ACTION_DATE_INVALID.hint':
    'Type a date as 2014-03-01, a month as 2014-03, a quarter as Q3 2014, or a year as 2014.',
  'issue.DATE_AMBIGUOUS.message': 'The {field} of action {ref}, "{value}", was read day first, as {date}.',
  'issue.DATE_AMBIGUOUS.hint':
    'If it is month first, correct it. Writing dates as 2014-03-01 (year, month, day) avoids the doubt.',
  'issue.ACTION_END_BEFORE_START.message': 'The action {ref} ends ({end}) before it starts ({start}).',
  'issue.ACTION_END_BEFORE_START.hint':
    'Check the Start and End dates; one of them may have the day and month swapped.',
  'issue.RULE_FAILED.message': 'The check "{rule}" could not be completed on this file.',
  'issue.RULE_FAILED.hint':
    'Upload the file again later. If it happens again, contact the Alliance secretariat.',

  // ---------- the readers' issues (functions/core/read/codes.ts has their codes and severities)
  'issue.FILE_EMPTY.message': 'The file is empty (0 bytes).',
  'issue.FILE_EMPTY.hint':
    'Check that you picked the right file, and that it was saved completely before uploading.',
  'issue.FILE_TOO_LARGE.message': 'The file is {size} MB, above the limit of {max} MB.',
  'issue.FILE_TOO_LARGE.hint':
    'Remove pictures, unused sheets and other content that is not part of the report, save, and upload again.',
  'issue.ARCHIVE_TOO_LARGE.message': 'Once unpacked, the workbook is larger than the limit of {max} MB.',
  'issue.ARCHIVE_TOO_LARGE.hint':
    'Remove pictures, unused sheets and very large ranges of formatted empty cells, save, and upload again.',
  'issue.FILE_CORRUPT.message': 'The file could not be read: it looks damaged or incomplete ({detail}).',
  'issue.FILE_CORRUPT.hint':
    'Open the file in your spreadsheet program; if it opens, save it again as Excel Workbook (.xlsx) and upload that copy.',
  'issue.FILE_ENCRYPTED.message': 'The workbook is protected with a password, so it cannot be read.',
  'issue.FILE_ENCRYPTED.hint':
    'Open the file, remove the password (File > Info > Protect Workbook in Excel), save it as Excel Workbook (.xlsx) and upload it again.',
  'issue.FILE_LEGACY_XLS.message': 'The file is {what}, an old format that is not accepted.',
  'issue.FILE_LEGACY_XLS.hint':
    'Open the file in your spreadsheet program, save it as Excel Workbook (.xlsx) and upload it again.',
  'issue.FILE_UNSUPPORTED.message': 'The file is {what}, not a spreadsheet.',
  'issue.FILE_UNSUPPORTED.hint':
    'Upload the report as an Excel Workbook (.xlsx), an OpenDocument spreadsheet (.ods) or a CSV file.',
  'issue.FILE_HAS_MACROS.message':
    'The workbook contains macros. They were not run; only the values in the cells were read.',
  'issue.FILE_HAS_MACROS.hint':
    'No action is needed. To avoid this warning, save the file as Excel Workbook (.xlsx) rather than a macro-enabled workbook.',
  'issue.EXTERNAL_LINKS_IGNORED.message':
    'The workbook links to other files. The links were not followed; the values last saved in the cells were used.',
  'issue.EXTERNAL_LINKS_IGNORED.hint':
    'Check that the linked values were up to date when you saved. To avoid this warning, copy the values in and remove the links (Data > Edit Links > Break Link in Excel).',
  'issue.XML_DOCTYPE_REFUSED.message':
    'The spreadsheet contains a document type declaration, which is not accepted for safety reasons.',
  'issue.XML_DOCTYPE_REFUSED.hint':
    'Open the file in LibreOffice or Excel, save it again as Excel Workbook (.xlsx) and upload that copy.',
  'issue.TOO_MANY_ROWS.message': 'The sheet "{sheet}" has more than {max} rows with content.',
  'issue.TOO_MANY_ROWS.hint':
    'Keep only the report tables in the file: delete unrelated rows or sheets, save, and upload again.',
  'issue.TOO_MANY_COLUMNS.message': 'The sheet "{sheet}" has content beyond column {max}.',
  'issue.TOO_MANY_COLUMNS.hint':
    'Delete the columns that are not part of the report table, save, and upload again.',
  // One code, two findings: one cell too long (a sheet's cell or a CSV field), or a workbook's text too large.
  'issue.FIELD_TOO_LARGE.message':
    '{kind, select, workbook {A cell of this workbook holds about {size} MB of text, far above the limit of {max} characters for one cell.} other {This cell holds {length} characters or more, above the limit of {max}.}}',
  'issue.FIELD_TOO_LARGE.hint':
    '{kind, select, workbook {Find the cell with the very long text (often pasted by mistake), shorten it, save, and upload again.} other {Shorten the text in this cell (a spreadsheet cell holds at most 32,767 characters). In a CSV file, check that every quote mark is closed.}}',
  'issue.CONTROL_CHARACTERS_REMOVED.message':
    'This cell contained invisible control characters; they were removed.',
  'issue.CONTROL_CHARACTERS_REMOVED.hint':
    'Check that the value reads as you meant it. Such characters often come from copying text out of other programs.',
  'issue.CSV_QUOTE_NOT_CLOSED.message':
    'A quote mark (") opened on line {line} is never closed, so the rest of the file would be read as one cell.',
  'issue.CSV_QUOTE_NOT_CLOSED.hint':
    'Open the file in a text editor, add the missing closing quote mark (or remove the stray one), save, and upload again.',
  'issue.CSV_MALFORMED.message': 'The CSV file could not be read near line {line} ({detail}).',
  'issue.CSV_MALFORMED.hint':
    'Open the file in your spreadsheet program, save it again as CSV (or better, as Excel Workbook .xlsx), and upload it again.',
  // One code, two findings: XML nested too deep, or the time limit for one file reached.
  'issue.FILE_TOO_COMPLEX.message':
    "{kind, select, time {Reading this file took longer than the limit of {seconds} seconds, so it was stopped.} other {The workbook's internal structure is nested more than {max} levels deep (at least {depth}), far beyond what a spreadsheet program writes.}}",
  'issue.FILE_TOO_COMPLEX.hint':
    '{kind, select, time {Keep only the report tables in the file: delete other sheets, very long texts and large ranges of formatted empty cells, save, and upload again.} other {Open the file in your spreadsheet program, save it again as Excel Workbook (.xlsx) and upload that copy. If that fails too, copy the report tables into the template.}}',
  'issue.FILE_NO_SHEETS.message': 'The workbook has no sheets that could be read.',
  'issue.FILE_NO_SHEETS.hint':
    'Check that you picked the right file; save it again as Excel Workbook (.xlsx) and upload it again.',

  // ---------- terms the core puts into issue messages
  'term.table.indicators': 'Indicators',
  'term.table.actions': 'Actions',
  'term.role.cover': 'cover',
  'term.role.indicators': 'indicators table',
  'term.role.actions': 'actions table',
  'term.field.indicator': 'Indicator',
  'term.field.name': 'Name',
  'term.field.value': 'Value',
  'term.field.unit': 'Unit',
  'term.field.source': 'Source',
  'term.field.estimate': 'Estimate',
  'term.field.notes': 'Notes',
  'term.field.country': 'Country',
  'term.field.year': 'Year',
  'term.field.info': 'What counts',
  'term.field.ref': 'Ref',
  'term.field.target': 'Target',
  'term.field.goal': 'Operational goal',
  'term.field.title': 'Title',
  'term.field.description': 'Description',
  'term.field.kind': 'Kind',
  'term.field.status': 'Status',
  'term.field.start': 'Start',
  'term.field.end': 'End',
  'term.field.lead': 'Lead organisation',
  'term.field.progress': 'Progress note',
  'term.date.start': 'start',
  'term.date.end': 'end',
  'term.answerTo': 'answer to {indicator}',
  'term.estimateOf': 'Estimate of {indicator}',
  'term.sourceOf': 'Source of {indicator}',
  'term.notesOn': 'Notes on {indicator}',
  'term.action': 'action {ref}',
  'term.refOf': 'Ref of {action}',
  'term.titleOf': 'Title of {action}',
  'term.descriptionOf': 'Description of {action}',
  'term.leadOf': 'Lead organisation of {action}',
  'term.progressOf': 'Progress note of {action}',
  'term.onRow': 'on row {row}',
  'term.target': 'target {id} ({name})',
  'term.anyTarget': 'any target',
  'term.exampleCountry': 'France or FR',
  'term.unit.fraction': 'a fraction of 1',
  'term.unit.percent': 'percent',
  'term.unit.hours': 'hours',
  'term.unit.weeks': 'weeks',
  'term.unit.days': 'days',
  'term.expected.count': 'a whole number, 0 or more',
  'term.expected.percent': 'a percentage from 0 to 100',
  'term.expected.score': 'a whole number from {min} to {max}',
  'term.expected.fte': 'a number of full-time equivalents (decimals allowed)',
  'term.expected.days': 'a number of days (decimals allowed)',
  'term.expected.yes-no': 'yes or no',
  'term.example.count': 'Type a whole number such as 120, or leave the cell empty if you have no data.',
  'term.example.percent':
    'Type a number from 0 to 100 such as 90.5, or leave the cell empty if you have no data.',
  'term.example.score':
    'Type a whole number from {min} to {max}, or leave the cell empty if you have no data.',
  'term.example.fte': 'Type a number such as 12.5, or leave the cell empty if you have no data.',
  'term.example.days': 'Type a number of days such as 2.5, or leave the cell empty if you have no data.',
  'term.example.yes-no': 'Type yes or no, or leave the cell empty if you do not know.',
  'term.example.dateCell':
    'The cell may be formatted as a date: format it as a number and type the figure again.',
  'term.severity.error': 'Error',
  'term.severity.warning': 'Warning',
  // What a file that is not a spreadsheet turned out to be (functions/core/read/detect.ts, index.ts)
  'term.fileKind.png': 'a PNG picture',
  'term.fileKind.pdf': 'a PDF document',
  'term.fileKind.jpeg': 'a JPEG picture',
  'term.fileKind.gif': 'a GIF picture',
  'term.fileKind.gzip': 'a gzip archive',
  'term.fileKind.7zip': 'a 7-Zip archive',
  'term.fileKind.rar': 'a RAR archive',
  'term.fileKind.rtf': 'an RTF document',
  'term.fileKind.html': 'a web page (HTML) saved with a spreadsheet name',
  'term.fileKind.xml2003': 'an Excel 2003 XML spreadsheet',
  'term.fileKind.xls': 'an Excel 97-2003 workbook (.xls)',
  'term.fileKind.ole2': 'an older Microsoft Office document',
  'term.fileKind.binary': 'binary data',
  'term.fileKind.word': 'a Word document',
  'term.fileKind.powerpoint': 'a PowerPoint presentation',
  'term.fileKind.odt': 'an OpenDocument text document',
  'term.fileKind.zip': 'a zip archive',
  // Why a file could not be opened, when the reason names no part of it (functions/core/read/zip.ts...)
  'term.readDetail.endsEarly': 'the file ends too early',
  'term.readDetail.zipEndMissing': 'the end of the zip archive is missing; the file may be cut short',
  'term.readDetail.zip64Missing': 'a zip64 record is missing',
  'term.readDetail.zip64Damaged': 'a zip64 record is damaged',
  'term.readDetail.zipDirectoryDamaged': 'the zip directory is damaged',
  'term.readDetail.contentMissing': 'the spreadsheet content is missing',
  'term.readDetail.contentNotWellFormed': 'the spreadsheet content is not well-formed',
  'term.readDetail.workbookDamaged': 'the workbook inside is damaged',
  'term.readDetail.unexpectedContent': 'unexpected content',

  // ---------- the workbook (functions/core/template.ts). Sheet names, headers, cover keys
  // and drop-down words of every language must be words the ingest reads (a test checks).
  'template.title': 'Global Alliance yearly report {year}',
  'template.sheet.instructions': 'Instructions',
  'template.sheet.cover': 'Cover',
  'template.sheet.indicators': 'Indicators',
  'template.sheet.actions': 'Actions',
  'template.column.indicator': 'Indicator',
  'template.column.name': 'Name',
  'template.column.info': 'What counts',
  'template.column.value': 'Value',
  'template.column.unit': 'Unit',
  'template.column.source': 'Source',
  'template.column.estimate': 'Estimate',
  'template.column.notes': 'Notes',
  'template.column.ref': 'Ref',
  'template.column.target': 'Target',
  'template.column.goal': 'Operational goal',
  'template.column.title': 'Title',
  'template.column.description': 'Description',
  'template.column.kind': 'Kind',
  'template.column.status': 'Status',
  'template.column.start': 'Start',
  'template.column.end': 'End',
  'template.column.lead': 'Lead organisation',
  'template.column.progress': 'Progress note',
  'template.cover.country': 'Country',
  'template.cover.year': 'Reporting year',
  'template.cover.contactName': 'Contact name',
  'template.cover.organisation': 'Organisation',
  'template.cover.email': 'Email',
  'template.cover.date': 'Date',
  'template.word.yes': 'yes',
  'template.word.no': 'no',
  'template.kind.baseline': 'baseline',
  'template.kind.commitment': 'commitment',
  'template.status.planned': 'planned',
  'template.status.in-progress': 'in-progress',
  'template.status.completed': 'completed',
  'template.status.discontinued': 'discontinued',
  'template.unit.yes-no': 'yes/no',
  'template.unit.count': 'count',
  'template.unit.percent': 'percent',
  'template.unit.score': 'score',
  'template.unit.fte': 'FTE',
  'template.unit.days': 'days',
  'template.targetChoice': '{id} - {name}',
  'template.intro.title': 'Global Alliance against Child Sexual Abuse Online: yearly report {year}',
  'template.intro.forCountry': 'This workbook is for {country}, reporting year {year}.',
  'template.intro.forYear':
    'This workbook is for the reporting year {year}. Type your country’s name on the Cover sheet.',
  'template.intro.fillHeading': 'What to fill in',
  'template.intro.fillCover':
    'Cover sheet: your country, the reporting year, your name, organisation, e-mail and the date you filled it in.',
  'template.intro.fillIndicators':
    'Indicators sheet: one figure per line, in the Value column. The "What counts" column says what each figure means.',
  'template.intro.fillActions':
    'Actions sheet: one line per action your country has taken or committed to, under one of the four policy targets.',
  'template.intro.fillPrevious':
    'Lines from last year keep their Ref: update their Status and Progress note rather than adding them again.',
  'template.intro.unitsHeading': 'Units',
  'template.intro.units1':
    'Counts are whole numbers such as 120. Percentages are numbers from 0 to 100, such as 90.5.',
  'template.intro.units2':
    'Yes/no questions: choose yes or no in the list. Staff figures are full-time equivalents (decimals allowed).',
  'template.intro.units3':
    'Times are in days (decimals allowed). If you give another unit, type it in the Unit column.',
  'template.intro.units4':
    'Growth of identified victims in ICSE (T1.4) is computed from this year and last year: it is not asked for.',
  'template.intro.noDataHeading': 'No data',
  'template.intro.noData':
    'If you have no figure, leave the Value cell empty. Do not type 0 unless the true figure is zero.',
  'template.intro.estimatesHeading': 'Estimates',
  'template.intro.estimates':
    'If a figure is an estimate, choose yes in the Estimate column and say how it was estimated in Notes.',
  'template.intro.actionsHeading': 'Actions',
  'template.intro.actionsTarget':
    'Target: choose one of the four policy targets. Operational goal: {goals} (see the list below).',
  'template.intro.actionsKind':
    'Kind: baseline (already undertaken) or commitment (to be undertaken). Status: planned, in-progress, completed or discontinued.',
  'template.intro.actionsDates':
    'Start and End: a date such as 2014-03-01, a month, a quarter such as Q3 2014, or a year.',
  'template.intro.personalHeading': 'Personal data',
  'template.intro.personal':
    'Your name and e-mail are kept so that the European Commission can contact you about this report. They are never printed in a report.',
  'template.intro.sendHeading': 'Where to send it',
  'template.intro.send1':
    'Upload the filled-in file on the Alliance reporting portal, under your country and the year {year}.',
  'template.intro.send2':
    'You get an answer within seconds: accepted, or a list of what to fix and where. You may upload again until publication.',
  'template.intro.targetsHeading': 'The policy targets and operational goals',
  'template.intro.target': 'Target {id} ({name}): {title}',
  'template.intro.goal': '    Goal {id}: {text}',
  'template.intro.framework': 'Framework version {version}.',
  'template.validation.estimate': 'Choose yes if the figure is an estimate, or leave the cell empty.',
  'template.validation.yesNo': 'Choose yes or no, or leave the cell empty if you do not know.',
  'template.validation.choose': 'Choose one of: {values}.',

  // ---------- the command line's validation report (functions/cli/format-issues.ts)
  'report.accepted': 'Accepted',
  'report.acceptedWithWarnings': 'Accepted with {warnings, plural, one {# warning} other {# warnings}}',
  'report.rejected':
    'Rejected: {errors, plural, one {# error} other {# errors}}{warnings, plural, =0 {} one {, # warning} other {, # warnings}} - nothing was stored',
  'report.file': 'File: {file}',
  'report.wholeFile': 'The whole file',
  'report.sheet': 'Sheet "{sheet}"',
  'report.rowColumn': 'Row {row}, column {column}: ',
  'report.row': 'Row {row}: ',
  'report.column': 'Column {column}: ',
  'report.found': ' Found: "{value}".',
  'report.fix': ' Fix: {hint}',
  'report.fixAndRetry':
    'Fix the errors above and check the file again. Warnings alone do not stop an upload.',

  // ---------- the annotated upload (functions/portal/annotate.ts)
  'annotate.sheet': 'Issues',
  'annotate.severity': 'Severity',
  'annotate.sheetColumn': 'Sheet',
  'annotate.row': 'Row',
  'annotate.column': 'Column',
  'annotate.value': 'Value found',
  'annotate.problem': 'Problem',
  'annotate.hint': 'How to fix it',
  'annotate.code': 'Code',
  'annotate.none': 'No problems were found.',

  // ---------- the portal (templates/portal/*.hbs, functions/portal/app.ts)
  'portal.siteName': 'Global Alliance against Child Sexual Abuse Online – reports',
  'portal.titleSuffix': '{title} – Global Alliance reports',
  'portal.skipLink': 'Skip to main content',
  'portal.account': 'Account',
  'portal.signedInAs': 'Signed in as {email}',
  'portal.staffMark': '(staff)',
  'portal.signOut': 'Sign out',
  'portal.language': 'Language',
  'portal.sampleBannerStrong': 'Fictitious sample data.',
  'portal.sampleBanner':
    'This portal holds the bundled demonstration uploads: every figure is invented and describes no real country.',
  'portal.footer': 'Reporting framework version {version}.',
  'portal.errorPrefix': 'Error: {title}',
  'portal.thereIsAProblem': 'There is a problem',
  'portal.dateTime': '{date}, {time} UTC',
  'portal.yearSwitch.label': 'Reporting year',
  'portal.yearSwitch.show': 'Show',
  'portal.status.not-submitted': 'Not submitted',
  'portal.status.accepted': 'Accepted',
  'portal.status.accepted-with-warnings': 'Accepted with warnings',
  'portal.status.rejected': 'Rejected',
  'portal.signin.title': 'Sign in',
  'portal.signin.email': 'E-mail address',
  'portal.signin.password': 'Password',
  'portal.signin.button': 'Sign in',
  'portal.signin.missing': 'Enter your e-mail address and your password.',
  'portal.signin.throttled': 'Too many failed attempts. Wait 15 minutes and try again.',
  'portal.signin.wrong': 'The e-mail address or the password is not right.',
  'portal.country.title': '{country}, {year}',
  'portal.country.heading': '{country}: {year} report',
  'portal.country.backToOverview': 'Back to the year’s overview',
  'portal.country.glance': 'This year at a glance',
  'portal.country.lastUpload': 'Last upload: {file}, {date}.',
  'portal.country.pending': '{count, plural, one {# upload is} other {# uploads are}} still being checked.',
  'portal.country.refresh': 'Refresh this page',
  'portal.country.refreshAfter': 'in a few seconds.',
  'portal.country.draftHeading': 'Draft report',
  'portal.country.draftPdf': 'Draft report (PDF)',
  'portal.country.draftHtml': 'Draft report (HTML)',
  'portal.country.noDraft': 'There is no draft report yet. It is made after an upload is accepted.',
  'portal.country.templateHeading': '1. Download the workbook',
  'portal.country.templateText': 'The workbook for {year}, with your country filled in.',
  'portal.country.templateTextPrevious':
    'The workbook for {year}, with your country filled in and last year’s actions already in it.',
  'portal.country.templateLink': 'Download the {year} workbook (XLSX)',
  'portal.country.templateLanguage': 'Its sheets, headings and instructions are in {language}.',
  'portal.country.uploadHeading': '2. Upload your report',
  'portal.country.uploadText':
    'An Excel workbook (.xlsx), an OpenDocument spreadsheet (.ods) or a CSV file, up to {megabytes} MB. You get the result within seconds.',
  'portal.country.fileLabel': 'Your file',
  'portal.country.uploadButton': 'Upload and check',
  'portal.country.historyHeading': 'Uploads for {year}',
  'portal.country.historyCaption': 'Every upload for {year}, newest first',
  'portal.country.when': 'When',
  'portal.country.file': 'File',
  'portal.country.result': 'Result',
  'portal.country.errors': 'Errors',
  'portal.country.warnings': 'Warnings',
  'portal.country.report': 'Report',
  'portal.country.accepted': 'Accepted',
  'portal.country.rejected': 'Rejected',
  'portal.country.validationReport': 'Validation report',
  'portal.country.validationReportFor': 'for {file}, {date}',
  'portal.country.noUpload': 'No upload yet for {year}.',
  'portal.country.chooseFile': 'Choose a file to upload.',
  'portal.country.fileTooLarge':
    'The file is larger than {megabytes} MB. Remove what is not needed, or save it as .xlsx, and upload it again.',
  'portal.country.wrongType':
    'The file must be an Excel workbook (.xlsx), an OpenDocument spreadsheet (.ods) or a CSV file (.csv).',
  'portal.upload.titleAccepted': 'Accepted: {file}',
  'portal.upload.titleRejected': 'Rejected: {file}',
  'portal.upload.heading': 'Validation report: {file}',
  'portal.upload.back': 'Back to {country}, {year}',
  'portal.upload.accepted': 'Accepted',
  'portal.upload.acceptedWithWarnings':
    'Accepted with {warnings, plural, one {# warning} other {# warnings}}',
  'portal.upload.counts': 'Your upload of {date} counts for {year}.',
  'portal.upload.warningsText':
    'The warnings below do not stop it; check them and upload again if something is wrong.',
  'portal.upload.rejected': 'Rejected: {errors, plural, one {# error} other {# errors}} to fix',
  'portal.upload.rejectedText':
    'Nothing from this upload was kept for the report. Fix the errors below and upload the file again.',
  'portal.upload.groupLink': '{sheet}: {count, plural, one {# problem} other {# problems}}',
  'portal.upload.annotatedLink': 'Download the problems marked in a spreadsheet (XLSX)',
  'portal.upload.annotatedText':
    ': for an Excel workbook, a copy of your file with each cell that has a problem highlighted and explained, and an “Issues” sheet listing them all.',
  'portal.upload.caption': 'Problems found in {sheet}',
  'portal.upload.severity': 'Severity',
  'portal.upload.row': 'Row',
  'portal.upload.column': 'Column',
  'portal.upload.value': 'Value found',
  'portal.upload.problem': 'Problem',
  'portal.upload.hint': 'How to fix it',
  'portal.upload.none': 'No problems were found.',
  'portal.upload.wholeFile': 'The whole file',
  'portal.pending.title': 'Checking your upload',
  'portal.pending.text':
    'We received {file} and are checking it. This page reloads by itself every few seconds; you can also',
  'portal.pending.reload': 'reload it now',
  'portal.pending.yourFile': 'your file',
  'portal.staff.title': 'The {year} reporting year',
  'portal.staff.summary': 'Summary',
  'portal.staff.accepted': 'Accepted: {count}',
  'portal.staff.warnings': 'Accepted with warnings: {count}',
  'portal.staff.rejected': 'Rejected: {count}',
  'portal.staff.none': 'Not submitted: {count}',
  'portal.staff.draftsHeading': 'Consolidated draft and open data',
  'portal.staff.consolidatedPdf': 'Consolidated draft report (PDF)',
  'portal.staff.consolidatedHtml': 'Consolidated draft report (HTML)',
  'portal.staff.openData': 'Open data, draft ({file})',
  'portal.staff.noDraft':
    'There is no consolidated draft yet: it is made after the first accepted upload of the year.',
  'portal.staff.members': 'Members',
  'portal.staff.caption':
    'Every member for {year}: status, errors and warnings of the latest upload, last upload time',
  'portal.staff.country': 'Country',
  'portal.staff.status': 'Status',
  'portal.staff.errors': 'Errors',
  'portal.staff.warningsColumn': 'Warnings',
  'portal.staff.lastUpload': 'Last upload',
  'portal.staff.reports': 'Reports',
  'portal.staff.draftOf': 'draft of {country}',
  'portal.staff.publication': 'Publication',
  'portal.staff.ready': 'The year was marked ready by {by} on {at}.',
  'portal.staff.publishLink': 'Mark {year} ready and publish',
  'portal.staff.editions': 'Published editions',
  'portal.staff.edition': 'Edition {number}',
  'portal.staff.manifest': 'Manifest of edition {number}',
  'portal.staff.noEdition': 'Nothing has been published for {year} yet.',
  'portal.publish.title': 'Publish {year}',
  'portal.publish.titleRunning': 'Publishing {year}',
  'portal.publish.heading': 'Publish {year}?',
  'portal.publish.started': 'The publication run has started',
  'portal.publish.startedText':
    'Run {runId}. The new edition appears on the year’s page when it is complete.',
  'portal.publish.backToOverview': 'Back to the {year} overview',
  'portal.publish.explain':
    'This marks {year} ready and starts the publication run: every accepted submission is rendered into a new edition (edition {edition}). A published edition is never changed; a later correction becomes a new edition.',
  'portal.publish.submitted': '{submitted} of {total} members have an accepted submission.',
  'portal.publish.confirm': 'I confirm that {year} is ready to publish',
  'portal.publish.button': 'Publish {year}',
  'portal.publish.cancel': 'Cancel and go back',
  'portal.publish.tick': 'Tick the box to confirm that {year} is ready to publish.',
  'portal.message.startPage': 'Go to your start page',
  'portal.message.signInAgain': 'Sign in again',
  'portal.message.failed.title': 'Something went wrong',
  'portal.message.failed.heading': 'Something went wrong on our side',
  'portal.message.failed.text':
    'Your request could not be completed. Nothing was lost. Please try again in a minute; if it keeps happening, tell the Commission team.',
  'portal.message.signedOut.title': 'Signed out',
  'portal.message.signedOut.heading': 'You are signed out',
  'portal.message.signedOut.text': 'You have left the portal. Close this window if you share this computer.',
  'portal.message.callback.title': 'Sign-in not completed',
  'portal.message.callback.heading': 'You are not signed in',
  'portal.message.callback.no-sign-in':
    'The sign-in took too long or was started in another browser. Please sign in again.',
  'portal.message.callback.state': 'The sign-in could not be matched to this browser. Please sign in again.',
  'portal.message.callback.denied': 'The sign-in was cancelled. Please sign in again.',
  'portal.message.callback.exchange': 'The sign-in could not be completed. Please sign in again.',
  'portal.message.callback.token': 'The sign-in could not be confirmed. Please sign in again.',
  'portal.message.callback.no-access':
    'Your account is not yet linked to a country or to the Commission team. Ask the Commission team to add you to the right group, then sign in again.',
  'portal.message.forbidden.title': 'Not allowed',
  'portal.message.forbidden.heading': 'You cannot see this page',
  'portal.message.forbidden.text':
    'This page belongs to another country or to Commission staff. If you think you should see it, ask the Commission team.',
  'portal.message.notFound.title': 'Not found',
  'portal.message.notFound.heading': 'Page not found',
  'portal.message.notFound.text':
    'There is nothing at this address. It may not have been made yet (a draft report appears after an accepted upload).',
  'portal.message.csrf.title': 'Form expired',
  'portal.message.csrf.heading': 'The form has expired',
  'portal.message.csrf.text':
    'For your security, the form could not be accepted. Go back, reload the page and send it again.',

  // ---------- cycle: periods, late, changed since an edition, invalidation, re-validation (h1)
  // (keys of this part go here)
  'issue.UPLOAD_NOT_OPEN.message':
    'Uploads for {year} are not open yet: they open on {opens} (deadline {deadline}). This file, received on {received}, was not read and changes nothing.',
  'issue.UPLOAD_NOT_OPEN.hint':
    'Upload it again from {opens}. If it cannot wait, ask the Commission staff (the Alliance secretariat).',
  'issue.UPLOAD_CLOSED.message':
    'Uploads for {year} closed on {closes} (the deadline was {deadline}). This file, received on {received}, was not read and changes nothing.',
  'issue.UPLOAD_CLOSED.hint':
    'To send it now, ask the Commission staff (the Alliance secretariat) to reopen {year}.',
  'cycle.period.field.opens': 'Uploads open',
  'cycle.period.field.deadline': 'Deadline',
  'cycle.period.field.closes': 'Uploads close',
  'cycle.period.problem.missing':
    '{field}: the date is missing. Write it as YYYY-MM-DD, for example {example}.',
  'cycle.period.problem.invalid':
    '{field}: "{value}" is not a date of the calendar. Write it as YYYY-MM-DD, for example {example}.',
  'cycle.period.problem.deadlineBeforeOpens':
    'The deadline ({deadline}) is before uploads open ({opens}): it must be on or after the opening day.',
  'cycle.period.problem.closesBeforeDeadline':
    'Uploads close ({closes}) before the deadline ({deadline}): the closing day must be on or after the deadline.',
  'cycle.staff.link': 'Reporting period for {year}',
  'cycle.staff.title': 'Reporting period {year}',
  'cycle.staff.heading': 'Reporting period for {year}',
  'cycle.staff.explain':
    'Uploads are taken from the opening day to the closing day, both included. An upload after the deadline is accepted and marked late; one before the opening day or after the closing day is refused, with these dates. Days are counted in UTC.',
  'cycle.staff.none': 'No period is set for {year}: uploads are taken at any time.',
  'cycle.staff.current': 'Uploads open on {opens}, the deadline is {deadline} and uploads close on {closes}.',
  'cycle.staff.setBy': 'Set by {by} on {at}.',
  'cycle.staff.formHeading': 'Set the dates',
  'cycle.staff.dateHint': 'Write the day as YYYY-MM-DD, for example {example}.',
  'cycle.staff.button': 'Save the period for {year}',
  'cycle.staff.saved': 'The period for {year} is saved.',
  'cycle.staff.unchanged': 'These are already the dates for {year}: nothing was changed.',
  'cycle.staff.historyHeading': 'Earlier settings',
  'cycle.staff.historyCaption': 'Earlier settings of the {year} period, oldest first',
  'cycle.staff.setByColumn': 'Set by',
  'cycle.staff.setAtColumn': 'When',
  'cycle.staff.noHistory': 'The dates have not been changed since they were first set.',
  'cycle.country.periodHeading': 'Reporting period',
  'cycle.country.periodDates':
    'Uploads open on {opens}. The deadline is {deadline}. Uploads close on {closes}.',
  'cycle.country.periodLate':
    'The deadline has passed: an upload is still accepted until {closes}, and marked late.',
  'cycle.country.late': 'late',
  'cycle.country.notOpen':
    'Uploads for {year} open on {opens} (deadline {deadline}). If your report cannot wait, ask the Commission staff (the Alliance secretariat).',
  'cycle.country.closed':
    'Uploads for {year} closed on {closes}. To send a report or a correction now, ask the Commission staff (the Alliance secretariat) to reopen the year.',
  // invalidation and re-validation (h1, issue 13 point 5)
  'invalidation.notice.heading': 'Invalidated: this upload no longer counts',
  'invalidation.notice.staff': 'Invalidated on {date} by {by}: {reason}',
  'invalidation.notice.country': 'Invalidated on {date} by the Commission: {reason}',
  'invalidation.notice.text':
    'It stays in the history of {year}. The latest accepted upload that is not invalidated counts instead, if there is one.',
  'invalidation.history.result': 'Invalidated',
  'invalidation.form.heading': 'Invalidate this upload',
  'invalidation.form.text':
    'For Commission staff. The upload stays in the history with your reason, which the country sees; the latest accepted upload before it counts again and the drafts are made again. An invalidation cannot be undone: the country can upload again.',
  'invalidation.form.reasonLabel': 'Reason',
  'invalidation.form.reasonHint': 'At most {max, number} characters.',
  'invalidation.form.button': 'Invalidate the upload',
  'invalidation.error.REASON_MISSING': 'Give a reason: the country sees it with the upload.',
  'invalidation.error.REASON_TOO_LONG': 'The reason is too long: at most {max, number} characters.',
  'invalidation.error.UPLOAD_NOT_ACCEPTED':
    'This upload was rejected: it never counted, so there is nothing to invalidate.',
  'invalidation.error.ALREADY_INVALIDATED': 'This upload was already invalidated on {date} by {by}.',

  // ---------- mail: receipts, reminders, the e-mail texts (h2)
  // (keys of this part go here)
  // reminders and the e-mail transport (mail adapters, remind): keys reminder.*, mail.*
  'mail.sample.subject': '[Fictitious sample data] {subject}',
  'mail.sample.notice':
    'This message was sent from a store holding the fictitious sample data: no figure or name in it is real.',
  'mail.signature':
    'The Commission team of the Global Alliance against Child Sexual Abuse Online\n(Sent automatically. You receive it as a national contact of {country}.)',
  'reminder.before.subject': 'Reminder: the {year} report of {country} is due on {deadline}',
  'reminder.before.body':
    'Dear national contact,\n\nThe Commission has not yet received an accepted {year} report for {country}. The deadline is {deadline}, {days, plural, =0 {today} one {in # day} other {in # days}}.\n\nPlease upload your filled workbook on the reporting portal before then.',
  'reminder.after.subject': 'Overdue: the {year} report of {country} (deadline {deadline})',
  'reminder.after.body':
    'Dear national contact,\n\nThe deadline for the {year} report of {country} was {deadline}, {days, plural, one {# day} other {# days}} ago, and the Commission has not yet received an accepted report.\n\nUploads are still taken until {closes}. Please upload your filled workbook on the reporting portal; if you cannot, tell the Commission team when to expect it.',
  'reminder.portal': 'The reporting portal: {url}',
  'reminder.already':
    'If you have just uploaded the report, or someone else in your country handles it, you can ignore this message.',
  'reminder.kind.before': '{days, plural, one {# day} other {# days}} before the deadline',
  'reminder.kind.after': '{days, plural, one {# day} other {# days}} after the deadline',
  'reminder.page.title': 'Reminders sent for {year}',
  'reminder.page.intro':
    'Before the deadline (21, 7 and 1 days) and after it (every 7 days, until the year closes), the national contacts of members without an accepted submission get a reminder by e-mail, each one once. The daily job and `alliance-reports remind` send them.',
  'reminder.page.period': 'Period of {year}: opens {opens}, deadline {deadline}, closes {closes}.',
  'reminder.page.noPeriod': 'No reporting period is set for {year}: no reminder is sent until one is.',
  'reminder.page.none': 'No reminder has been sent for {year}.',
  'reminder.page.caption': 'Reminders sent for {year}, by country',
  'reminder.page.country': 'Country',
  'reminder.page.kind': 'Reminder',
  'reminder.page.day': 'Due on',
  'reminder.page.sentAt': 'Sent',
  'reminder.page.recipients': 'Sent to',
  'reminder.page.by': 'By',
  'reminder.page.count': '{count, plural, one {# contact} other {# contacts}}',
  'reminder.page.back': 'Back to the year’s overview',
  'reminder.page.link': 'Reminders sent to the members for {year}',
  // receipts (receipt.*)
  'receipt.label': '{label}:',
  'receipt.outcome.rejected': 'Rejected: {errors, plural, one {# error} other {# errors}}',
  'receipt.outcome.rejectedWithWarnings':
    'Rejected: {errors, plural, one {# error} other {# errors}} and {warnings, plural, one {# warning} other {# warnings}}',
  'receipt.title': 'Receipt for an upload to the Alliance reports',
  'receipt.sample':
    'Fictitious sample data: this receipt comes from the bundled demonstration store; every figure is invented and describes no real country.',
  'receipt.reference': 'Reference',
  'receipt.country': 'Country',
  'receipt.year': 'Reporting year',
  'receipt.file': 'File',
  'receipt.size': 'Size',
  'receipt.sizeBytes': '{bytes, plural, one {# byte} other {# bytes}}',
  'receipt.sha256': 'SHA-256',
  'receipt.receivedAt': 'Received',
  'receipt.outcome': 'Outcome',
  'receipt.outcome.accepted': 'Accepted',
  'receipt.outcome.acceptedWithWarnings':
    'Accepted, with {warnings, plural, one {# warning} other {# warnings}}',
  'receipt.invalidated': 'Invalidated',
  'receipt.invalidatedText': 'by the Commission on {date}: {reason}',
  'receipt.uploadId': 'Upload identifier',
  'receipt.issuedAt': 'Receipt issued',
  'receipt.countsHeading': 'What counts now for {year}',
  'receipt.countsThis': 'this upload',
  'receipt.countsOther': '{file}, received {date} (reference {reference})',
  'receipt.countsNone': 'nothing yet',
  'receipt.noteRejected':
    'This file does not count for the report. What counted before it still counts; correct the problems shown on the validation report and upload again.',
  'receipt.noteInvalidated':
    'The Commission has invalidated this upload: it no longer counts for the report. The list above shows what counts instead.',
  'receipt.noteSuperseded': 'This upload was accepted, but a later upload now counts for the report.',
  'receipt.footer':
    'Keep this receipt with your records and quote the reference when you write to the Commission about this upload. The SHA-256 is the fingerprint of the file exactly as it was received: a file with the same fingerprint is the same file.',
  'receipt.subject.accepted': 'Receipt {reference}: {file} accepted',
  'receipt.subject.acceptedWithWarnings': 'Receipt {reference}: {file} accepted with warnings',
  'receipt.subject.rejected': 'Receipt {reference}: {file} rejected',
  'receipt.subject.sample': '[Fictitious sample data] {subject}',
  'receipt.mail.intro':
    'Your upload for {country}, {year}, has been received and checked. Its receipt follows; it is also attached as a text file.',
  'receipt.mail.link': 'The validation report and the printable receipt: {url}',
  'receipt.page.title': 'Receipt {reference}: {file}',
  'receipt.page.section': 'Receipt',
  'receipt.page.print': 'Printable receipt',
  'receipt.page.download': 'Download the receipt (text file)',
  'receipt.page.printHint': 'Use your browser’s print command to print this page or to save it as a PDF.',
  'receipt.page.back': 'Back to the validation report',

  // ---------- review and the message thread (h3)
  // (keys of this part go here)
  'review.error.messageRequired':
    'Write a message saying what {country} should correct: it is sent with the request.',
  'review.error.nothingToAccept':
    '{country} has no accepted upload for {year}, so there is nothing to accept yet. Request a correction instead, or wait for an accepted upload.',
  'review.error.messageTooLong':
    'The message has {length, number} characters; at most {max, number} fit. Shorten it, or send it in two messages.',
  'review.error.messageEmpty': 'Write a message before sending it.',
  'review.error.stateUnknown': 'Choose “Accepted by the Commission” or “Correction requested”.',
  'review.error.countryUnknown': '“{country}” is not the two-letter code of a member.',
  'review.heading': 'Review and messages',
  'review.state.none': 'The Commission has not reviewed the {year} report yet.',
  'review.state.accepted': 'Accepted by the Commission',
  'review.state.correction-requested': 'Correction requested',
  'review.current': 'Review: {state}, {date}.',
  'review.event': 'Review set to “{state}”.',
  'review.threadHeading': 'Messages about {year}',
  'review.noMessages': 'No messages yet.',
  'review.from.staff': 'Commission staff',
  'review.from.you': '{country} (you)',
  'review.from.withEmail': '{who}, {email}',
  'review.writeToStaff': 'Write to the Commission',
  'review.writeToCountry': 'Write to {country}',
  'review.messageLabel': 'Your message',
  'review.messageHintStaff': 'At most {max, number} characters. The Commission staff get it by e-mail.',
  'review.messageHintCountry':
    'At most {max, number} characters. The contacts of {country} get it by e-mail.',
  'review.sendButton': 'Send the message',
  'review.formHeading': 'Review the {year} report of {country}',
  'review.stateLegend': 'Decision',
  'review.reviewMessageLabel': 'Message to {country}',
  'review.reviewMessageHint':
    'Required when you request a correction: say what to correct. The contacts of {country} get the decision and the message by e-mail.',
  'review.reviewButton': 'Record the review',
  'review.error.uploadUnknown':
    'There is no upload “{upload}” of {country} for {year}. Choose one from the list, or none.',
  'review.aboutLabel': 'About an upload (optional)',
  'review.aboutNone': 'No particular upload',
  'review.aboutOption': '{file}, {date}',
  'review.about': 'About the upload {file}',
  'review.unreadable':
    'The review and the messages cannot be shown just now. Nothing is lost; please try again later, and tell the Commission team if it lasts.',
  'review.mail.sampleSubject': '[Fictitious sample data] {subject}',
  'review.mail.sampleNotice':
    'Fictitious sample data: this e-mail comes from the demonstration portal. Every figure is invented and describes no real country.',
  'review.mail.acceptedSubject': '{country}, {year}: accepted by the Commission',
  'review.mail.acceptedBody': 'The Commission has reviewed the {year} report of {country} and accepted it.',
  'review.mail.correctionSubject': '{country}, {year}: correction requested',
  'review.mail.correctionBody':
    'The Commission has reviewed the {year} report of {country} and asks for a correction. Please upload a corrected file.',
  'review.mail.staffMessage': 'The Commission’s message:',
  'review.mail.toCountrySubject': '{country}, {year}: a message from the Commission',
  'review.mail.toCountryBody': 'The Commission has written to {country} about its {year} report:',
  'review.mail.toStaffSubject': '{country}, {year}: a message from the national contact',
  'review.mail.toStaffBody': '{email} ({country}) has written about the {year} report:',
  'review.mail.link': 'Read and answer in the portal: {url}',
  'review.mail.noLink': 'Read and answer in the portal, on the page of {country} for {year}.',
  'review.mail.footer':
    'You get this e-mail as a user of the Global Alliance reporting portal. Please answer in the portal rather than by replying to this e-mail.',

  // ---------- portal for daily use: fast answer, expired session, result page, small screens (h4)
  // (keys of this part go here)
  'portal.daily.backToForm': 'Back to the form',
  'portal.daily.expired.signin':
    'Your session had expired, so the form was not sent. Sign in again: you will be taken back to the page you were on.',
  'portal.daily.expired.back':
    'You are signed in again. The form you were filling in was not sent because your session had expired: send it again (for an upload, choose the file again; nothing was stored).',
  'portal.daily.fileTooLarge':
    '{file} could not be taken: it is larger than {megabytes} MB. Remove what is not needed, or save it as .xlsx, and upload it again.',
  'portal.daily.wrongType':
    '{file} could not be taken: the file must be an Excel workbook (.xlsx), an OpenDocument spreadsheet (.ods) or a CSV file (.csv).',
  'portal.daily.emptyFile':
    '{file} could not be taken: the file is empty. Choose the saved workbook and upload it again.',
  'portal.daily.notChecked.title': 'Your file could not be checked',
  'portal.daily.notChecked.text':
    'We received {file} and kept it, but it could not be checked because of a fault on our side. It is listed in your history as not checked yet. Try again later; if it happens again, write to the Commission team.',
  'portal.daily.notCheckedYet': 'Not checked yet',
  'portal.daily.counts': 'Counts',
  'portal.daily.countsFor': 'Counts for: {tables}',
  'portal.daily.countsNot': 'No',
  'portal.daily.countsNow': 'This upload counts for {year}: {tables}.',
  'portal.daily.superseded': 'A later upload counts for {year} instead of this one: see the history.',
  'portal.daily.draft.ready': 'Your draft report is ready:',
  'portal.daily.draft.preparing':
    'Your draft report is being prepared from what counts now. It usually takes less than a minute.',
  'portal.daily.draft.reload': 'Reload this page to see if it is ready',
  'portal.daily.found':
    'Found: {errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}.',
  'portal.daily.errorsHeading': 'Errors: {count}',
  'portal.daily.warningsHeading': 'Warnings: {count}',
  'portal.daily.errorsIn': 'Errors in {sheet}: {count}',
  'portal.daily.warningsIn': 'Warnings in {sheet}: {count}',
  'portal.daily.notesHint':
    'Where you typed words in a value cell: keep only the number in the value cell (or leave it empty) and put the words in the {notes} column of the same row.',
  'portal.daily.uploadAgain': 'Upload a corrected file',
  'portal.daily.uploadAnother': 'Upload another file',
  'portal.daily.alreadySent':
    'This form had already been sent: here is the result of that upload. Nothing more was stored.',
  'portal.daily.badYear.title': 'Not a reporting year',
  'portal.daily.badYear.text':
    '"{year}" is not a reporting year: a reporting year is a four-digit year from {first} to {last}.',
  'portal.daily.badRequest.title': 'The request could not be read',
  'portal.daily.badRequest.text':
    'What the browser sent could not be read. Go back, reload the page and send the form again.',
  'portal.daily.methodNotAllowed.title': 'Not possible at this address',
  'portal.daily.methodNotAllowed.text':
    'This address does not accept that kind of request. Use the links and buttons of the portal’s pages.',
  'portal.daily.tableRegion': '{caption} (scrolls sideways on a small screen)',

  // ---------- staff table and publication pages (h5)
  // (keys of this part go here)
  'portal.staffTable.filterLabel': 'Show members',
  'portal.staffTable.filter.all': 'All members',
  'portal.staffTable.filter.not-submitted': 'Not submitted',
  'portal.staffTable.filter.rejected': 'Rejected',
  'portal.staffTable.filter.warnings': 'Accepted with warnings',
  'portal.staffTable.filter.accepted': 'Accepted',
  'portal.staffTable.filter.late': 'Late',
  'portal.staffTable.filter.correction-requested': 'Correction requested',
  'portal.staffTable.filterButton': 'Filter',
  'portal.staffTable.badState': '“{value}” is not a state to filter by. Choose one from the list.',
  'portal.staffTable.shown': 'Showing {shown} of {total} members.',
  'portal.staffTable.export': 'Download this list (CSV)',
  'portal.staffTable.deadline': 'Deadline',
  'portal.staffTable.daysLate': 'Days late',
  'portal.staffTable.daysLateValue': '{days, plural, one {# day late} other {# days late}}',
  'portal.staffTable.overdueValue': '{days, plural, one {# day overdue} other {# days overdue}}',
  'portal.staffTable.review': 'Review',
  'portal.staffTable.review.accepted': 'Accepted by the Commission',
  'portal.staffTable.review.correction-requested': 'Correction requested',
  'portal.staffTable.review.none': 'Not reviewed',
  'portal.staffTable.contacts': 'Contacts',
  'portal.staffTable.noContacts': 'No contact',
  'portal.staffTable.contactsUnavailable':
    'The contacts’ addresses could not be read just now; reload the page to try again.',
  'portal.staffTable.nextStep': 'Next step',
  'portal.staffTable.remind': 'Remind',
  'portal.staffTable.write': 'Write',
  'portal.staffTable.mailSubject': 'Alliance report {year}: {country}',
  'portal.staffTable.changed': 'Changed since edition {edition}',
  'portal.staffTable.editionPublished': 'Published on {date}.',
  'portal.staffTable.csv.code': 'Code',
  'portal.staffTable.csv.late': 'Late',
  'portal.staffTable.csv.yes': 'yes',
  'portal.staffTable.csv.no': 'no',
  'portal.staffTable.csv.reviewedAt': 'Reviewed at',
  'portal.staffTable.csv.changedSince': 'Changed since edition',
  'portal.publish.missingHeading':
    '{count, plural, =0 {Members without an accepted submission} one {# member without an accepted submission (not in the new edition)} other {# members without an accepted submission (not in the new edition)}}',
  'portal.publish.missingNone': 'Every member has an accepted submission.',
  'portal.publish.changedHeading': 'Changed since edition {edition}',
  'portal.publish.changedNone': 'No member’s data has changed since edition {edition}.',
  'portal.publishStarted.waiting':
    'This page checks again every {seconds} seconds until the edition is ready.',
  'portal.publishStarted.stop': 'Stop checking',
  'portal.publishStarted.auto': 'Check every {seconds} seconds until it is ready',
  'portal.publishStarted.check': 'Check again',
  'portal.publishStarted.ready': 'Edition {number} is published',
  'portal.publishStarted.readyTitle': 'Edition {number} of {year} is published',
  'portal.publishStarted.open': 'Open edition {number}',
  'portal.edition.title': 'Edition {number} of {year}',
  'portal.edition.published': 'Published on {date} by {by}.',
  'portal.edition.unknownPublisher': 'an unrecorded person',
  'portal.edition.reserved': 'Publication started on {at}.',
  'portal.edition.counts':
    '{reports} of {members} members reported; {files, plural, one {# file} other {# files}}, {size} in all.',
  'portal.edition.zip': 'Download edition {number} as one zip file',
  'portal.edition.changesFirstHeading': 'What changed',
  'portal.edition.changesHeading': 'What changed since edition {previous}',
  'portal.edition.first': 'This is the first edition of {year}.',
  'portal.edition.added': 'Members added: {list}.',
  'portal.edition.updated': 'Members with new data: {list}.',
  'portal.edition.removed': 'Members no longer in it: {list}.',
  'portal.edition.filesChanged': 'Files: {added} added, {changed} changed, {removed} removed.',
  'portal.edition.missing': 'Members not in this edition: {list}.',
  'portal.edition.missingNone': 'Every member of the year is in this edition.',
  'portal.edition.filesHeading': 'Files',
  'portal.edition.group.reports': 'Reports',
  'portal.edition.group.openData': 'Open data',
  'portal.edition.group.validation': 'Validation records',
  'portal.edition.group.other': 'Other files',
  'portal.edition.caption': '{group} of edition {number}',
  'portal.edition.file': 'File',
  'portal.edition.size': 'Size',
  'portal.edition.sha256': 'SHA-256',
  'portal.edition.manifest': 'The edition’s manifest (manifest.json)',

  // ---------- template: data validation, last year's values (h6)
  // (keys of this part go here)
  'template.column.previous': 'Last year’s value',
  'template.previous.note':
    'The value accepted for {year}, for comparison. This column is not read when the file is uploaded.',
  'template.previous.none': 'No value was accepted for {year}.',
  'template.intro.required':
    'Columns whose heading ends in * (dark orange) must be filled in on every line you use; the other columns are optional.',
  'template.intro.previous':
    'The column "{column}" shows the value accepted for last year, when there is one, for comparison: it is not read back.',
  'template.intro.checks':
    'Value cells accept only what their unit allows (a negative count or text in a number is refused): explanations go in the {notes} column.',
  'template.rule.count': 'A whole number, 0 or more, such as 120.',
  'template.rule.percent': 'A number from 0 to 100, such as 90.5, without the % sign.',
  'template.rule.score': 'A whole number from {min} to {max}.',
  'template.rule.decimal': 'A number, 0 or more; decimals are allowed, such as 2.5.',
  'template.rule.yesNo': 'Choose {yes} or {no} in the list.',
  'template.rule.more':
    'Leave the cell empty if you have no figure; write any explanation in the {notes} column.',
  'template.rule.title': 'Not accepted',
  'template.prompt.estimate': 'Choose {yes} if the figure is an estimate, and say how in {notes}.',
  'template.prompt.target': 'Choose the policy target of this action in the list.',
  'template.prompt.goal':
    'Choose an operational goal of the target chosen in the {target} column: the list shows only its goals.',
  'template.prompt.kind': '{baseline}: already undertaken. {commitment}: to be undertaken.',
  'template.prompt.status': 'Choose where the action stands at the end of the reporting year.',
  'template.error.goal':
    'Choose an operational goal of the target in the {target} column ({goals}), or leave the cell empty.',
} as const;

export type MessageKey = keyof typeof en;
