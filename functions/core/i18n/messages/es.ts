/**
 * Español. Traducción del inglés (en.ts), que debe revisar una persona de lengua materna
 * española antes de su uso (docs/translations.md). Término del ámbito como en los textos
 * de la Comisión: «material de abuso sexual infantil»; el título de 2012 del objetivo 4
 * conserva «pornografía infantil» (Directiva 2011/93/UE).
 */
import type { FrameworkText } from '../framework-text.js';
import type { MessageKey } from './en.js';

export const es: { readonly [K in MessageKey]?: string } = {
  'issue.NO_TABLE_FOUND.message':
    'No se ha encontrado ninguna tabla de Indicadores ni de Acciones en este archivo.',
  'issue.NO_TABLE_FOUND.hint':
    'Mantenga la fila de encabezado de la plantilla (Indicador, Valor, ... o Referencia, Objetivo, Título, ...) encima de sus cifras, o descargue de nuevo la plantilla y copie en ella sus cifras.',
  'issue.TABLE_EMPTY.message': 'La tabla {table} tiene fila de encabezado, pero ninguna fila debajo.',
  'issue.TABLE_EMPTY.hint':
    'Escriba sus cifras o acciones en las filas bajo la fila de encabezado y vuelva a enviar el archivo. Si quería mantener lo que envió antes, no es necesario enviar este archivo.',
  'issue.TABLE_EMPTY_SKIPPED.message':
    'La tabla {table} no tiene filas, por lo que se ha dejado fuera: lo que envió antes para ella (si envió algo) sigue siendo válido.',
  'issue.TABLE_EMPTY_SKIPPED.hint':
    'No es necesario hacer nada. Para sustituirla, complete la tabla {table} y vuelva a enviar el archivo.',
  'issue.SHEET_HIDDEN.message':
    'La hoja «{sheet}» está oculta, pero contiene {role}: su contenido se ha leído y cuenta.',
  'issue.SHEET_HIDDEN.hint':
    'Si esta hoja es una copia antigua, elimínela y vuelva a enviar el archivo; si no, puede mostrarla.',
  'issue.COUNTRY_MISSING.message': 'La portada no indica a qué país corresponde este informe.',
  'issue.COUNTRY_MISSING.hint':
    'Escriba el nombre de su país (por ejemplo, {expected}) junto a «País» en la hoja Portada.',
  'issue.COUNTRY_UNKNOWN.message': '«{value}» no es un país miembro que reconozcamos.',
  'issue.COUNTRY_UNKNOWN.hint':
    'Escriba el nombre del país en inglés o su código de dos letras, por ejemplo, {expected}.',
  'issue.COUNTRY_MISMATCH.message': 'El archivo corresponde a {found}, pero se envió para {expected}.',
  'issue.COUNTRY_MISMATCH.hint':
    'Envíelo para {found}, o corrija el país en el archivo si realmente corresponde a {expected}.',
  'issue.YEAR_MISSING.message': 'La portada no indica a qué año corresponde este informe.',
  'issue.YEAR_MISSING.hint':
    'Escriba el año de referencia con cuatro cifras, por ejemplo, {expected}, junto a «Año de referencia» en la hoja Portada.',
  'issue.YEAR_INVALID.message':
    '«{value}» no es un año de referencia: un año de referencia es un año de cuatro cifras entre {first} y {last}.',
  'issue.YEAR_INVALID.hint': 'Escriba el año con cuatro cifras, por ejemplo, {expected}.',
  'issue.YEAR_MISMATCH.message': 'El archivo corresponde a {found}, pero se envió para el año {expected}.',
  'issue.YEAR_MISMATCH.hint':
    'Envíelo para {found}, o corrija el año en el archivo si realmente corresponde a {expected}.',
  'issue.COVER_DATE_INVALID.message':
    'La fecha de la portada, «{value}», no es una fecha que sepamos leer, por lo que se ha dejado fuera.',
  'issue.COVER_DATE_INVALID.hint': 'Escriba la fecha en la forma 2014-03-01 (año, mes, día).',
  'issue.COLUMN_MISSING.message': 'La tabla {table} no tiene columna «{column}».',
  'issue.COLUMN_MISSING.hint':
    'Añada una columna con el encabezado «{column}» en la fila de encabezado (fila {row}), o descargue de nuevo la plantilla y copie en ella sus cifras.',
  'issue.COLUMN_DUPLICATE.message': 'La tabla {table} tiene dos columnas «{column}» ({first} y {second}).',
  'issue.COLUMN_DUPLICATE.hint':
    'Elimine o cambie el nombre de una de las dos columnas, de modo que solo una contenga el dato «{column}».',
  'issue.COLUMN_IGNORED.message':
    'La columna «{value}» no forma parte de la tabla {table} y no se ha tenido en cuenta.',
  'issue.COLUMN_IGNORED.hint':
    'Si contiene algo que el informe necesita, páselo a la columna Observaciones; si no, puede dejarla o eliminarla.',
  'issue.INDICATOR_MISSING.message': 'Esta fila tiene un valor, pero ningún indicador.',
  'issue.INDICATOR_MISSING.hint':
    'Escriba el código del indicador (por ejemplo, T1.2) en la columna Indicador, o elimine la fila.',
  'issue.INDICATOR_UNKNOWN.message': '«{value}» no es un indicador del marco.',
  'issue.INDICATOR_UNKNOWN.hint':
    'Utilice un código de indicador de la plantilla, como T1.2, o su nombre exacto.',
  'issue.INDICATOR_DUPLICATE.message':
    'El indicador {indicator} figura dos veces con valores distintos: {first} (fila {firstRow}) y {second}.',
  'issue.INDICATOR_DUPLICATE.hint':
    'Mantenga una sola fila para este indicador, con el valor correcto, y elimine la otra.',
  'issue.INDICATOR_DUPLICATE_SAME_VALUE.message':
    'El indicador {indicator} figura dos veces (también en la fila {firstRow}), con el mismo valor.',
  'issue.INDICATOR_DUPLICATE_SAME_VALUE.hint': 'Elimine una de las dos filas.',
  'issue.INDICATOR_NO_DATA.message': 'El indicador {indicator} no tiene valor.',
  'issue.INDICATOR_NO_DATA.hint':
    'Escriba la cifra si la tiene; deje la celda vacía solo si no dispone de datos.',
  'issue.DERIVED_INDICATOR_IGNORED.message':
    'El indicador {indicator} se calcula a partir de las cifras de este año y del anterior, por lo que no se ha tenido en cuenta el valor escrito.',
  'issue.DERIVED_INDICATOR_IGNORED.hint': 'Deje esta celda vacía; indique en su lugar {from}.',
  'issue.VALUE_NOT_A_NUMBER.message':
    'El valor del indicador {indicator} debe ser {expected}, pero la celda contiene «{value}».',
  'issue.VALUE_NOT_A_NUMBER.hint': '{example}',
  'issue.VALUE_NEGATIVE.message': 'El valor del indicador {indicator} no puede ser negativo ({value}).',
  'issue.VALUE_NEGATIVE.hint': '{example}',
  'issue.VALUE_NOT_WHOLE.message':
    'El valor del indicador {indicator} debe ser un número entero, pero es {value}.',
  'issue.VALUE_NOT_WHOLE.hint': '{example} Si 1.234 significa mil doscientos treinta y cuatro, escriba 1234.',
  'issue.VALUE_OUT_OF_RANGE.message':
    'El valor del indicador {indicator} debe ser {expected}, pero es {value}.',
  'issue.VALUE_OUT_OF_RANGE.hint': '{example}',
  'issue.VALUE_NOT_YES_NO.message': '{field} debe ser sí o no, pero la celda contiene «{value}».',
  'issue.VALUE_NOT_YES_NO.hint': 'Escriba sí o no, o deje la celda vacía si no lo sabe.',
  'issue.VALUE_ESTIMATE.message':
    'El valor del indicador {indicator}, «{value}», se ha leído como {number, number} y se ha marcado como estimación.',
  'issue.VALUE_ESTIMATE.hint':
    'Si es correcto, no hay nada que hacer. La próxima vez escriba solo el número y elija sí en la columna Estimación.',
  'issue.UNIT_MISMATCH.message':
    'El indicador {indicator} se mide en {expected}, pero la unidad indicada es «{value}».',
  'issue.UNIT_MISMATCH.hint': 'Indique la cifra en {expected} y corrija la celda Unidad (o déjela vacía).',
  'issue.UNIT_CONVERTED.message':
    'El indicador {indicator} se indicó en {from} ({value}) y se ha convertido a {number, number} {to}.',
  'issue.UNIT_CONVERTED.hint': 'Compruebe la cifra convertida. La próxima vez, indíquela en {to}.',
  'issue.CONVICTED_ABOVE_PROSECUTED.message':
    'Los autores condenados (T2.4), {convicted, number}, superan a los autores procesados (T2.3), {prosecuted, number}.',
  'issue.CONVICTED_ABOVE_PROSECUTED.hint':
    'Compruebe ambas cifras. Si las condenas incluyen casos procesados en años anteriores, indíquelo en las Observaciones.',
  'issue.CHANGE_OVER_50_PERCENT.message':
    'El indicador {indicator} ha pasado de {previous, number} el año pasado a {current, number} este año ({change}).',
  'issue.CHANGE_OVER_50_PERCENT.hint':
    'Compruebe la cifra. Si es correcta, una breve explicación en las Observaciones sobre el motivo del cambio ayudará a los lectores del informe.',
  'issue.TEXT_LOOKS_LIKE_FORMULA.message':
    '{field} empieza por «{first}», que una hoja de cálculo podría ejecutar como fórmula. Se ha mantenido como texto.',
  'issue.TEXT_LOOKS_LIKE_FORMULA.hint':
    'Si se trata de texto, no hay nada que hacer; también puede empezarlo con una letra o una palabra.',
  'issue.TARGET_UNKNOWN.message': '«{value}» no es uno de los cuatro objetivos políticos.',
  'issue.TARGET_UNKNOWN.hint':
    'Escriba el número del objetivo (1, 2, 3 o 4) o su nombre corto: Víctimas, Investigaciones, Sensibilización, Disponibilidad.',
  'issue.ACTION_TARGET_MISSING.message': 'La acción {ref} no tiene objetivo político.',
  'issue.ACTION_TARGET_MISSING.hint':
    'Escriba el número del objetivo (1, 2, 3 o 4) o su nombre corto en la columna Objetivo.',
  'issue.ACTION_GOAL_UNKNOWN.message': '«{value}» no es un objetivo operativo de {target}.',
  'issue.ACTION_GOAL_UNKNOWN.hint': 'Utilice uno de los objetivos {goals}, o deje la celda vacía.',
  'issue.ACTION_REF_MISSING.message': 'La acción «{title}» no tiene referencia.',
  'issue.ACTION_REF_MISSING.hint':
    'Dé a cada acción una referencia corta que se mantenga igual de un año a otro, como FR-1-01.',
  'issue.ACTION_REF_DUPLICATE.message':
    'La referencia «{value}» se utiliza dos veces (también en la fila {firstRow}).',
  'issue.ACTION_REF_DUPLICATE.hint':
    'Dé a cada acción su propia referencia. Si las dos filas son la misma acción, mantenga una.',
  'issue.ACTION_TITLE_MISSING.message': 'La acción {ref} no tiene título.',
  'issue.ACTION_TITLE_MISSING.hint': 'Escriba un título corto que diga en qué consiste la acción.',
  'issue.ACTION_KIND_MISSING.message': 'La acción {ref} no indica su tipo.',
  'issue.ACTION_KIND_MISSING.hint': 'Escriba existente (ya realizada) o compromiso (por realizar).',
  'issue.ACTION_KIND_UNKNOWN.message':
    'El tipo de la acción {ref}, «{value}», no es existente ni compromiso.',
  'issue.ACTION_KIND_UNKNOWN.hint': 'Escriba existente (ya realizada) o compromiso (por realizar).',
  'issue.ACTION_STATUS_MISSING.message': 'La acción {ref} no tiene estado.',
  'issue.ACTION_STATUS_MISSING.hint':
    'Escriba uno de estos valores: previsto, en curso, completado, interrumpido.',
  'issue.ACTION_STATUS_UNKNOWN.message':
    'El estado de la acción {ref}, «{value}», no es uno de los que conocemos.',
  'issue.ACTION_STATUS_UNKNOWN.hint':
    'Escriba uno de estos valores: previsto, en curso, completado, interrumpido.',
  'issue.ACTION_DATE_INVALID.message':
    'La fecha de {field} de la acción {ref}, «{value}», no es una fecha que sepamos leer.',
  'issue.ACTION_DATE_INVALID.hint':
    'Escriba una fecha como 2014-03-01, un mes como 2014-03, un trimestre como Q3 2014 o un año como 2014.',
  'issue.DATE_AMBIGUOUS.message':
    'La fecha de {field} de la acción {ref}, «{value}», se ha leído con el día primero, como {date}.',
  'issue.DATE_AMBIGUOUS.hint':
    'Si el mes va primero, corríjala. Escribir las fechas como 2014-03-01 (año, mes, día) evita la duda.',
  'issue.ACTION_END_BEFORE_START.message': 'La acción {ref} termina ({end}) antes de empezar ({start}).',
  'issue.ACTION_END_BEFORE_START.hint':
    'Compruebe las fechas de inicio y de fin; puede que en una de ellas el día y el mes estén invertidos.',
  'issue.RULE_FAILED.message': 'La comprobación «{rule}» no se ha podido completar en este archivo.',
  'issue.RULE_FAILED.hint':
    'Vuelva a enviar el archivo más tarde. Si vuelve a ocurrir, póngase en contacto con la secretaría de la Alianza.',

  // ---------- problemas al leer el archivo (functions/core/read/codes.ts)
  'issue.FILE_EMPTY.message': 'El archivo está vacío (0 bytes).',
  'issue.FILE_EMPTY.hint':
    'Compruebe que ha elegido el archivo correcto y que se guardó por completo antes de enviarlo.',
  'issue.FILE_TOO_LARGE.message':
    'El archivo ocupa {size, number} MB, por encima del límite de {max, number} MB.',
  'issue.FILE_TOO_LARGE.hint':
    'Elimine las imágenes, las hojas que no se usan y cualquier otro contenido que no forme parte del informe, guarde y vuelva a enviar el archivo.',
  'issue.ARCHIVE_TOO_LARGE.message': 'Una vez descomprimido, el libro supera el límite de {max, number} MB.',
  'issue.ARCHIVE_TOO_LARGE.hint':
    'Elimine las imágenes, las hojas que no se usan y los rangos muy grandes de celdas vacías con formato, guarde y vuelva a enviar el archivo.',
  'issue.FILE_CORRUPT.message': 'No se ha podido leer el archivo: parece dañado o incompleto ({detail}).',
  'issue.FILE_CORRUPT.hint':
    'Abra el archivo en su programa de hoja de cálculo; si se abre, guárdelo de nuevo como Libro de Excel (.xlsx) y envíe esa copia.',
  'issue.FILE_ENCRYPTED.message': 'El libro está protegido con contraseña, por lo que no se puede leer.',
  'issue.FILE_ENCRYPTED.hint':
    'Abra el archivo, quite la contraseña (en Excel: Archivo > Información > Proteger libro), guárdelo como Libro de Excel (.xlsx) y vuelva a enviarlo.',
  'issue.FILE_LEGACY_XLS.message': 'El archivo es {what}, un formato antiguo que no se acepta.',
  'issue.FILE_LEGACY_XLS.hint':
    'Abra el archivo en su programa de hoja de cálculo, guárdelo como Libro de Excel (.xlsx) y vuelva a enviarlo.',
  'issue.FILE_UNSUPPORTED.message': 'El archivo es {what}, no una hoja de cálculo.',
  'issue.FILE_UNSUPPORTED.hint':
    'Envíe el informe como libro de Excel (.xlsx), hoja de cálculo OpenDocument (.ods) o archivo CSV.',
  'issue.FILE_HAS_MACROS.message':
    'El libro contiene macros. No se han ejecutado; solo se han leído los valores de las celdas.',
  'issue.FILE_HAS_MACROS.hint':
    'No es necesario hacer nada. Para evitar esta advertencia, guarde el archivo como Libro de Excel (.xlsx) en lugar de como libro habilitado para macros.',
  'issue.EXTERNAL_LINKS_IGNORED.message':
    'El libro contiene vínculos a otros archivos. No se han seguido; se han usado los últimos valores guardados en las celdas.',
  'issue.EXTERNAL_LINKS_IGNORED.hint':
    'Compruebe que los valores vinculados estaban actualizados al guardar. Para evitar esta advertencia, copie los valores y quite los vínculos (en Excel: Datos > Editar vínculos > Romper vínculo).',
  'issue.XML_DOCTYPE_REFUSED.message':
    'La hoja de cálculo contiene una declaración de tipo de documento, que no se acepta por motivos de seguridad.',
  'issue.XML_DOCTYPE_REFUSED.hint':
    'Abra el archivo en LibreOffice o Excel, guárdelo de nuevo como Libro de Excel (.xlsx) y envíe esa copia.',
  'issue.TOO_MANY_ROWS.message': 'La hoja «{sheet}» tiene más de {max, number} filas con contenido.',
  'issue.TOO_MANY_ROWS.hint':
    'Deje en el archivo solo las tablas del informe: elimine las filas u hojas que no tengan relación con él, guarde y vuelva a enviar el archivo.',
  'issue.TOO_MANY_COLUMNS.message': 'La hoja «{sheet}» tiene contenido más allá de la columna {max, number}.',
  'issue.TOO_MANY_COLUMNS.hint':
    'Elimine las columnas que no forman parte de la tabla del informe, guarde y vuelva a enviar el archivo.',
  'issue.FIELD_TOO_LARGE.message':
    '{kind, select, workbook {Una celda de este libro contiene unos {size, number} MB de texto, muy por encima del límite de {max, number} caracteres por celda.} other {Esta celda contiene {length, number} caracteres o más, por encima del límite de {max, number}.}}',
  'issue.FIELD_TOO_LARGE.hint':
    '{kind, select, workbook {Busque la celda con el texto muy largo (a menudo pegado por error), acórtelo, guarde y vuelva a enviar el archivo.} other {Acorte el texto de esta celda (una celda de hoja de cálculo admite como máximo 32.767 caracteres). En un archivo CSV, compruebe que todas las comillas estén cerradas.}}',
  'issue.CONTROL_CHARACTERS_REMOVED.message':
    'Esta celda contenía caracteres de control invisibles; se han eliminado.',
  'issue.CONTROL_CHARACTERS_REMOVED.hint':
    'Compruebe que el valor dice lo que usted quería. Estos caracteres suelen aparecer al copiar texto de otros programas.',
  'issue.CSV_QUOTE_NOT_CLOSED.message':
    'Unas comillas (") abiertas en la línea {line} no se cierran nunca, por lo que el resto del archivo se leería como una sola celda.',
  'issue.CSV_QUOTE_NOT_CLOSED.hint':
    'Abra el archivo en un editor de texto, añada las comillas de cierre que faltan (o elimine las sobrantes), guarde y vuelva a enviar el archivo.',
  'issue.CSV_MALFORMED.message': 'No se ha podido leer el archivo CSV cerca de la línea {line} ({detail}).',
  'issue.CSV_MALFORMED.hint':
    'Abra el archivo en su programa de hoja de cálculo, guárdelo de nuevo como CSV (o mejor, como Libro de Excel .xlsx) y vuelva a enviarlo.',
  'issue.FILE_TOO_COMPLEX.message':
    '{kind, select, time {La lectura de este archivo ha superado el límite de {seconds, number} segundos, por lo que se ha detenido.} other {La estructura interna del libro está anidada en más de {max, number} niveles (al menos {depth, number}), mucho más de lo que escribe un programa de hoja de cálculo.}}',
  'issue.FILE_TOO_COMPLEX.hint':
    '{kind, select, time {Deje en el archivo solo las tablas del informe: elimine las demás hojas, los textos muy largos y los rangos grandes de celdas vacías con formato, guarde y vuelva a enviar el archivo.} other {Abra el archivo en su programa de hoja de cálculo, guárdelo de nuevo como Libro de Excel (.xlsx) y envíe esa copia. Si tampoco así funciona, copie las tablas del informe en la plantilla.}}',
  'issue.FILE_NO_SHEETS.message': 'El libro no tiene ninguna hoja que se pueda leer.',
  'issue.FILE_NO_SHEETS.hint':
    'Compruebe que ha elegido el archivo correcto; guárdelo de nuevo como Libro de Excel (.xlsx) y vuelva a enviarlo.',

  'term.table.indicators': 'Indicadores',
  'term.table.actions': 'Acciones',
  'term.role.cover': 'la portada',
  'term.role.indicators': 'la tabla de indicadores',
  'term.role.actions': 'la tabla de acciones',
  'term.field.indicator': 'Indicador',
  'term.field.name': 'Nombre del indicador',
  'term.field.value': 'Valor',
  'term.field.unit': 'Unidad',
  'term.field.source': 'Fuente',
  'term.field.estimate': 'Estimación',
  'term.field.notes': 'Observaciones',
  'term.field.country': 'País',
  'term.field.year': 'Año',
  'term.field.info': 'Definición',
  'term.field.ref': 'Referencia',
  'term.field.target': 'Objetivo',
  'term.field.goal': 'Objetivo operativo',
  'term.field.title': 'Título',
  'term.field.description': 'Descripción',
  'term.field.kind': 'Tipo',
  'term.field.status': 'Estado',
  'term.field.start': 'Fecha de inicio',
  'term.field.end': 'Fecha de fin',
  'term.field.lead': 'Organismo responsable',
  'term.field.progress': 'Avance',
  'term.date.start': 'inicio',
  'term.date.end': 'fin',
  'term.answerTo': 'La respuesta a {indicator}',
  'term.estimateOf': 'La estimación de {indicator}',
  'term.sourceOf': 'La fuente de {indicator}',
  'term.notesOn': 'Las observaciones sobre {indicator}',
  'term.action': 'la acción {ref}',
  'term.refOf': 'La referencia de {action}',
  'term.titleOf': 'El título de {action}',
  'term.descriptionOf': 'La descripción de {action}',
  'term.leadOf': 'El organismo responsable de {action}',
  'term.progressOf': 'El avance de {action}',
  'term.onRow': 'de la fila {row}',
  'term.target': 'el objetivo {id} ({name})',
  'term.anyTarget': 'ningún objetivo',
  'term.exampleCountry': 'France o FR',
  'term.unit.fraction': 'fracción de 1',
  'term.unit.percent': 'porcentaje',
  'term.unit.hours': 'horas',
  'term.unit.weeks': 'semanas',
  'term.unit.days': 'días',
  'term.expected.count': 'un número entero, 0 o más',
  'term.expected.percent': 'un porcentaje de 0 a 100',
  'term.expected.score': 'un número entero de {min} a {max}',
  'term.expected.fte': 'un número de equivalentes a tiempo completo (se admiten decimales)',
  'term.expected.days': 'un número de días (se admiten decimales)',
  'term.expected.yes-no': 'sí o no',
  'term.example.count': 'Escriba un número entero como 120, o deje la celda vacía si no dispone de datos.',
  'term.example.percent':
    'Escriba un número de 0 a 100 como 90,5, o deje la celda vacía si no dispone de datos.',
  'term.example.score':
    'Escriba un número entero de {min} a {max}, o deje la celda vacía si no dispone de datos.',
  'term.example.fte': 'Escriba un número como 12,5, o deje la celda vacía si no dispone de datos.',
  'term.example.days': 'Escriba un número de días como 2,5, o deje la celda vacía si no dispone de datos.',
  'term.example.yes-no': 'Escriba sí o no, o deje la celda vacía si no lo sabe.',
  'term.example.dateCell':
    'Puede que la celda tenga formato de fecha: dele formato de número y vuelva a escribir la cifra.',
  'term.severity.error': 'Error',
  'term.severity.warning': 'Advertencia',
  'term.fileKind.png': 'una imagen PNG',
  'term.fileKind.pdf': 'un documento PDF',
  'term.fileKind.jpeg': 'una imagen JPEG',
  'term.fileKind.gif': 'una imagen GIF',
  'term.fileKind.gzip': 'un archivo comprimido gzip',
  'term.fileKind.7zip': 'un archivo comprimido 7-Zip',
  'term.fileKind.rar': 'un archivo comprimido RAR',
  'term.fileKind.rtf': 'un documento RTF',
  'term.fileKind.html': 'una página web (HTML) guardada con nombre de hoja de cálculo',
  'term.fileKind.xml2003': 'una hoja de cálculo XML de Excel 2003',
  'term.fileKind.xls': 'un libro de Excel 97-2003 (.xls)',
  'term.fileKind.ole2': 'un documento antiguo de Microsoft Office',
  'term.fileKind.binary': 'un archivo binario',
  'term.fileKind.word': 'un documento de Word',
  'term.fileKind.powerpoint': 'una presentación de PowerPoint',
  'term.fileKind.odt': 'un documento de texto OpenDocument',
  'term.fileKind.zip': 'un archivo comprimido zip',
  'term.readDetail.endsEarly': 'el archivo termina antes de tiempo',
  'term.readDetail.zipEndMissing': 'falta el final del archivo zip; puede que el archivo esté cortado',
  'term.readDetail.zip64Missing': 'falta un registro zip64',
  'term.readDetail.zip64Damaged': 'un registro zip64 está dañado',
  'term.readDetail.zipDirectoryDamaged': 'el directorio del archivo zip está dañado',
  'term.readDetail.contentMissing': 'falta el contenido de la hoja de cálculo',
  'term.readDetail.contentNotWellFormed': 'el contenido de la hoja de cálculo no está bien formado',
  'term.readDetail.workbookDamaged': 'el libro que contiene está dañado',
  'term.readDetail.unexpectedContent': 'contenido inesperado',

  'template.title': 'Informe anual de la Alianza Mundial {year}',
  'template.sheet.instructions': 'Instrucciones',
  'template.sheet.cover': 'Portada',
  'template.sheet.indicators': 'Indicadores',
  'template.sheet.actions': 'Acciones',
  'template.column.indicator': 'Indicador',
  'template.column.name': 'Nombre del indicador',
  'template.column.info': 'Definición',
  'template.column.value': 'Valor',
  'template.column.unit': 'Unidad',
  'template.column.source': 'Fuente',
  'template.column.estimate': 'Estimación',
  'template.column.notes': 'Observaciones',
  'template.column.ref': 'Referencia',
  'template.column.target': 'Objetivo',
  'template.column.goal': 'Objetivo operativo',
  'template.column.title': 'Título',
  'template.column.description': 'Descripción',
  'template.column.kind': 'Tipo',
  'template.column.status': 'Estado',
  'template.column.start': 'Fecha de inicio',
  'template.column.end': 'Fecha de fin',
  'template.column.lead': 'Organismo responsable',
  'template.column.progress': 'Avance',
  'template.cover.country': 'País',
  'template.cover.year': 'Año de referencia',
  'template.cover.contactName': 'Persona de contacto',
  'template.cover.organisation': 'Organismo',
  'template.cover.email': 'Correo electrónico',
  'template.cover.date': 'Fecha',
  'template.word.yes': 'sí',
  'template.word.no': 'no',
  'template.kind.baseline': 'existente',
  'template.kind.commitment': 'compromiso',
  'template.status.planned': 'previsto',
  'template.status.in-progress': 'en curso',
  'template.status.completed': 'completado',
  'template.status.discontinued': 'interrumpido',
  'template.unit.yes-no': 'sí/no',
  'template.unit.count': 'cantidad',
  'template.unit.percent': 'porcentaje',
  'template.unit.score': 'puntos',
  'template.unit.fte': 'equivalente a tiempo completo',
  'template.unit.days': 'días',
  'template.targetChoice': '{id} - {name}',
  'template.intro.title': 'Alianza Mundial contra el Abuso Sexual de Menores en Línea: informe anual {year}',
  'template.intro.forCountry': 'Este libro corresponde a {country}, año de referencia {year}.',
  'template.intro.forYear':
    'Este libro corresponde al año de referencia {year}. Escriba el nombre de su país en la hoja Portada.',
  'template.intro.fillHeading': 'Qué hay que rellenar',
  'template.intro.fillCover':
    'Hoja Portada: su país, el año de referencia, su nombre, su organismo, su correo electrónico y la fecha en que la rellenó.',
  'template.intro.fillIndicators':
    'Hoja Indicadores: una cifra por fila, en la columna Valor. La columna «Definición» explica qué significa cada cifra.',
  'template.intro.fillActions':
    'Hoja Acciones: una fila por cada acción que su país ha emprendido o se ha comprometido a emprender, en uno de los cuatro objetivos políticos.',
  'template.intro.fillPrevious':
    'Las filas del año pasado conservan su referencia: actualice su estado y su avance en lugar de añadirlas de nuevo.',
  'template.intro.unitsHeading': 'Unidades',
  'template.intro.units1':
    'Las cantidades son números enteros, como 120. Los porcentajes son números de 0 a 100, como 90,5.',
  'template.intro.units2':
    'Preguntas de sí o no: elija sí o no en la lista. Las cifras de personal son equivalentes a tiempo completo (se admiten decimales).',
  'template.intro.units3':
    'Los plazos se expresan en días (se admiten decimales). Si utiliza otra unidad, escríbala en la columna Unidad.',
  'template.intro.units4':
    'El crecimiento de las víctimas identificadas en ICSE (T1.4) se calcula a partir de este año y del anterior: no se solicita.',
  'template.intro.noDataHeading': 'Sin datos',
  'template.intro.noData':
    'Si no dispone de una cifra, deje vacía la celda Valor. No escriba 0 salvo que la cifra real sea cero.',
  'template.intro.estimatesHeading': 'Estimaciones',
  'template.intro.estimates':
    'Si una cifra es una estimación, elija sí en la columna Estimación y explique en Observaciones cómo se estimó.',
  'template.intro.actionsHeading': 'Acciones',
  'template.intro.actionsTarget':
    'Objetivo: elija uno de los cuatro objetivos políticos. Objetivo operativo: {goals} (véase la lista más abajo).',
  'template.intro.actionsKind':
    'Tipo: existente (ya realizada) o compromiso (por realizar). Estado: previsto, en curso, completado o interrumpido.',
  'template.intro.actionsDates':
    'Fecha de inicio y fecha de fin: una fecha como 2014-03-01, un mes, un trimestre como Q3 2014 o un año.',
  'template.intro.personalHeading': 'Datos personales',
  'template.intro.personal':
    'Su nombre y su correo electrónico se conservan para que la Comisión Europea pueda ponerse en contacto con usted sobre este informe. Nunca aparecen en un informe.',
  'template.intro.sendHeading': 'Dónde enviarlo',
  'template.intro.send1':
    'Envíe el archivo completado a través del portal de informes de la Alianza, con su país y el año {year}.',
  'template.intro.send2':
    'Recibirá una respuesta en unos segundos: aceptado, o una lista de lo que hay que corregir y dónde. Puede volver a enviarlo hasta la publicación.',
  'template.intro.targetsHeading': 'Los objetivos políticos y los objetivos operativos',
  'template.intro.target': 'Objetivo {id} ({name}): {title}',
  'template.intro.goal': '    Objetivo operativo {id}: {text}',
  'template.intro.framework': 'Versión del marco {version}.',
  'template.validation.estimate': 'Elija sí si la cifra es una estimación, o deje la celda vacía.',
  'template.validation.yesNo': 'Elija sí o no, o deje la celda vacía si no lo sabe.',
  'template.validation.choose': 'Elija uno de estos valores: {values}.',

  'report.accepted': 'Aceptado',
  'report.acceptedWithWarnings':
    'Aceptado con {warnings, plural, one {# advertencia} other {# advertencias}}',
  'report.rejected':
    'Rechazado: {errors, plural, one {# error} other {# errores}}{warnings, plural, =0 {} one {, # advertencia} other {, # advertencias}} - no se ha guardado nada',
  'report.file': 'Archivo: {file}',
  'report.wholeFile': 'El archivo completo',
  'report.sheet': 'Hoja «{sheet}»',
  'report.rowColumn': 'Fila {row}, columna {column}: ',
  'report.row': 'Fila {row}: ',
  'report.column': 'Columna {column}: ',
  'report.found': ' Encontrado: «{value}».',
  'report.fix': ' Solución: {hint}',
  'report.fixAndRetry':
    'Corrija los errores anteriores y vuelva a comprobar el archivo. Las advertencias por sí solas no impiden un envío.',

  'annotate.sheet': 'Problemas',
  'annotate.severity': 'Gravedad',
  'annotate.sheetColumn': 'Hoja',
  'annotate.row': 'Fila',
  'annotate.column': 'Columna',
  'annotate.value': 'Valor encontrado',
  'annotate.problem': 'Problema',
  'annotate.hint': 'Cómo corregirlo',
  'annotate.code': 'Código',
  'annotate.none': 'No se ha encontrado ningún problema.',

  'portal.siteName': 'Alianza Mundial contra el Abuso Sexual de Menores en Línea – informes',
  'portal.titleSuffix': '{title} – Informes de la Alianza Mundial',
  'portal.skipLink': 'Ir al contenido principal',
  'portal.account': 'Cuenta',
  'portal.signedInAs': 'Sesión iniciada como {email}',
  'portal.staffMark': '(personal)',
  'portal.signOut': 'Cerrar sesión',
  'portal.language': 'Idioma',
  'portal.sampleBannerStrong': 'Datos de ejemplo ficticios.',
  'portal.sampleBanner':
    'Este portal contiene los envíos de demostración incluidos: todas las cifras son inventadas y no describen ningún país real.',
  'portal.footer': 'Versión del marco de informes {version}.',
  'portal.errorPrefix': 'Error: {title}',
  'portal.thereIsAProblem': 'Hay un problema',
  'portal.dateTime': '{date}, {time} UTC',
  'portal.yearSwitch.label': 'Año de referencia',
  'portal.yearSwitch.show': 'Mostrar',
  'portal.status.not-submitted': 'No enviado',
  'portal.status.accepted': 'Aceptado',
  'portal.status.accepted-with-warnings': 'Aceptado con advertencias',
  'portal.status.rejected': 'Rechazado',
  'portal.signin.title': 'Iniciar sesión',
  'portal.signin.email': 'Dirección de correo electrónico',
  'portal.signin.password': 'Contraseña',
  'portal.signin.button': 'Iniciar sesión',
  'portal.signin.missing': 'Introduzca su dirección de correo electrónico y su contraseña.',
  'portal.signin.throttled': 'Demasiados intentos fallidos. Espere 15 minutos y vuelva a intentarlo.',
  'portal.signin.wrong': 'La dirección de correo electrónico o la contraseña no son correctas.',
  'portal.country.title': '{country}, {year}',
  'portal.country.heading': '{country}: informe {year}',
  'portal.country.backToOverview': 'Volver a la vista general del año',
  'portal.country.glance': 'Este año de un vistazo',
  'portal.country.lastUpload': 'Último envío: {file}, {date}.',
  'portal.country.pending':
    '{count, plural, one {# envío se está} other {# envíos se están}} comprobando todavía.',
  'portal.country.refresh': 'Actualice esta página',
  'portal.country.refreshAfter': 'dentro de unos segundos.',
  'portal.country.draftHeading': 'Borrador del informe',
  'portal.country.draftPdf': 'Borrador del informe (PDF)',
  'portal.country.draftHtml': 'Borrador del informe (HTML)',
  'portal.country.noDraft':
    'Todavía no hay borrador del informe. Se elabora después de que se acepte un envío.',
  'portal.country.templateHeading': '1. Descargar el libro',
  'portal.country.templateText': 'El libro para {year}, con su país ya indicado.',
  'portal.country.templateTextPrevious':
    'El libro para {year}, con su país ya indicado y las acciones del año pasado ya incluidas.',
  'portal.country.templateLink': 'Descargar el libro de {year} (XLSX)',
  'portal.country.templateLanguage': 'Sus hojas, encabezados e instrucciones están en {language}.',
  'portal.country.uploadHeading': '2. Enviar su informe',
  'portal.country.uploadText':
    'Un libro de Excel (.xlsx), una hoja de cálculo OpenDocument (.ods) o un archivo CSV, de hasta {megabytes} MB. Recibirá el resultado en unos segundos.',
  'portal.country.fileLabel': 'Su archivo',
  'portal.country.uploadButton': 'Enviar y comprobar',
  'portal.country.historyHeading': 'Envíos para {year}',
  'portal.country.historyCaption': 'Todos los envíos para {year}, del más reciente al más antiguo',
  'portal.country.when': 'Fecha',
  'portal.country.file': 'Archivo',
  'portal.country.result': 'Resultado',
  'portal.country.errors': 'Errores',
  'portal.country.warnings': 'Advertencias',
  'portal.country.report': 'Informe',
  'portal.country.accepted': 'Aceptado',
  'portal.country.rejected': 'Rechazado',
  'portal.country.validationReport': 'Informe de validación',
  'portal.country.validationReportFor': 'de {file}, {date}',
  'portal.country.noUpload': 'Todavía no hay ningún envío para {year}.',
  'portal.country.chooseFile': 'Elija un archivo para enviar.',
  'portal.country.fileTooLarge':
    'El archivo supera los {megabytes} MB. Elimine lo que no sea necesario, o guárdelo como .xlsx, y vuelva a enviarlo.',
  'portal.country.wrongType':
    'El archivo debe ser un libro de Excel (.xlsx), una hoja de cálculo OpenDocument (.ods) o un archivo CSV (.csv).',
  'portal.upload.titleAccepted': 'Aceptado: {file}',
  'portal.upload.titleRejected': 'Rechazado: {file}',
  'portal.upload.heading': 'Informe de validación: {file}',
  'portal.upload.back': 'Volver a {country}, {year}',
  'portal.upload.accepted': 'Aceptado',
  'portal.upload.acceptedWithWarnings':
    'Aceptado con {warnings, plural, one {# advertencia} other {# advertencias}}',
  'portal.upload.counts': 'Su envío del {date} cuenta para {year}.',
  'portal.upload.warningsText':
    'Las advertencias siguientes no lo impiden; revíselas y vuelva a enviar el archivo si algo no es correcto.',
  'portal.upload.rejected': 'Rechazado: {errors, plural, one {# error} other {# errores}} que corregir',
  'portal.upload.rejectedText':
    'No se ha conservado nada de este envío para el informe. Corrija los errores siguientes y vuelva a enviar el archivo.',
  'portal.upload.groupLink': '{sheet}: {count, plural, one {# problema} other {# problemas}}',
  'portal.upload.annotatedLink': 'Descargar los problemas señalados en una hoja de cálculo (XLSX)',
  'portal.upload.annotatedText':
    ': para un libro de Excel, una copia de su archivo con cada celda afectada resaltada y explicada, y una hoja «Problemas» que los enumera todos.',
  'portal.upload.caption': 'Problemas encontrados en {sheet}',
  'portal.upload.severity': 'Gravedad',
  'portal.upload.row': 'Fila',
  'portal.upload.column': 'Columna',
  'portal.upload.value': 'Valor encontrado',
  'portal.upload.problem': 'Problema',
  'portal.upload.hint': 'Cómo corregirlo',
  'portal.upload.none': 'No se ha encontrado ningún problema.',
  'portal.upload.wholeFile': 'El archivo completo',
  'portal.pending.title': 'Comprobando su envío',
  'portal.pending.text':
    'Hemos recibido {file} y lo estamos comprobando. Esta página se recarga sola cada pocos segundos; también puede',
  'portal.pending.reload': 'recargarla ahora',
  'portal.pending.yourFile': 'su archivo',
  'portal.staff.title': 'El año de referencia {year}',
  'portal.staff.summary': 'Resumen',
  'portal.staff.accepted': 'Aceptados: {count}',
  'portal.staff.warnings': 'Aceptados con advertencias: {count}',
  'portal.staff.rejected': 'Rechazados: {count}',
  'portal.staff.none': 'No enviados: {count}',
  'portal.staff.draftsHeading': 'Borrador consolidado y datos abiertos',
  'portal.staff.consolidatedPdf': 'Borrador del informe consolidado (PDF)',
  'portal.staff.consolidatedHtml': 'Borrador del informe consolidado (HTML)',
  'portal.staff.openData': 'Datos abiertos, borrador ({file})',
  'portal.staff.noDraft':
    'Todavía no hay borrador consolidado: se elabora después del primer envío aceptado del año.',
  'portal.staff.members': 'Miembros',
  'portal.staff.caption':
    'Todos los miembros para {year}: estado, errores y advertencias del último envío, fecha del último envío',
  'portal.staff.country': 'País',
  'portal.staff.status': 'Estado',
  'portal.staff.errors': 'Errores',
  'portal.staff.warningsColumn': 'Advertencias',
  'portal.staff.lastUpload': 'Último envío',
  'portal.staff.reports': 'Informes',
  'portal.staff.draftOf': 'borrador de {country}',
  'portal.staff.publication': 'Publicación',
  'portal.staff.ready': '{by} marcó el año como listo el {at}.',
  'portal.staff.publishLink': 'Marcar {year} como listo y publicar',
  'portal.staff.editions': 'Ediciones publicadas',
  'portal.staff.edition': 'Edición {number}',
  'portal.staff.manifest': 'Manifiesto de la edición {number}',
  'portal.staff.noEdition': 'Todavía no se ha publicado nada para {year}.',
  'portal.publish.title': 'Publicar {year}',
  'portal.publish.titleRunning': 'Publicación de {year}',
  'portal.publish.heading': '¿Publicar {year}?',
  'portal.publish.started': 'La publicación ha comenzado',
  'portal.publish.startedText':
    'Ejecución {runId}. La nueva edición aparece en la página del año cuando termina.',
  'portal.publish.backToOverview': 'Volver a la vista general de {year}',
  'portal.publish.explain':
    'Esta acción marca {year} como listo e inicia la publicación: cada envío aceptado se incorpora a una nueva edición (edición {edition}). Una edición publicada no se modifica nunca; una corrección posterior da lugar a una nueva edición.',
  'portal.publish.submitted': '{submitted} de {total} miembros tienen un envío aceptado.',
  'portal.publish.confirm': 'Confirmo que {year} está listo para publicarse',
  'portal.publish.button': 'Publicar {year}',
  'portal.publish.cancel': 'Cancelar y volver',
  'portal.publish.tick': 'Marque la casilla para confirmar que {year} está listo para publicarse.',
  'portal.message.startPage': 'Ir a su página de inicio',
  'portal.message.signInAgain': 'Volver a iniciar sesión',
  'portal.message.failed.title': 'Algo ha fallado',
  'portal.message.failed.heading': 'Algo ha fallado por nuestra parte',
  'portal.message.failed.text':
    'Su solicitud no se ha podido completar. No se ha perdido nada. Vuelva a intentarlo dentro de un minuto; si sigue ocurriendo, avise al equipo de la Comisión.',
  'portal.message.signedOut.title': 'Sesión cerrada',
  'portal.message.signedOut.heading': 'Ha cerrado la sesión',
  'portal.message.signedOut.text': 'Ha salido del portal. Cierre esta ventana si comparte este ordenador.',
  'portal.message.callback.title': 'Inicio de sesión no completado',
  'portal.message.callback.heading': 'No ha iniciado sesión',
  'portal.message.callback.no-sign-in':
    'El inicio de sesión tardó demasiado o se empezó en otro navegador. Vuelva a iniciar sesión.',
  'portal.message.callback.state':
    'El inicio de sesión no se ha podido asociar a este navegador. Vuelva a iniciar sesión.',
  'portal.message.callback.denied': 'Se canceló el inicio de sesión. Vuelva a iniciar sesión.',
  'portal.message.callback.exchange':
    'El inicio de sesión no se ha podido completar. Vuelva a iniciar sesión.',
  'portal.message.callback.token': 'El inicio de sesión no se ha podido confirmar. Vuelva a iniciar sesión.',
  'portal.message.callback.no-access':
    'Su cuenta todavía no está vinculada a un país ni al equipo de la Comisión. Pida al equipo de la Comisión que le añada al grupo correcto y vuelva a iniciar sesión.',
  'portal.message.forbidden.title': 'No permitido',
  'portal.message.forbidden.heading': 'No puede ver esta página',
  'portal.message.forbidden.text':
    'Esta página pertenece a otro país o al personal de la Comisión. Si cree que debería verla, consulte al equipo de la Comisión.',
  'portal.message.notFound.title': 'No encontrado',
  'portal.message.notFound.heading': 'Página no encontrada',
  'portal.message.notFound.text':
    'No hay nada en esta dirección. Puede que todavía no se haya creado (un borrador del informe aparece después de un envío aceptado).',
  'portal.message.csrf.title': 'Formulario caducado',
  'portal.message.csrf.heading': 'El formulario ha caducado',
  'portal.message.csrf.text':
    'Por su seguridad, no se ha podido aceptar el formulario. Vuelva atrás, recargue la página y envíelo de nuevo.',

  // ---------- cycle: periods, late, changed since an edition, invalidation, re-validation (h1)
  // (keys of this part go here)
  'issue.UPLOAD_NOT_OPEN.message':
    'Los envíos para {year} aún no están abiertos: se abren el {opens} (fecha límite: {deadline}). Este archivo, recibido el {received}, no se ha leído y no cambia nada.',
  'issue.UPLOAD_NOT_OPEN.hint':
    'Vuelva a enviarlo a partir del {opens}. Si no puede esperar, diríjase al personal de la Comisión (la secretaría de la Alianza).',
  'issue.UPLOAD_CLOSED.message':
    'Los envíos para {year} se cerraron el {closes} (la fecha límite era el {deadline}). Este archivo, recibido el {received}, no se ha leído y no cambia nada.',
  'issue.UPLOAD_CLOSED.hint':
    'Para enviarlo ahora, pida al personal de la Comisión (la secretaría de la Alianza) que vuelva a abrir {year}.',
  'cycle.period.field.opens': 'Apertura de los envíos',
  'cycle.period.field.deadline': 'Fecha límite',
  'cycle.period.field.closes': 'Cierre de los envíos',
  'cycle.period.problem.missing':
    '{field}: falta la fecha. Escríbala como AAAA-MM-DD, por ejemplo {example}.',
  'cycle.period.problem.invalid':
    '{field}: «{value}» no es una fecha del calendario. Escríbala como AAAA-MM-DD, por ejemplo {example}.',
  'cycle.period.problem.deadlineBeforeOpens':
    'La fecha límite ({deadline}) es anterior a la apertura de los envíos ({opens}): debe ser el día de la apertura o posterior.',
  'cycle.period.problem.closesBeforeDeadline':
    'El cierre de los envíos ({closes}) es anterior a la fecha límite ({deadline}): el día de cierre debe ser el de la fecha límite o posterior.',
  'cycle.staff.link': 'Periodo de presentación {year}',
  'cycle.staff.title': 'Periodo de presentación {year}',
  'cycle.staff.heading': 'Periodo de presentación de {year}',
  'cycle.staff.explain':
    'Los envíos se aceptan desde el día de apertura hasta el día de cierre, ambos incluidos. Un envío posterior a la fecha límite se acepta y se marca como tardío; uno anterior a la apertura o posterior al cierre se rechaza, indicando estas fechas. Los días se cuentan en UTC.',
  'cycle.staff.none': 'No hay ningún periodo fijado para {year}: los envíos se aceptan en cualquier momento.',
  'cycle.staff.current':
    'Los envíos se abren el {opens}, la fecha límite es el {deadline} y los envíos se cierran el {closes}.',
  'cycle.staff.setBy': 'Fijado por {by} el {at}.',
  'cycle.staff.formHeading': 'Fijar las fechas',
  'cycle.staff.dateHint': 'Escriba el día como AAAA-MM-DD, por ejemplo {example}.',
  'cycle.staff.button': 'Guardar el periodo de {year}',
  'cycle.staff.saved': 'El periodo de {year} se ha guardado.',
  'cycle.staff.unchanged': 'Estas ya son las fechas de {year}: no se ha cambiado nada.',
  'cycle.staff.historyHeading': 'Ajustes anteriores',
  'cycle.staff.historyCaption': 'Ajustes anteriores del periodo de {year}, del más antiguo al más reciente',
  'cycle.staff.setByColumn': 'Fijado por',
  'cycle.staff.setAtColumn': 'Cuándo',
  'cycle.staff.noHistory': 'Las fechas no han cambiado desde que se fijaron por primera vez.',
  'cycle.country.periodHeading': 'Periodo de presentación',
  'cycle.country.periodDates':
    'Los envíos se abren el {opens}. La fecha límite es el {deadline}. Los envíos se cierran el {closes}.',
  'cycle.country.periodLate':
    'La fecha límite ha pasado: todavía se acepta un envío hasta el {closes}, marcado como tardío.',
  'cycle.country.late': 'tardío',
  'cycle.country.notOpen':
    'Los envíos para {year} se abren el {opens} (fecha límite: {deadline}). Si su informe no puede esperar, diríjase al personal de la Comisión (la secretaría de la Alianza).',
  'cycle.country.closed':
    'Los envíos para {year} se cerraron el {closes}. Para enviar un informe o una corrección ahora, pida al personal de la Comisión (la secretaría de la Alianza) que vuelva a abrir el año.',
  // invalidation and re-validation (h1, issue 13 point 5)
  'invalidation.notice.heading': 'Invalidado: este envío ya no cuenta',
  'invalidation.notice.staff': 'Invalidado el {date} por {by}: {reason}',
  'invalidation.notice.country': 'Invalidado el {date} por la Comisión: {reason}',
  'invalidation.notice.text':
    'Permanece en el historial de {year}. En su lugar cuenta el último envío aceptado que no esté invalidado, si lo hay.',
  'invalidation.history.result': 'Invalidado',
  'invalidation.form.heading': 'Invalidar este envío',
  'invalidation.form.text':
    'Para el personal de la Comisión. El envío permanece en el historial con su motivo, que el país ve; el último envío aceptado anterior vuelve a contar y los borradores se generan de nuevo. Una invalidación no se puede deshacer: el país puede volver a enviar.',
  'invalidation.form.reasonLabel': 'Motivo',
  'invalidation.form.reasonHint': 'Como máximo {max, number} caracteres.',
  'invalidation.form.button': 'Invalidar el envío',
  'invalidation.error.REASON_MISSING': 'Indique un motivo: el país lo ve junto al envío.',
  'invalidation.error.REASON_TOO_LONG': 'El motivo es demasiado largo: como máximo {max, number} caracteres.',
  'invalidation.error.UPLOAD_NOT_ACCEPTED':
    'Este envío fue rechazado: nunca contó, así que no hay nada que invalidar.',
  'invalidation.error.ALREADY_INVALIDATED': 'Este envío ya fue invalidado el {date} por {by}.',

  // ---------- mail: receipts, reminders, the e-mail texts (h2)
  // (keys of this part go here)
  // recordatorios y envío de correos (adaptadores de correo, remind): claves reminder.*, mail.*
  'mail.sample.subject': '[Datos de ejemplo ficticios] {subject}',
  'mail.sample.notice':
    'Este mensaje se ha enviado desde un almacén con los datos de ejemplo ficticios: ninguna cifra ni ningún nombre que contiene es real.',
  'mail.signature':
    'El equipo de la Comisión de la Alianza Mundial contra el Abuso Sexual de Menores en Internet\n(Enviado automáticamente. Lo recibe como contacto nacional de {country}.)',
  'reminder.before.subject': 'Recordatorio: el informe {year} de {country} vence el {deadline}',
  'reminder.before.body':
    'Estimado contacto nacional:\n\nLa Comisión aún no ha recibido un informe {year} aceptado de {country}. El plazo vence el {deadline}, {days, plural, =0 {hoy} one {dentro de # día} other {dentro de # días}}.\n\nLe rogamos que suba su libro cumplimentado al portal de informes antes de esa fecha.',
  'reminder.after.subject': 'Fuera de plazo: el informe {year} de {country} (plazo: {deadline})',
  'reminder.after.body':
    'Estimado contacto nacional:\n\nEl plazo del informe {year} de {country} venció el {deadline}, hace {days, plural, one {# día} other {# días}}, y la Comisión aún no ha recibido un informe aceptado.\n\nSe siguen admitiendo envíos hasta el {closes}. Le rogamos que suba su libro cumplimentado al portal de informes; si no puede hacerlo, indique al equipo de la Comisión cuándo cabe esperarlo.',
  'reminder.portal': 'El portal de informes: {url}',
  'reminder.already':
    'Si acaba de subir el informe, o si otra persona de su país se encarga de ello, puede ignorar este mensaje.',
  'reminder.kind.before': '{days, plural, one {# día} other {# días}} antes del plazo',
  'reminder.kind.after': '{days, plural, one {# día} other {# días}} después del plazo',
  'reminder.page.title': 'Recordatorios enviados para {year}',
  'reminder.page.intro':
    'Antes del plazo (21, 7 y 1 días) y después de él (cada 7 días, hasta el cierre del año), los contactos nacionales de los miembros sin un envío aceptado reciben un recordatorio por correo electrónico, cada uno una sola vez. La tarea diaria y `alliance-reports remind` los envían.',
  'reminder.page.period': 'Periodo {year}: apertura el {opens}, plazo el {deadline}, cierre el {closes}.',
  'reminder.page.noPeriod':
    'No hay un periodo de informe fijado para {year}: no se envía ningún recordatorio hasta que se fije.',
  'reminder.page.none': 'No se ha enviado ningún recordatorio para {year}.',
  'reminder.page.caption': 'Recordatorios enviados para {year}, por país',
  'reminder.page.country': 'País',
  'reminder.page.kind': 'Recordatorio',
  'reminder.page.day': 'Previsto el',
  'reminder.page.sentAt': 'Enviado',
  'reminder.page.recipients': 'Enviado a',
  'reminder.page.by': 'Por',
  'reminder.page.count': '{count, plural, one {# contacto} other {# contactos}}',
  'reminder.page.back': 'Volver al resumen del año',
  'reminder.page.link': 'Recordatorios enviados a los miembros para {year}',
  // receipts (receipt.*)
  'receipt.label': '{label}:',
  'receipt.outcome.rejected': 'Rechazado: {errors, plural, one {# error} other {# errores}}',
  'receipt.outcome.rejectedWithWarnings':
    'Rechazado: {errors, plural, one {# error} other {# errores}} y {warnings, plural, one {# advertencia} other {# advertencias}}',
  'receipt.title': 'Acuse de recibo de una carga para los informes de la Alianza',
  'receipt.sample':
    'Datos de ejemplo ficticios: este acuse de recibo procede del conjunto de demostración incluido; todas las cifras son inventadas y no describen ningún país real.',
  'receipt.reference': 'Referencia',
  'receipt.country': 'País',
  'receipt.year': 'Año del informe',
  'receipt.file': 'Archivo',
  'receipt.size': 'Tamaño',
  'receipt.sizeBytes': '{bytes, plural, one {# byte} other {# bytes}}',
  'receipt.sha256': 'SHA-256',
  'receipt.receivedAt': 'Recibido el',
  'receipt.outcome': 'Resultado',
  'receipt.outcome.accepted': 'Aceptado',
  'receipt.outcome.acceptedWithWarnings':
    'Aceptado, con {warnings, plural, one {# advertencia} other {# advertencias}}',
  'receipt.invalidated': 'Invalidado',
  'receipt.invalidatedText': 'por la Comisión el {date}: {reason}',
  'receipt.uploadId': 'Identificador de la carga',
  'receipt.issuedAt': 'Acuse emitido el',
  'receipt.countsHeading': 'Lo que cuenta ahora para {year}',
  'receipt.countsThis': 'esta carga',
  'receipt.countsOther': '{file}, recibido el {date} (referencia {reference})',
  'receipt.countsNone': 'nada por ahora',
  'receipt.noteRejected':
    'Este archivo no cuenta para el informe. Lo que contaba antes sigue contando; corrija los problemas indicados en el informe de validación y vuelva a cargarlo.',
  'receipt.noteInvalidated':
    'La Comisión ha invalidado esta carga: ya no cuenta para el informe. La lista anterior muestra lo que cuenta en su lugar.',
  'receipt.noteSuperseded': 'Esta carga fue aceptada, pero ahora cuenta para el informe una carga posterior.',
  'receipt.footer':
    'Conserve este acuse de recibo con sus documentos y cite la referencia cuando escriba a la Comisión sobre esta carga. El SHA-256 es la huella del archivo tal como se recibió: un archivo con la misma huella es el mismo archivo.',
  'receipt.subject.accepted': 'Acuse de recibo {reference}: {file} aceptado',
  'receipt.subject.acceptedWithWarnings': 'Acuse de recibo {reference}: {file} aceptado con advertencias',
  'receipt.subject.rejected': 'Acuse de recibo {reference}: {file} rechazado',
  'receipt.subject.sample': '[Datos de ejemplo ficticios] {subject}',
  'receipt.mail.intro':
    'Su carga para {country}, {year}, se ha recibido y comprobado. Su acuse de recibo figura a continuación; también va adjunto como archivo de texto.',
  'receipt.mail.link': 'El informe de validación y el acuse de recibo imprimible: {url}',
  'receipt.page.title': 'Acuse de recibo {reference}: {file}',
  'receipt.page.section': 'Acuse de recibo',
  'receipt.page.print': 'Acuse de recibo imprimible',
  'receipt.page.download': 'Descargar el acuse de recibo (archivo de texto)',
  'receipt.page.printHint':
    'Use la orden de imprimir de su navegador para imprimir esta página o guardarla como PDF.',
  'receipt.page.back': 'Volver al informe de validación',

  // ---------- review and the message thread (h3)
  // (keys of this part go here)
  'review.error.messageRequired':
    'Escriba un mensaje que indique qué debe corregir {country}: se envía con la solicitud.',
  'review.error.nothingToAccept':
    '{country} no tiene ningún envío aceptado para {year}, así que todavía no hay nada que aceptar. Solicite una corrección o espere a un envío aceptado.',
  'review.error.messageTooLong':
    'El mensaje tiene {length, number} caracteres; caben como máximo {max, number}. Acórtelo o envíelo en dos mensajes.',
  'review.error.messageEmpty': 'Escriba un mensaje antes de enviarlo.',
  'review.error.stateUnknown': 'Elija «Aceptado por la Comisión» o «Corrección solicitada».',
  'review.error.countryUnknown': '«{country}» no es el código de dos letras de un miembro.',
  'review.heading': 'Revisión y mensajes',
  'review.state.none': 'La Comisión todavía no ha revisado el informe de {year}.',
  'review.state.accepted': 'Aceptado por la Comisión',
  'review.state.correction-requested': 'Corrección solicitada',
  'review.current': 'Revisión: {state}, {date}.',
  'review.event': 'Revisión: «{state}».',
  'review.threadHeading': 'Mensajes sobre {year}',
  'review.noMessages': 'Todavía no hay mensajes.',
  'review.from.staff': 'Servicios de la Comisión',
  'review.from.you': '{country} (usted)',
  'review.from.withEmail': '{who}, {email}',
  'review.writeToStaff': 'Escribir a la Comisión',
  'review.writeToCountry': 'Escribir a: {country}',
  'review.messageLabel': 'Su mensaje',
  'review.messageHintStaff':
    'Como máximo {max, number} caracteres. Los servicios de la Comisión lo reciben por correo electrónico.',
  'review.messageHintCountry':
    'Como máximo {max, number} caracteres. Los contactos del miembro ({country}) lo reciben por correo electrónico.',
  'review.sendButton': 'Enviar el mensaje',
  'review.formHeading': 'Revisar el informe de {year}: {country}',
  'review.stateLegend': 'Decisión',
  'review.reviewMessageLabel': 'Mensaje a: {country}',
  'review.reviewMessageHint':
    'Obligatorio si solicita una corrección: indique qué hay que corregir. Los contactos del miembro ({country}) reciben la decisión y el mensaje por correo electrónico.',
  'review.reviewButton': 'Registrar la revisión',
  'review.error.uploadUnknown':
    'No hay ningún envío «{upload}» del miembro ({country}) para {year}. Elija uno de la lista o ninguno.',
  'review.aboutLabel': 'Sobre un envío (opcional)',
  'review.aboutNone': 'Ningún envío en particular',
  'review.aboutOption': '{file}, {date}',
  'review.about': 'Sobre el envío {file}',
  'review.unreadable':
    'La revisión y los mensajes no pueden mostrarse en este momento. No se ha perdido nada; vuelva a intentarlo más tarde y avise al equipo de la Comisión si continúa.',
  'review.mail.sampleSubject': '[Datos de ejemplo ficticios] {subject}',
  'review.mail.sampleNotice':
    'Datos de ejemplo ficticios: este correo procede del portal de demostración. Todas las cifras son inventadas y no describen ningún país real.',
  'review.mail.acceptedSubject': '{country}, {year}: aceptado por la Comisión',
  'review.mail.acceptedBody':
    'La Comisión ha revisado el informe de {year} del miembro ({country}) y lo ha aceptado.',
  'review.mail.correctionSubject': '{country}, {year}: corrección solicitada',
  'review.mail.correctionBody':
    'La Comisión ha revisado el informe de {year} del miembro ({country}) y solicita una corrección. Envíe un archivo corregido.',
  'review.mail.staffMessage': 'El mensaje de la Comisión:',
  'review.mail.toCountrySubject': '{country}, {year}: un mensaje de la Comisión',
  'review.mail.toCountryBody': 'La Comisión ha escrito sobre el informe de {year} del miembro ({country}):',
  'review.mail.toStaffSubject': '{country}, {year}: un mensaje del punto de contacto nacional',
  'review.mail.toStaffBody': '{email} ({country}) ha escrito sobre el informe de {year}:',
  'review.mail.link': 'Lea y responda en el portal: {url}',
  'review.mail.noLink': 'Lea y responda en el portal, en la página del miembro ({country}) para {year}.',
  'review.mail.footer':
    'Recibe este correo como usuario del portal de informes de la Alianza Mundial. Responda en el portal y no a este correo.',

  // ---------- portal for daily use: fast answer, expired session, result page, small screens (h4)
  // (keys of this part go here)
  'portal.daily.backToForm': 'Volver al formulario',
  'portal.daily.expired.signin':
    'Su sesión había caducado, por lo que el formulario no se envió. Inicie sesión de nuevo: volverá a la página en la que estaba.',
  'portal.daily.expired.back':
    'Ha vuelto a iniciar sesión. El formulario que estaba rellenando no se envió porque su sesión había caducado: envíelo de nuevo (para una carga, elija de nuevo el archivo; no se guardó nada).',
  'portal.daily.fileTooLarge':
    '{file} no se pudo recibir: supera los {megabytes} MB. Quite lo que no sea necesario, o guárdelo como .xlsx, y vuelva a cargarlo.',
  'portal.daily.wrongType':
    '{file} no se pudo recibir: el archivo debe ser un libro de Excel (.xlsx), una hoja de cálculo OpenDocument (.ods) o un archivo CSV (.csv).',
  'portal.daily.emptyFile':
    '{file} no se pudo recibir: el archivo está vacío. Elija el libro guardado y vuelva a cargarlo.',
  'portal.daily.notChecked.title': 'No se pudo comprobar su archivo',
  'portal.daily.notChecked.text':
    'Hemos recibido {file} y lo hemos conservado, pero no se pudo comprobar por un fallo de nuestra parte. Figura en su historial como aún no comprobado. Inténtelo más tarde; si vuelve a ocurrir, escriba al equipo de la Comisión.',
  'portal.daily.notCheckedYet': 'Aún no comprobado',
  'portal.daily.counts': 'Cuenta',
  'portal.daily.countsFor': 'Cuenta para: {tables}',
  'portal.daily.countsNot': 'No',
  'portal.daily.countsNow': 'Esta carga cuenta para {year}: {tables}.',
  'portal.daily.superseded': 'Una carga posterior cuenta para {year} en lugar de esta: vea el historial.',
  'portal.daily.draft.ready': 'Su borrador de informe está listo:',
  'portal.daily.draft.preparing':
    'Su borrador de informe se está preparando a partir de lo que cuenta ahora. Suele tardar menos de un minuto.',
  'portal.daily.draft.reload': 'Vuelva a cargar esta página para ver si está listo',
  'portal.daily.found':
    'Encontrado: {errors, plural, one {# error} other {# errores}}, {warnings, plural, one {# advertencia} other {# advertencias}}.',
  'portal.daily.errorsHeading': 'Errores: {count}',
  'portal.daily.warningsHeading': 'Advertencias: {count}',
  'portal.daily.errorsIn': 'Errores en {sheet}: {count}',
  'portal.daily.warningsIn': 'Advertencias en {sheet}: {count}',
  'portal.daily.notesHint':
    'Donde escribió texto en una celda de valor: deje solo el número en la celda de valor (o déjela vacía) y ponga el texto en la columna {notes} de la misma fila.',
  'portal.daily.uploadAgain': 'Cargar un archivo corregido',
  'portal.daily.uploadAnother': 'Cargar otro archivo',
  'portal.daily.alreadySent':
    'Este formulario ya se había enviado: este es el resultado de esa carga. No se guardó nada más.',
  'portal.daily.badYear.title': 'No es un año de informe',
  'portal.daily.badYear.text':
    '«{year}» no es un año de referencia: un año de referencia es un año de cuatro cifras entre {first} y {last}.',
  'portal.daily.badRequest.title': 'No se pudo leer la solicitud',
  'portal.daily.badRequest.text':
    'No se pudo leer lo que envió el navegador. Vuelva atrás, recargue la página y envíe de nuevo el formulario.',
  'portal.daily.methodNotAllowed.title': 'No es posible en esta dirección',
  'portal.daily.methodNotAllowed.text':
    'Esta dirección no acepta ese tipo de solicitud. Use los enlaces y botones de las páginas del portal.',
  'portal.daily.tableRegion': '{caption} (se desplaza lateralmente en una pantalla pequeña)',

  // ---------- staff table and publication pages (h5)
  // (keys of this part go here)
  'portal.staffTable.filterLabel': 'Mostrar miembros',
  'portal.staffTable.filter.all': 'Todos los miembros',
  'portal.staffTable.filter.not-submitted': 'No enviado',
  'portal.staffTable.filter.rejected': 'Rechazado',
  'portal.staffTable.filter.warnings': 'Aceptado con advertencias',
  'portal.staffTable.filter.accepted': 'Aceptado',
  'portal.staffTable.filter.late': 'Con retraso',
  'portal.staffTable.filter.correction-requested': 'Corrección solicitada',
  'portal.staffTable.filterButton': 'Filtrar',
  'portal.staffTable.badState': '«{value}» no es un estado por el que filtrar. Elija uno de la lista.',
  'portal.staffTable.shown': 'Se muestran {shown} de {total} miembros.',
  'portal.staffTable.export': 'Descargar esta lista (CSV)',
  'portal.staffTable.deadline': 'Plazo',
  'portal.staffTable.daysLate': 'Días de retraso',
  'portal.staffTable.daysLateValue': '{days, plural, one {# día de retraso} other {# días de retraso}}',
  'portal.staffTable.overdueValue':
    '{days, plural, one {plazo vencido hace # día} other {plazo vencido hace # días}}',
  'portal.staffTable.review': 'Revisión',
  'portal.staffTable.review.accepted': 'Aceptado por la Comisión',
  'portal.staffTable.review.correction-requested': 'Corrección solicitada',
  'portal.staffTable.review.none': 'Sin revisar',
  'portal.staffTable.contacts': 'Contactos',
  'portal.staffTable.noContacts': 'Ningún contacto',
  'portal.staffTable.contactsUnavailable':
    'No se han podido leer ahora las direcciones de los contactos; vuelva a cargar la página para intentarlo de nuevo.',
  'portal.staffTable.nextStep': 'Siguiente paso',
  'portal.staffTable.remind': 'Recordar',
  'portal.staffTable.write': 'Escribir',
  'portal.staffTable.mailSubject': 'Informe de la Alianza {year}: {country}',
  'portal.staffTable.changed': 'Modificado desde la edición {edition}',
  'portal.staffTable.editionPublished': 'Publicada el {date}.',
  'portal.staffTable.csv.code': 'Código',
  'portal.staffTable.csv.late': 'Con retraso',
  'portal.staffTable.csv.yes': 'sí',
  'portal.staffTable.csv.no': 'no',
  'portal.staffTable.csv.reviewedAt': 'Revisado el',
  'portal.staffTable.csv.changedSince': 'Modificado desde la edición',
  'portal.publish.missingHeading':
    '{count, plural, =0 {Miembros sin una presentación aceptada} one {# miembro sin una presentación aceptada (no estará en la nueva edición)} other {# miembros sin una presentación aceptada (no estarán en la nueva edición)}}',
  'portal.publish.missingNone': 'Todos los miembros tienen una presentación aceptada.',
  'portal.publish.changedHeading': 'Modificados desde la edición {edition}',
  'portal.publish.changedNone': 'Los datos de ningún miembro han cambiado desde la edición {edition}.',
  'portal.publishStarted.waiting':
    'Esta página vuelve a comprobar cada {seconds} segundos hasta que la edición esté lista.',
  'portal.publishStarted.stop': 'Dejar de comprobar',
  'portal.publishStarted.auto': 'Comprobar cada {seconds} segundos hasta que esté lista',
  'portal.publishStarted.check': 'Comprobar de nuevo',
  'portal.publishStarted.ready': 'La edición {number} está publicada',
  'portal.publishStarted.readyTitle': 'La edición {number} de {year} está publicada',
  'portal.publishStarted.open': 'Abrir la edición {number}',
  'portal.edition.title': 'Edición {number} de {year}',
  'portal.edition.published': 'Publicada el {date} por {by}.',
  'portal.edition.unknownPublisher': 'una persona no registrada',
  'portal.edition.reserved': 'Publicación iniciada el {at}.',
  'portal.edition.counts':
    '{reports} de {members} miembros informaron; {files, plural, one {# archivo} other {# archivos}}, {size} en total.',
  'portal.edition.zip': 'Descargar la edición {number} en un solo archivo zip',
  'portal.edition.changesFirstHeading': 'Qué ha cambiado',
  'portal.edition.changesHeading': 'Qué ha cambiado desde la edición {previous}',
  'portal.edition.first': 'Esta es la primera edición de {year}.',
  'portal.edition.added': 'Miembros añadidos: {list}.',
  'portal.edition.updated': 'Miembros con datos nuevos: {list}.',
  'portal.edition.removed': 'Miembros que ya no figuran: {list}.',
  'portal.edition.filesChanged': 'Archivos: {added} añadidos, {changed} modificados, {removed} retirados.',
  'portal.edition.missing': 'Miembros que no figuran en esta edición: {list}.',
  'portal.edition.missingNone': 'Todos los miembros del año figuran en esta edición.',
  'portal.edition.filesHeading': 'Archivos',
  'portal.edition.group.reports': 'Informes',
  'portal.edition.group.openData': 'Datos abiertos',
  'portal.edition.group.validation': 'Informes de validación',
  'portal.edition.group.other': 'Otros archivos',
  'portal.edition.caption': '{group} de la edición {number}',
  'portal.edition.file': 'Archivo',
  'portal.edition.size': 'Tamaño',
  'portal.edition.sha256': 'SHA-256',
  'portal.edition.manifest': 'El manifiesto de la edición (manifest.json)',

  // ---------- template: data validation, last year's values (h6)
  // (keys of this part go here)
  'template.column.previous': 'Valor del año anterior',
  'template.previous.note':
    'El valor aceptado para {year}, para comparar. Esta columna no se lee al subir el archivo.',
  'template.previous.none': 'No se aceptó ningún valor para {year}.',
  'template.intro.required':
    'Las columnas cuyo encabezado termina en * (naranja oscuro) deben rellenarse en cada línea que use; las demás columnas son opcionales.',
  'template.intro.previous':
    'La columna «{column}» muestra el valor aceptado el año anterior, si lo hay, para comparar: no se vuelve a leer.',
  'template.intro.checks':
    'Las celdas de valor solo aceptan lo que permite su unidad (una cantidad negativa o texto en un número se rechaza): las explicaciones van en la columna {notes}.',
  'template.rule.count': 'Un número entero, 0 o más, por ejemplo 120.',
  'template.rule.percent': 'Un número de 0 a 100, por ejemplo 90,5, sin el signo %.',
  'template.rule.score': 'Un número entero de {min} a {max}.',
  'template.rule.decimal': 'Un número, 0 o más; se admiten decimales, por ejemplo 2,5.',
  'template.rule.yesNo': 'Elija {yes} o {no} en la lista.',
  'template.rule.more':
    'Deje la celda vacía si no tiene la cifra; escriba cualquier explicación en la columna {notes}.',
  'template.rule.title': 'Valor no aceptado',
  'template.prompt.estimate': 'Elija {yes} si la cifra es una estimación, y explique cómo en {notes}.',
  'template.prompt.target': 'Elija en la lista el objetivo de esta acción.',
  'template.prompt.goal':
    'Elija un objetivo operativo del objetivo elegido en la columna {target}: la lista muestra solo los suyos.',
  'template.prompt.kind': '{baseline}: ya emprendida. {commitment}: por emprender.',
  'template.prompt.status': 'Elija en qué punto está la acción al final del año del informe.',
  'template.error.goal':
    'Elija un objetivo operativo del objetivo de la columna {target} ({goals}), o deje la celda vacía.',
};

export const esFramework: FrameworkText = {
  targets: {
    1: {
      title:
        'Intensificar los esfuerzos para identificar a las víctimas y garantizar que reciban la asistencia, el apoyo y la protección necesarios.',
      short: 'Víctimas',
    },
    2: {
      title:
        'Intensificar los esfuerzos para investigar los casos de abuso sexual de menores en línea y para identificar y enjuiciar a los autores.',
      short: 'Investigaciones',
    },
    3: {
      title:
        'Intensificar los esfuerzos para aumentar la sensibilización pública sobre los riesgos que plantean las actividades de los menores en línea, incluidos el embaucamiento (grooming) y la autoproducción de imágenes.',
      short: 'Sensibilización',
    },
    4: {
      title:
        'Reducir en la mayor medida posible la disponibilidad de pornografía infantil en línea y reducir en la mayor medida posible la revictimización de los menores.',
      short: 'Disponibilidad',
    },
  },
  goals: {
    '1a': 'Aumentar al menos un 10 % anual el número de víctimas identificadas en la base de datos internacional sobre explotación sexual infantil (ICSE) gestionada por INTERPOL.',
    '2a': 'Establecer el marco necesario para la tipificación penal del abuso sexual de menores en línea y el enjuiciamiento efectivo de los autores.',
    '2b': 'Mejorar los esfuerzos conjuntos de las autoridades policiales de los países de la Alianza Mundial para investigar y enjuiciar el abuso sexual de menores en línea.',
    '3a': 'Elaborar, mejorar o apoyar campañas de sensibilización adecuadas u otras medidas que informen a los padres, a los menores y a otras personas responsables de menores sobre los riesgos de la conducta de los menores en línea y la forma de reducirlos.',
    '3b': 'Compartir entre los países de la Alianza Mundial buenas prácticas sobre estrategias eficaces para informar al público de estos riesgos.',
    '4a': 'Fomentar la participación del sector privado en la identificación y retirada del material de abuso sexual infantil conocido que se encuentre en el Estado correspondiente.',
    '4b': 'Acelerar en la mayor medida posible los procedimientos de notificación y retirada sin poner en peligro la investigación penal.',
  },
  indicators: {
    'T1.1': {
      name: 'Conexión a la base de datos ICSE de INTERPOL',
      guidance:
        'Sí, si sus fuerzas y cuerpos de seguridad tenían una conexión operativa con ICSE al final del año.',
    },
    'T1.2': {
      name: 'Víctimas identificadas durante el año',
      guidance:
        'Menores identificados como víctimas de material de abuso sexual infantil durante el año de referencia.',
    },
    'T1.3': {
      name: 'Víctimas identificadas en ICSE aportadas por el país, acumulado',
      guidance: 'Total de víctimas identificadas que su país ha aportado a ICSE, al final del año.',
    },
    'T1.4': {
      name: 'Crecimiento de T1.3 respecto al año anterior (calculado)',
      guidance: 'Se calcula a partir de T1.3 de este año y del anterior. Deje la celda vacía.',
    },
    'T1.5': {
      name: 'Víctimas identificadas derivadas a servicios de apoyo',
      guidance:
        'Porcentaje de las víctimas identificadas este año que fueron derivadas a servicios de apoyo (de 0 a 100).',
    },
    'T1.6': {
      name: 'Personal especializado en la identificación de víctimas',
      guidance:
        'Equivalentes a tiempo completo dedicados a la identificación de víctimas al final del año (se admiten decimales).',
    },
    'T2.1': {
      name: 'Cobertura jurídica: de la posesión, el visionado, la distribución, la producción, el embaucamiento (grooming) y la transmisión en directo, cuántas están tipificadas como delito',
      guidance: 'Un número entero de 0 a 6: cuántos de los seis actos tipifica su legislación como delito.',
    },
    'T2.2': {
      name: 'Investigaciones abiertas',
      guidance: 'Investigaciones sobre abuso sexual de menores en línea abiertas durante el año.',
    },
    'T2.3': {
      name: 'Autores procesados',
      guidance: 'Autores procesados por abuso sexual de menores en línea durante el año.',
    },
    'T2.4': {
      name: 'Autores condenados',
      guidance: 'Autores condenados durante el año. Normalmente, no más que los procesados.',
    },
    'T2.5': {
      name: 'Operaciones conjuntas internacionales en las que se ha participado',
      guidance:
        'Operaciones conjuntas con las autoridades policiales de otros países en las que participó durante el año.',
    },
    'T3.1': {
      name: 'Campañas nacionales de sensibilización realizadas',
      guidance:
        'Campañas nacionales de sensibilización pública sobre los riesgos de las actividades de los menores en línea realizadas durante el año.',
    },
    'T3.2': {
      name: 'Alcance de las campañas, porcentaje de la población destinataria',
      guidance: 'Porcentaje de la población destinataria de las campañas al que llegaron (de 0 a 100).',
    },
    'T3.3': {
      name: 'Centros escolares con un programa de seguridad en línea',
      guidance:
        'Porcentaje de centros escolares que imparten un programa de seguridad en línea (de 0 a 100).',
    },
    'T3.4': {
      name: 'Buenas prácticas compartidas con los socios de la Alianza',
      guidance: 'Buenas prácticas que su país compartió con otros miembros de la Alianza durante el año.',
    },
    'T4.1': {
      name: 'La línea de denuncia nacional es miembro de INHOPE',
      guidance: 'Sí, si su línea de denuncia nacional era miembro de INHOPE al final del año.',
    },
    'T4.2': {
      name: 'Denuncias de material de abuso sexual infantil recibidas por la línea de denuncia',
      guidance:
        'Denuncias de material de abuso sexual infantil que la línea de denuncia recibió durante el año.',
    },
    'T4.3': {
      name: 'Material de abuso sexual infantil alojado en el país retirado en los 3 días hábiles siguientes a la notificación',
      guidance:
        'Porcentaje del material alojado en su país que se retiró en los 3 días hábiles siguientes a la notificación (de 0 a 100).',
    },
    'T4.4': {
      name: 'Mediana del tiempo entre la notificación y la retirada',
      guidance: 'Mediana del número de días entre la notificación y la retirada (se admiten decimales).',
    },
    'T4.5': {
      name: 'Denuncias confirmadas transmitidas a la policía en el plazo de 1 día',
      guidance:
        'Porcentaje de denuncias confirmadas transmitidas a la policía en el plazo de un día (de 0 a 100).',
    },
    'T4.6': {
      name: 'Empresas que participan en la detección proactiva o en la notificación y retirada',
      guidance:
        'Empresas de su país que participan en la detección proactiva o en los procedimientos de notificación y retirada.',
    },
  },
};
