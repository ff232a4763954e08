/**
 * Deutsch. Übersetzung aus dem Englischen (en.ts); vor der Verwendung von einer Person
 * mit Deutsch als Muttersprache zu prüfen (docs/translations.md). Fachbegriff wie in den
 * Texten der Kommission: „Darstellungen sexuellen Kindesmissbrauchs“; der Titel von
 * Ziel 4 aus dem Jahr 2012 behält „Kinderpornografie“ (Richtlinie 2011/93/EU).
 */
import type { FrameworkText } from '../framework-text.js';
import type { MessageKey } from './en.js';

export const de: { readonly [K in MessageKey]?: string } = {
  'issue.NO_TABLE_FOUND.message': 'In dieser Datei wurde keine Tabelle Indikatoren oder Maßnahmen gefunden.',
  'issue.NO_TABLE_FOUND.hint':
    'Behalten Sie die Kopfzeile der Vorlage (Indikator, Wert, ... oder Referenz, Ziel, Titel, ...) über Ihren Zahlen bei, oder laden Sie die Vorlage erneut herunter und übertragen Sie Ihre Zahlen hinein.',
  'issue.TABLE_EMPTY.message': 'Die Tabelle {table} hat eine Kopfzeile, aber keine Zeilen darunter.',
  'issue.TABLE_EMPTY.hint':
    'Tragen Sie Ihre Zahlen oder Maßnahmen in die Zeilen unter der Kopfzeile ein und laden Sie die Datei erneut hoch. Wenn das zuvor Gesendete gelten soll, müssen Sie diese Datei nicht hochladen.',
  'issue.TABLE_EMPTY_SKIPPED.message':
    'Die Tabelle {table} hat keine Zeilen und wurde daher nicht berücksichtigt: Was Sie zuvor dafür gesendet haben (falls etwas), gilt weiter.',
  'issue.TABLE_EMPTY_SKIPPED.hint':
    'Es ist nichts zu tun. Um sie zu ersetzen, füllen Sie die Tabelle {table} aus und laden Sie die Datei erneut hoch.',
  'issue.SHEET_HIDDEN.message':
    'Das Blatt „{sheet}“ ist ausgeblendet, enthält aber {role}: Sein Inhalt wurde gelesen und zählt.',
  'issue.SHEET_HIDDEN.hint':
    'Wenn dieses Blatt eine alte Kopie ist, löschen Sie es und laden Sie die Datei erneut hoch; andernfalls können Sie es einblenden.',
  'issue.COUNTRY_MISSING.message': 'Das Deckblatt gibt nicht an, für welches Land dieser Bericht gilt.',
  'issue.COUNTRY_MISSING.hint':
    'Tragen Sie den Namen Ihres Landes (zum Beispiel {expected}) neben „Land“ auf dem Blatt Deckblatt ein.',
  'issue.COUNTRY_UNKNOWN.message': '„{value}“ ist kein Mitgliedsland, das wir erkennen.',
  'issue.COUNTRY_UNKNOWN.hint':
    'Tragen Sie den englischen Namen des Landes oder seinen zweistelligen Code ein, zum Beispiel {expected}.',
  'issue.COUNTRY_MISMATCH.message': 'Die Datei gilt für {found}, wurde aber für {expected} hochgeladen.',
  'issue.COUNTRY_MISMATCH.hint':
    'Laden Sie sie für {found} hoch, oder berichtigen Sie das Land in der Datei, wenn sie tatsächlich für {expected} gilt.',
  'issue.YEAR_MISSING.message': 'Das Deckblatt gibt nicht an, für welches Jahr dieser Bericht gilt.',
  'issue.YEAR_MISSING.hint':
    'Tragen Sie das Berichtsjahr vierstellig, zum Beispiel {expected}, neben „Berichtsjahr“ auf dem Blatt Deckblatt ein.',
  'issue.YEAR_INVALID.message':
    '„{value}“ ist kein Berichtsjahr: Ein Berichtsjahr ist eine vierstellige Jahreszahl von {first} bis {last}.',
  'issue.YEAR_INVALID.hint': 'Tragen Sie das Jahr vierstellig ein, zum Beispiel {expected}.',
  'issue.YEAR_MISMATCH.message':
    'Die Datei gilt für {found}, wurde aber unter dem Jahr {expected} hochgeladen.',
  'issue.YEAR_MISMATCH.hint':
    'Laden Sie sie unter {found} hoch, oder berichtigen Sie das Jahr in der Datei, wenn sie tatsächlich für {expected} gilt.',
  'issue.COVER_DATE_INVALID.message':
    'Das Datum auf dem Deckblatt, „{value}“, ist kein Datum, das wir lesen können; es wurde daher nicht übernommen.',
  'issue.COVER_DATE_INVALID.hint': 'Tragen Sie das Datum in der Form 2014-03-01 (Jahr, Monat, Tag) ein.',
  'issue.COLUMN_MISSING.message': 'Die Tabelle {table} hat keine Spalte „{column}“.',
  'issue.COLUMN_MISSING.hint':
    'Fügen Sie der Kopfzeile (Zeile {row}) eine Spalte mit der Überschrift „{column}“ hinzu, oder laden Sie die Vorlage erneut herunter und übertragen Sie Ihre Zahlen hinein.',
  'issue.COLUMN_DUPLICATE.message': 'Die Tabelle {table} hat zwei Spalten „{column}“ ({first} und {second}).',
  'issue.COLUMN_DUPLICATE.hint':
    'Löschen oder benennen Sie eine der beiden Spalten um, sodass nur eine die Angabe „{column}“ enthält.',
  'issue.COLUMN_IGNORED.message':
    'Die Spalte „{value}“ gehört nicht zur Tabelle {table} und wurde nicht berücksichtigt.',
  'issue.COLUMN_IGNORED.hint':
    'Wenn sie etwas enthält, das der Bericht braucht, übertragen Sie es in die Spalte Bemerkungen; andernfalls können Sie sie stehen lassen oder löschen.',
  'issue.INDICATOR_MISSING.message': 'Diese Zeile hat einen Wert, aber keinen Indikator.',
  'issue.INDICATOR_MISSING.hint':
    'Tragen Sie die Kennung des Indikators (etwa T1.2) in die Spalte Indikator ein, oder löschen Sie die Zeile.',
  'issue.INDICATOR_UNKNOWN.message': '„{value}“ ist kein Indikator des Rahmens.',
  'issue.INDICATOR_UNKNOWN.hint':
    'Verwenden Sie eine Indikatorkennung aus der Vorlage, etwa T1.2, oder seine genaue Bezeichnung.',
  'issue.INDICATOR_DUPLICATE.message':
    'Der Indikator {indicator} ist zweimal mit unterschiedlichen Werten angegeben: {first} (Zeile {firstRow}) und {second}.',
  'issue.INDICATOR_DUPLICATE.hint':
    'Behalten Sie für diesen Indikator eine Zeile mit dem richtigen Wert und löschen Sie die andere.',
  'issue.INDICATOR_DUPLICATE_SAME_VALUE.message':
    'Der Indikator {indicator} ist zweimal angegeben (auch in Zeile {firstRow}), mit demselben Wert.',
  'issue.INDICATOR_DUPLICATE_SAME_VALUE.hint': 'Löschen Sie eine der beiden Zeilen.',
  'issue.INDICATOR_NO_DATA.message': 'Der Indikator {indicator} hat keinen Wert.',
  'issue.INDICATOR_NO_DATA.hint':
    'Tragen Sie die Zahl ein, wenn Sie sie haben; lassen Sie die Zelle nur leer, wenn Ihnen keine Daten vorliegen.',
  'issue.DERIVED_INDICATOR_IGNORED.message':
    'Der Indikator {indicator} wird aus den Zahlen dieses und des vorigen Jahres berechnet; der eingetragene Wert wurde daher nicht berücksichtigt.',
  'issue.DERIVED_INDICATOR_IGNORED.hint': 'Lassen Sie diese Zelle leer; geben Sie stattdessen {from} an.',
  'issue.VALUE_NOT_A_NUMBER.message':
    'Der Wert des Indikators {indicator} muss {expected} sein, die Zelle enthält aber „{value}“.',
  'issue.VALUE_NOT_A_NUMBER.hint': '{example}',
  'issue.VALUE_NEGATIVE.message': 'Der Wert des Indikators {indicator} darf nicht negativ sein ({value}).',
  'issue.VALUE_NEGATIVE.hint': '{example}',
  'issue.VALUE_NOT_WHOLE.message':
    'Der Wert des Indikators {indicator} muss eine ganze Zahl sein, ist aber {value}.',
  'issue.VALUE_NOT_WHOLE.hint':
    '{example} Wenn 1.234 eintausendzweihundertvierunddreißig bedeutet, tragen Sie 1234 ein.',
  'issue.VALUE_OUT_OF_RANGE.message':
    'Der Wert des Indikators {indicator} muss {expected} sein, ist aber {value}.',
  'issue.VALUE_OUT_OF_RANGE.hint': '{example}',
  'issue.VALUE_NOT_YES_NO.message': '{field} muss ja oder nein sein, die Zelle enthält aber „{value}“.',
  'issue.VALUE_NOT_YES_NO.hint':
    'Tragen Sie ja oder nein ein, oder lassen Sie die Zelle leer, wenn Sie es nicht wissen.',
  'issue.VALUE_ESTIMATE.message':
    'Der Wert des Indikators {indicator}, „{value}“, wurde als {number, number} gelesen und als Schätzung gekennzeichnet.',
  'issue.VALUE_ESTIMATE.hint':
    'Wenn das stimmt, ist nichts zu tun. Tragen Sie künftig nur die Zahl ein und wählen Sie ja in der Spalte Schätzung.',
  'issue.UNIT_MISMATCH.message':
    'Der Indikator {indicator} wird in {expected} gemessen, die angegebene Einheit ist aber „{value}“.',
  'issue.UNIT_MISMATCH.hint':
    'Geben Sie die Zahl in {expected} an und berichtigen Sie die Zelle Einheit (oder lassen Sie sie leer).',
  'issue.UNIT_CONVERTED.message':
    'Der Indikator {indicator} wurde in {from} angegeben ({value}) und in {number, number} {to} umgerechnet.',
  'issue.UNIT_CONVERTED.hint': 'Prüfen Sie die umgerechnete Zahl. Geben Sie sie künftig in {to} an.',
  'issue.CONVICTED_ABOVE_PROSECUTED.message':
    'Die Zahl der verurteilten Täter (T2.4), {convicted, number}, liegt über der Zahl der verfolgten Täter (T2.3), {prosecuted, number}.',
  'issue.CONVICTED_ABOVE_PROSECUTED.hint':
    'Prüfen Sie beide Zahlen. Wenn die Verurteilungen auch Fälle umfassen, die in früheren Jahren verfolgt wurden, vermerken Sie dies in den Bemerkungen.',
  'issue.CHANGE_OVER_50_PERCENT.message':
    'Der Indikator {indicator} hat sich von {previous, number} im Vorjahr auf {current, number} in diesem Jahr verändert ({change}).',
  'issue.CHANGE_OVER_50_PERCENT.hint':
    'Prüfen Sie die Zahl. Wenn sie stimmt, hilft ein kurzer Hinweis in den Bemerkungen, warum sie sich verändert hat, den Lesern des Berichts.',
  'issue.TEXT_LOOKS_LIKE_FORMULA.message':
    '{field} beginnt mit „{first}“, was eine Tabellenkalkulation als Formel ausführen könnte. Der Inhalt wurde als Text beibehalten.',
  'issue.TEXT_LOOKS_LIKE_FORMULA.hint':
    'Wenn Text gemeint ist, ist nichts zu tun; Sie können ihn auch mit einem Buchstaben oder einem Wort beginnen lassen.',
  'issue.TARGET_UNKNOWN.message': '„{value}“ ist keines der vier politischen Ziele.',
  'issue.TARGET_UNKNOWN.hint':
    'Tragen Sie die Nummer des Ziels (1, 2, 3 oder 4) oder seine Kurzbezeichnung ein: Opfer, Ermittlungen, Sensibilisierung, Verfügbarkeit.',
  'issue.ACTION_TARGET_MISSING.message': 'Die Maßnahme {ref} hat kein politisches Ziel.',
  'issue.ACTION_TARGET_MISSING.hint':
    'Tragen Sie die Nummer des Ziels (1, 2, 3 oder 4) oder seine Kurzbezeichnung in die Spalte Ziel ein.',
  'issue.ACTION_GOAL_UNKNOWN.message': '„{value}“ ist kein operatives Ziel von {target}.',
  'issue.ACTION_GOAL_UNKNOWN.hint': 'Verwenden Sie eines der Ziele {goals}, oder lassen Sie die Zelle leer.',
  'issue.ACTION_REF_MISSING.message': 'Die Maßnahme „{title}“ hat keine Referenz.',
  'issue.ACTION_REF_MISSING.hint':
    'Geben Sie jeder Maßnahme eine kurze Referenz, die von Jahr zu Jahr gleich bleibt, etwa FR-1-01.',
  'issue.ACTION_REF_DUPLICATE.message':
    'Die Referenz „{value}“ wird zweimal verwendet (auch in Zeile {firstRow}).',
  'issue.ACTION_REF_DUPLICATE.hint':
    'Geben Sie jeder Maßnahme eine eigene Referenz. Wenn beide Zeilen dieselbe Maßnahme beschreiben, behalten Sie eine.',
  'issue.ACTION_TITLE_MISSING.message': 'Die Maßnahme {ref} hat keinen Titel.',
  'issue.ACTION_TITLE_MISSING.hint':
    'Tragen Sie einen kurzen Titel ein, der sagt, worin die Maßnahme besteht.',
  'issue.ACTION_KIND_MISSING.message': 'Bei der Maßnahme {ref} fehlt die Art.',
  'issue.ACTION_KIND_MISSING.hint':
    'Tragen Sie bestehend (bereits umgesetzt) oder Zusage (noch umzusetzen) ein.',
  'issue.ACTION_KIND_UNKNOWN.message':
    'Die Art der Maßnahme {ref}, „{value}“, ist weder bestehend noch Zusage.',
  'issue.ACTION_KIND_UNKNOWN.hint':
    'Tragen Sie bestehend (bereits umgesetzt) oder Zusage (noch umzusetzen) ein.',
  'issue.ACTION_STATUS_MISSING.message': 'Die Maßnahme {ref} hat keinen Status.',
  'issue.ACTION_STATUS_MISSING.hint':
    'Tragen Sie einen der folgenden Werte ein: geplant, laufend, abgeschlossen, eingestellt.',
  'issue.ACTION_STATUS_UNKNOWN.message': 'Der Status der Maßnahme {ref}, „{value}“, ist uns nicht bekannt.',
  'issue.ACTION_STATUS_UNKNOWN.hint':
    'Tragen Sie einen der folgenden Werte ein: geplant, laufend, abgeschlossen, eingestellt.',
  'issue.ACTION_DATE_INVALID.message':
    'Das Datum für {field} der Maßnahme {ref}, „{value}“, ist kein Datum, das wir lesen können.',
  'issue.ACTION_DATE_INVALID.hint':
    'Tragen Sie ein Datum als 2014-03-01, einen Monat als 2014-03, ein Quartal als Q3 2014 oder ein Jahr als 2014 ein.',
  'issue.DATE_AMBIGUOUS.message':
    'Das Datum für {field} der Maßnahme {ref}, „{value}“, wurde mit dem Tag zuerst gelesen, als {date}.',
  'issue.DATE_AMBIGUOUS.hint':
    'Wenn der Monat zuerst steht, berichtigen Sie es. Daten in der Form 2014-03-01 (Jahr, Monat, Tag) vermeiden den Zweifel.',
  'issue.ACTION_END_BEFORE_START.message': 'Die Maßnahme {ref} endet ({end}), bevor sie beginnt ({start}).',
  'issue.ACTION_END_BEFORE_START.hint':
    'Prüfen Sie Beginn und Ende; bei einem der Daten sind vielleicht Tag und Monat vertauscht.',
  'issue.RULE_FAILED.message': 'Die Prüfung „{rule}“ konnte für diese Datei nicht abgeschlossen werden.',
  'issue.RULE_FAILED.hint':
    'Laden Sie die Datei später erneut hoch. Wenn es wieder geschieht, wenden Sie sich an das Sekretariat der Allianz.',

  // ---------- Probleme beim Lesen der Datei (functions/core/read/codes.ts)
  'issue.FILE_EMPTY.message': 'Die Datei ist leer (0 Byte).',
  'issue.FILE_EMPTY.hint':
    'Prüfen Sie, ob Sie die richtige Datei ausgewählt haben und ob sie vor dem Hochladen vollständig gespeichert wurde.',
  'issue.FILE_TOO_LARGE.message':
    'Die Datei ist {size, number} MB groß und überschreitet die Grenze von {max, number} MB.',
  'issue.FILE_TOO_LARGE.hint':
    'Entfernen Sie Bilder, nicht verwendete Tabellenblätter und andere Inhalte, die nicht zum Bericht gehören, speichern Sie und laden Sie die Datei erneut hoch.',
  'issue.ARCHIVE_TOO_LARGE.message':
    'Entpackt ist die Arbeitsmappe größer als die Grenze von {max, number} MB.',
  'issue.ARCHIVE_TOO_LARGE.hint':
    'Entfernen Sie Bilder, nicht verwendete Tabellenblätter und sehr große Bereiche formatierter leerer Zellen, speichern Sie und laden Sie die Datei erneut hoch.',
  'issue.FILE_CORRUPT.message':
    'Die Datei konnte nicht gelesen werden: Sie scheint beschädigt oder unvollständig zu sein ({detail}).',
  'issue.FILE_CORRUPT.hint':
    'Öffnen Sie die Datei in Ihrem Tabellenkalkulationsprogramm; wenn sie sich öffnen lässt, speichern Sie sie erneut als Excel-Arbeitsmappe (.xlsx) und laden Sie diese Kopie hoch.',
  'issue.FILE_ENCRYPTED.message':
    'Die Arbeitsmappe ist mit einem Kennwort geschützt und kann daher nicht gelesen werden.',
  'issue.FILE_ENCRYPTED.hint':
    'Öffnen Sie die Datei, entfernen Sie das Kennwort (in Excel: Datei > Informationen > Arbeitsmappe schützen), speichern Sie sie als Excel-Arbeitsmappe (.xlsx) und laden Sie sie erneut hoch.',
  'issue.FILE_LEGACY_XLS.message': 'Die Datei ist {what}, ein altes Format, das nicht angenommen wird.',
  'issue.FILE_LEGACY_XLS.hint':
    'Öffnen Sie die Datei in Ihrem Tabellenkalkulationsprogramm, speichern Sie sie als Excel-Arbeitsmappe (.xlsx) und laden Sie sie erneut hoch.',
  'issue.FILE_UNSUPPORTED.message': 'Die Datei ist {what}, keine Tabellendatei.',
  'issue.FILE_UNSUPPORTED.hint':
    'Laden Sie den Bericht als Excel-Arbeitsmappe (.xlsx), OpenDocument-Tabelle (.ods) oder CSV-Datei hoch.',
  'issue.FILE_HAS_MACROS.message':
    'Die Arbeitsmappe enthält Makros. Sie wurden nicht ausgeführt; nur die Werte in den Zellen wurden gelesen.',
  'issue.FILE_HAS_MACROS.hint':
    'Sie müssen nichts tun. Um diese Warnung zu vermeiden, speichern Sie die Datei als Excel-Arbeitsmappe (.xlsx) statt als Excel-Arbeitsmappe mit Makros.',
  'issue.EXTERNAL_LINKS_IGNORED.message':
    'Die Arbeitsmappe enthält Verknüpfungen zu anderen Dateien. Den Verknüpfungen wurde nicht gefolgt; es wurden die zuletzt in den Zellen gespeicherten Werte verwendet.',
  'issue.EXTERNAL_LINKS_IGNORED.hint':
    'Prüfen Sie, ob die verknüpften Werte beim Speichern aktuell waren. Um diese Warnung zu vermeiden, übernehmen Sie die Werte und entfernen Sie die Verknüpfungen (in Excel: Daten > Verknüpfungen bearbeiten > Verknüpfung aufheben).',
  'issue.XML_DOCTYPE_REFUSED.message':
    'Die Tabellendatei enthält eine Dokumenttyp-Deklaration, die aus Sicherheitsgründen nicht angenommen wird.',
  'issue.XML_DOCTYPE_REFUSED.hint':
    'Öffnen Sie die Datei in LibreOffice oder Excel, speichern Sie sie erneut als Excel-Arbeitsmappe (.xlsx) und laden Sie diese Kopie hoch.',
  'issue.TOO_MANY_ROWS.message': 'Das Tabellenblatt „{sheet}“ hat mehr als {max, number} ausgefüllte Zeilen.',
  'issue.TOO_MANY_ROWS.hint':
    'Behalten Sie nur die Tabellen des Berichts in der Datei: Löschen Sie nicht dazugehörige Zeilen oder Tabellenblätter, speichern Sie und laden Sie die Datei erneut hoch.',
  'issue.TOO_MANY_COLUMNS.message':
    'Das Tabellenblatt „{sheet}“ hat Inhalt jenseits von Spalte {max, number}.',
  'issue.TOO_MANY_COLUMNS.hint':
    'Löschen Sie die Spalten, die nicht zur Tabelle des Berichts gehören, speichern Sie und laden Sie die Datei erneut hoch.',
  'issue.FIELD_TOO_LARGE.message':
    '{kind, select, workbook {Eine Zelle dieser Arbeitsmappe enthält etwa {size, number} MB Text, weit mehr als die Grenze von {max, number} Zeichen für eine Zelle.} other {Diese Zelle enthält {length, number} Zeichen oder mehr und überschreitet die Grenze von {max, number}.}}',
  'issue.FIELD_TOO_LARGE.hint':
    '{kind, select, workbook {Suchen Sie die Zelle mit dem sehr langen Text (oft versehentlich eingefügt), kürzen Sie ihn, speichern Sie und laden Sie die Datei erneut hoch.} other {Kürzen Sie den Text in dieser Zelle (eine Zelle einer Tabellenkalkulation fasst höchstens 32.767 Zeichen). Prüfen Sie in einer CSV-Datei, ob jedes Anführungszeichen geschlossen ist.}}',
  'issue.CONTROL_CHARACTERS_REMOVED.message':
    'Diese Zelle enthielt unsichtbare Steuerzeichen; sie wurden entfernt.',
  'issue.CONTROL_CHARACTERS_REMOVED.hint':
    'Prüfen Sie, ob der Wert so lautet, wie Sie ihn gemeint haben. Solche Zeichen entstehen oft, wenn Text aus anderen Programmen kopiert wird.',
  'issue.CSV_QUOTE_NOT_CLOSED.message':
    'Ein in Zeile {line} geöffnetes Anführungszeichen (") wird nie geschlossen, sodass der Rest der Datei als eine einzige Zelle gelesen würde.',
  'issue.CSV_QUOTE_NOT_CLOSED.hint':
    'Öffnen Sie die Datei in einem Texteditor, ergänzen Sie das fehlende schließende Anführungszeichen (oder entfernen Sie das überzählige), speichern Sie und laden Sie die Datei erneut hoch.',
  'issue.CSV_MALFORMED.message':
    'Die CSV-Datei konnte in der Nähe von Zeile {line} nicht gelesen werden ({detail}).',
  'issue.CSV_MALFORMED.hint':
    'Öffnen Sie die Datei in Ihrem Tabellenkalkulationsprogramm, speichern Sie sie erneut als CSV (oder besser als Excel-Arbeitsmappe .xlsx) und laden Sie sie erneut hoch.',
  'issue.FILE_TOO_COMPLEX.message':
    '{kind, select, time {Das Lesen dieser Datei dauerte länger als die Grenze von {seconds, number} Sekunden und wurde daher abgebrochen.} other {Die innere Struktur der Arbeitsmappe ist mehr als {max, number} Ebenen tief verschachtelt (mindestens {depth, number}), weit mehr, als ein Tabellenkalkulationsprogramm schreibt.}}',
  'issue.FILE_TOO_COMPLEX.hint':
    '{kind, select, time {Behalten Sie nur die Tabellen des Berichts in der Datei: Löschen Sie andere Tabellenblätter, sehr lange Texte und große Bereiche formatierter leerer Zellen, speichern Sie und laden Sie die Datei erneut hoch.} other {Öffnen Sie die Datei in Ihrem Tabellenkalkulationsprogramm, speichern Sie sie erneut als Excel-Arbeitsmappe (.xlsx) und laden Sie diese Kopie hoch. Wenn auch das nicht gelingt, übertragen Sie die Tabellen des Berichts in die Vorlage.}}',
  'issue.FILE_NO_SHEETS.message': 'Die Arbeitsmappe enthält keine lesbaren Tabellenblätter.',
  'issue.FILE_NO_SHEETS.hint':
    'Prüfen Sie, ob Sie die richtige Datei ausgewählt haben; speichern Sie sie erneut als Excel-Arbeitsmappe (.xlsx) und laden Sie sie erneut hoch.',

  'term.table.indicators': 'Indikatoren',
  'term.table.actions': 'Maßnahmen',
  'term.role.cover': 'das Deckblatt',
  'term.role.indicators': 'die Tabelle der Indikatoren',
  'term.role.actions': 'die Tabelle der Maßnahmen',
  'term.field.indicator': 'Indikator',
  'term.field.name': 'Bezeichnung',
  'term.field.value': 'Wert',
  'term.field.unit': 'Einheit',
  'term.field.source': 'Quelle',
  'term.field.estimate': 'Schätzung',
  'term.field.notes': 'Bemerkungen',
  'term.field.country': 'Land',
  'term.field.year': 'Jahr',
  'term.field.info': 'Definition',
  'term.field.ref': 'Referenz',
  'term.field.target': 'Ziel',
  'term.field.goal': 'Operatives Ziel',
  'term.field.title': 'Titel',
  'term.field.description': 'Beschreibung',
  'term.field.kind': 'Art',
  'term.field.status': 'Status',
  'term.field.start': 'Beginn',
  'term.field.end': 'Ende',
  'term.field.lead': 'Federführende Organisation',
  'term.field.progress': 'Sachstand',
  'term.date.start': 'den Beginn',
  'term.date.end': 'das Ende',
  'term.answerTo': 'Die Antwort zu {indicator}',
  'term.estimateOf': 'Die Schätzung zu {indicator}',
  'term.sourceOf': 'Die Quelle zu {indicator}',
  'term.notesOn': 'Die Bemerkungen zu {indicator}',
  'term.action': 'der Maßnahme {ref}',
  'term.refOf': 'Die Referenz {action}',
  'term.titleOf': 'Der Titel {action}',
  'term.descriptionOf': 'Die Beschreibung {action}',
  'term.leadOf': 'Die federführende Organisation {action}',
  'term.progressOf': 'Der Sachstand {action}',
  'term.onRow': 'in Zeile {row}',
  'term.target': 'Ziel {id} ({name})',
  'term.anyTarget': 'einem Ziel',
  'term.exampleCountry': 'France oder FR',
  'term.unit.fraction': 'Anteil an 1',
  'term.unit.percent': 'Prozent',
  'term.unit.hours': 'Stunden',
  'term.unit.weeks': 'Wochen',
  'term.unit.days': 'Tage',
  'term.expected.count': 'eine ganze Zahl, 0 oder mehr',
  'term.expected.percent': 'ein Prozentsatz von 0 bis 100',
  'term.expected.score': 'eine ganze Zahl von {min} bis {max}',
  'term.expected.fte': 'eine Zahl von Vollzeitäquivalenten (Dezimalstellen erlaubt)',
  'term.expected.days': 'eine Zahl von Tagen (Dezimalstellen erlaubt)',
  'term.expected.yes-no': 'ja oder nein',
  'term.example.count':
    'Tragen Sie eine ganze Zahl wie 120 ein, oder lassen Sie die Zelle leer, wenn Ihnen keine Daten vorliegen.',
  'term.example.percent':
    'Tragen Sie eine Zahl von 0 bis 100 wie 90,5 ein, oder lassen Sie die Zelle leer, wenn Ihnen keine Daten vorliegen.',
  'term.example.score':
    'Tragen Sie eine ganze Zahl von {min} bis {max} ein, oder lassen Sie die Zelle leer, wenn Ihnen keine Daten vorliegen.',
  'term.example.fte':
    'Tragen Sie eine Zahl wie 12,5 ein, oder lassen Sie die Zelle leer, wenn Ihnen keine Daten vorliegen.',
  'term.example.days':
    'Tragen Sie eine Zahl von Tagen wie 2,5 ein, oder lassen Sie die Zelle leer, wenn Ihnen keine Daten vorliegen.',
  'term.example.yes-no':
    'Tragen Sie ja oder nein ein, oder lassen Sie die Zelle leer, wenn Sie es nicht wissen.',
  'term.example.dateCell':
    'Die Zelle ist vielleicht als Datum formatiert: Formatieren Sie sie als Zahl und tragen Sie die Zahl erneut ein.',
  'term.severity.error': 'Fehler',
  'term.severity.warning': 'Warnung',
  'term.fileKind.png': 'ein PNG-Bild',
  'term.fileKind.pdf': 'ein PDF-Dokument',
  'term.fileKind.jpeg': 'ein JPEG-Bild',
  'term.fileKind.gif': 'ein GIF-Bild',
  'term.fileKind.gzip': 'ein gzip-Archiv',
  'term.fileKind.7zip': 'ein 7-Zip-Archiv',
  'term.fileKind.rar': 'ein RAR-Archiv',
  'term.fileKind.rtf': 'ein RTF-Dokument',
  'term.fileKind.html': 'eine Webseite (HTML), die unter dem Namen einer Tabellendatei gespeichert wurde',
  'term.fileKind.xml2003': 'eine Excel-2003-XML-Tabelle',
  'term.fileKind.xls': 'eine Excel-97-2003-Arbeitsmappe (.xls)',
  'term.fileKind.ole2': 'ein älteres Microsoft-Office-Dokument',
  'term.fileKind.binary': 'eine Binärdatei',
  'term.fileKind.word': 'ein Word-Dokument',
  'term.fileKind.powerpoint': 'eine PowerPoint-Präsentation',
  'term.fileKind.odt': 'ein OpenDocument-Textdokument',
  'term.fileKind.zip': 'ein ZIP-Archiv',
  'term.readDetail.endsEarly': 'die Datei endet zu früh',
  'term.readDetail.zipEndMissing':
    'das Ende des ZIP-Archivs fehlt; die Datei ist möglicherweise abgeschnitten',
  'term.readDetail.zip64Missing': 'ein zip64-Eintrag fehlt',
  'term.readDetail.zip64Damaged': 'ein zip64-Eintrag ist beschädigt',
  'term.readDetail.zipDirectoryDamaged': 'das Verzeichnis des ZIP-Archivs ist beschädigt',
  'term.readDetail.contentMissing': 'der Inhalt der Tabelle fehlt',
  'term.readDetail.contentNotWellFormed': 'der Inhalt der Tabelle ist nicht wohlgeformt',
  'term.readDetail.workbookDamaged': 'die enthaltene Arbeitsmappe ist beschädigt',
  'term.readDetail.unexpectedContent': 'unerwarteter Inhalt',

  'template.title': 'Jahresbericht der Globalen Allianz {year}',
  'template.sheet.instructions': 'Anleitung',
  'template.sheet.cover': 'Deckblatt',
  'template.sheet.indicators': 'Indikatoren',
  'template.sheet.actions': 'Maßnahmen',
  'template.column.indicator': 'Indikator',
  'template.column.name': 'Bezeichnung',
  'template.column.info': 'Definition',
  'template.column.value': 'Wert',
  'template.column.unit': 'Einheit',
  'template.column.source': 'Quelle',
  'template.column.estimate': 'Schätzung',
  'template.column.notes': 'Bemerkungen',
  'template.column.ref': 'Referenz',
  'template.column.target': 'Ziel',
  'template.column.goal': 'Operatives Ziel',
  'template.column.title': 'Titel',
  'template.column.description': 'Beschreibung',
  'template.column.kind': 'Art',
  'template.column.status': 'Status',
  'template.column.start': 'Beginn',
  'template.column.end': 'Ende',
  'template.column.lead': 'Federführende Organisation',
  'template.column.progress': 'Sachstand',
  'template.cover.country': 'Land',
  'template.cover.year': 'Berichtsjahr',
  'template.cover.contactName': 'Kontaktperson',
  'template.cover.organisation': 'Organisation',
  'template.cover.email': 'E-Mail',
  'template.cover.date': 'Datum',
  'template.word.yes': 'ja',
  'template.word.no': 'nein',
  'template.kind.baseline': 'bestehend',
  'template.kind.commitment': 'Zusage',
  'template.status.planned': 'geplant',
  'template.status.in-progress': 'laufend',
  'template.status.completed': 'abgeschlossen',
  'template.status.discontinued': 'eingestellt',
  'template.unit.yes-no': 'ja/nein',
  'template.unit.count': 'Anzahl',
  'template.unit.percent': 'Prozent',
  'template.unit.score': 'Punkte',
  'template.unit.fte': 'VZÄ',
  'template.unit.days': 'Tage',
  'template.targetChoice': '{id} - {name}',
  'template.intro.title':
    'Globale Allianz gegen sexuellen Missbrauch von Kindern im Internet: Jahresbericht {year}',
  'template.intro.forCountry': 'Diese Arbeitsmappe gilt für {country}, Berichtsjahr {year}.',
  'template.intro.forYear':
    'Diese Arbeitsmappe gilt für das Berichtsjahr {year}. Tragen Sie den Namen Ihres Landes auf dem Blatt Deckblatt ein.',
  'template.intro.fillHeading': 'Was auszufüllen ist',
  'template.intro.fillCover':
    'Blatt Deckblatt: Ihr Land, das Berichtsjahr, Ihr Name, Ihre Organisation, Ihre E-Mail-Adresse und das Datum, an dem Sie es ausgefüllt haben.',
  'template.intro.fillIndicators':
    'Blatt Indikatoren: eine Zahl pro Zeile, in der Spalte Wert. Die Spalte „Definition“ sagt, was jede Zahl bedeutet.',
  'template.intro.fillActions':
    'Blatt Maßnahmen: eine Zeile pro Maßnahme, die Ihr Land ergriffen oder zugesagt hat, unter einem der vier politischen Ziele.',
  'template.intro.fillPrevious':
    'Zeilen aus dem Vorjahr behalten ihre Referenz: Aktualisieren Sie Status und Sachstand, statt sie erneut hinzuzufügen.',
  'template.intro.unitsHeading': 'Einheiten',
  'template.intro.units1':
    'Anzahlen sind ganze Zahlen wie 120. Prozentsätze sind Zahlen von 0 bis 100, etwa 90,5.',
  'template.intro.units2':
    'Ja/Nein-Fragen: Wählen Sie ja oder nein aus der Liste. Personalzahlen sind Vollzeitäquivalente (Dezimalstellen erlaubt).',
  'template.intro.units3':
    'Zeiten werden in Tagen angegeben (Dezimalstellen erlaubt). Wenn Sie eine andere Einheit verwenden, tragen Sie sie in die Spalte Einheit ein.',
  'template.intro.units4':
    'Der Zuwachs der identifizierten Opfer in ICSE (T1.4) wird aus diesem und dem vorigen Jahr berechnet: Er wird nicht abgefragt.',
  'template.intro.noDataHeading': 'Keine Daten',
  'template.intro.noData':
    'Wenn Ihnen keine Zahl vorliegt, lassen Sie die Zelle Wert leer. Tragen Sie 0 nur ein, wenn die tatsächliche Zahl null ist.',
  'template.intro.estimatesHeading': 'Schätzungen',
  'template.intro.estimates':
    'Wenn eine Zahl geschätzt ist, wählen Sie ja in der Spalte Schätzung und erläutern Sie unter Bemerkungen, wie geschätzt wurde.',
  'template.intro.actionsHeading': 'Maßnahmen',
  'template.intro.actionsTarget':
    'Ziel: Wählen Sie eines der vier politischen Ziele. Operatives Ziel: {goals} (siehe Liste unten).',
  'template.intro.actionsKind':
    'Art: bestehend (bereits umgesetzt) oder Zusage (noch umzusetzen). Status: geplant, laufend, abgeschlossen oder eingestellt.',
  'template.intro.actionsDates':
    'Beginn und Ende: ein Datum wie 2014-03-01, ein Monat, ein Quartal wie Q3 2014 oder ein Jahr.',
  'template.intro.personalHeading': 'Personenbezogene Daten',
  'template.intro.personal':
    'Ihr Name und Ihre E-Mail-Adresse werden gespeichert, damit die Europäische Kommission Sie zu diesem Bericht kontaktieren kann. Sie erscheinen nie in einem Bericht.',
  'template.intro.sendHeading': 'Wohin damit',
  'template.intro.send1':
    'Laden Sie die ausgefüllte Datei im Berichtsportal der Allianz hoch, unter Ihrem Land und dem Jahr {year}.',
  'template.intro.send2':
    'Sie erhalten innerhalb von Sekunden eine Antwort: angenommen, oder eine Liste dessen, was wo zu berichtigen ist. Bis zur Veröffentlichung können Sie erneut hochladen.',
  'template.intro.targetsHeading': 'Die politischen Ziele und die operativen Ziele',
  'template.intro.target': 'Ziel {id} ({name}): {title}',
  'template.intro.goal': '    Operatives Ziel {id}: {text}',
  'template.intro.framework': 'Version des Rahmens {version}.',
  'template.validation.estimate':
    'Wählen Sie ja, wenn die Zahl geschätzt ist, oder lassen Sie die Zelle leer.',
  'template.validation.yesNo':
    'Wählen Sie ja oder nein, oder lassen Sie die Zelle leer, wenn Sie es nicht wissen.',
  'template.validation.choose': 'Wählen Sie einen der Werte: {values}.',

  'report.accepted': 'Angenommen',
  'report.acceptedWithWarnings': 'Angenommen mit {warnings, plural, one {# Warnung} other {# Warnungen}}',
  'report.rejected':
    'Abgelehnt: {errors, plural, one {# Fehler} other {# Fehler}}{warnings, plural, =0 {} one {, # Warnung} other {, # Warnungen}} - nichts wurde gespeichert',
  'report.file': 'Datei: {file}',
  'report.wholeFile': 'Die gesamte Datei',
  'report.sheet': 'Blatt „{sheet}“',
  'report.rowColumn': 'Zeile {row}, Spalte {column}: ',
  'report.row': 'Zeile {row}: ',
  'report.column': 'Spalte {column}: ',
  'report.found': ' Gefunden: „{value}“.',
  'report.fix': ' Abhilfe: {hint}',
  'report.fixAndRetry':
    'Berichtigen Sie die obigen Fehler und prüfen Sie die Datei erneut. Warnungen allein verhindern kein Hochladen.',

  'annotate.sheet': 'Probleme',
  'annotate.severity': 'Schweregrad',
  'annotate.sheetColumn': 'Blatt',
  'annotate.row': 'Zeile',
  'annotate.column': 'Spalte',
  'annotate.value': 'Gefundener Wert',
  'annotate.problem': 'Problem',
  'annotate.hint': 'Abhilfe',
  'annotate.code': 'Code',
  'annotate.none': 'Es wurden keine Probleme gefunden.',

  'portal.siteName': 'Globale Allianz gegen sexuellen Missbrauch von Kindern im Internet – Berichte',
  'portal.titleSuffix': '{title} – Berichte der Globalen Allianz',
  'portal.skipLink': 'Zum Hauptinhalt springen',
  'portal.account': 'Konto',
  'portal.signedInAs': 'Angemeldet als {email}',
  'portal.staffMark': '(Mitarbeitende)',
  'portal.signOut': 'Abmelden',
  'portal.language': 'Sprache',
  'portal.sampleBannerStrong': 'Fiktive Beispieldaten.',
  'portal.sampleBanner':
    'Dieses Portal enthält die mitgelieferten Demonstrations-Uploads: Alle Zahlen sind erfunden und beschreiben kein wirkliches Land.',
  'portal.footer': 'Version des Berichtsrahmens {version}.',
  'portal.errorPrefix': 'Fehler: {title}',
  'portal.thereIsAProblem': 'Es gibt ein Problem',
  'portal.dateTime': '{date}, {time} UTC',
  'portal.yearSwitch.label': 'Berichtsjahr',
  'portal.yearSwitch.show': 'Anzeigen',
  'portal.status.not-submitted': 'Nicht eingereicht',
  'portal.status.accepted': 'Angenommen',
  'portal.status.accepted-with-warnings': 'Angenommen mit Warnungen',
  'portal.status.rejected': 'Abgelehnt',
  'portal.signin.title': 'Anmelden',
  'portal.signin.email': 'E-Mail-Adresse',
  'portal.signin.password': 'Passwort',
  'portal.signin.button': 'Anmelden',
  'portal.signin.missing': 'Geben Sie Ihre E-Mail-Adresse und Ihr Passwort ein.',
  'portal.signin.throttled':
    'Zu viele fehlgeschlagene Versuche. Warten Sie 15 Minuten und versuchen Sie es erneut.',
  'portal.signin.wrong': 'Die E-Mail-Adresse oder das Passwort ist nicht richtig.',
  'portal.country.title': '{country}, {year}',
  'portal.country.heading': '{country}: Bericht {year}',
  'portal.country.backToOverview': 'Zurück zur Jahresübersicht',
  'portal.country.glance': 'Dieses Jahr auf einen Blick',
  'portal.country.lastUpload': 'Letzter Upload: {file}, {date}.',
  'portal.country.pending': '{count, plural, one {# Upload wird} other {# Uploads werden}} noch geprüft.',
  'portal.country.refresh': 'Laden Sie diese Seite',
  'portal.country.refreshAfter': 'in einigen Sekunden neu.',
  'portal.country.draftHeading': 'Berichtsentwurf',
  'portal.country.draftPdf': 'Berichtsentwurf (PDF)',
  'portal.country.draftHtml': 'Berichtsentwurf (HTML)',
  'portal.country.noDraft':
    'Es gibt noch keinen Berichtsentwurf. Er wird erstellt, nachdem ein Upload angenommen wurde.',
  'portal.country.templateHeading': '1. Arbeitsmappe herunterladen',
  'portal.country.templateText': 'Die Arbeitsmappe für {year}, mit Ihrem Land bereits eingetragen.',
  'portal.country.templateTextPrevious':
    'Die Arbeitsmappe für {year}, mit Ihrem Land bereits eingetragen und den Maßnahmen des Vorjahres bereits übernommen.',
  'portal.country.templateLink': 'Arbeitsmappe {year} herunterladen (XLSX)',
  'portal.country.templateLanguage': 'Ihre Blätter, Überschriften und Anleitungen sind auf {language}.',
  'portal.country.uploadHeading': '2. Bericht hochladen',
  'portal.country.uploadText':
    'Eine Excel-Arbeitsmappe (.xlsx), eine OpenDocument-Tabelle (.ods) oder eine CSV-Datei, bis zu {megabytes} MB. Sie erhalten das Ergebnis innerhalb von Sekunden.',
  'portal.country.fileLabel': 'Ihre Datei',
  'portal.country.uploadButton': 'Hochladen und prüfen',
  'portal.country.historyHeading': 'Uploads für {year}',
  'portal.country.historyCaption': 'Alle Uploads für {year}, neueste zuerst',
  'portal.country.when': 'Zeitpunkt',
  'portal.country.file': 'Datei',
  'portal.country.result': 'Ergebnis',
  'portal.country.errors': 'Fehler',
  'portal.country.warnings': 'Warnungen',
  'portal.country.report': 'Bericht',
  'portal.country.accepted': 'Angenommen',
  'portal.country.rejected': 'Abgelehnt',
  'portal.country.validationReport': 'Prüfbericht',
  'portal.country.validationReportFor': 'für {file}, {date}',
  'portal.country.noUpload': 'Noch kein Upload für {year}.',
  'portal.country.chooseFile': 'Wählen Sie eine Datei zum Hochladen.',
  'portal.country.fileTooLarge':
    'Die Datei ist größer als {megabytes} MB. Entfernen Sie, was nicht benötigt wird, oder speichern Sie sie als .xlsx, und laden Sie sie erneut hoch.',
  'portal.country.wrongType':
    'Die Datei muss eine Excel-Arbeitsmappe (.xlsx), eine OpenDocument-Tabelle (.ods) oder eine CSV-Datei (.csv) sein.',
  'portal.upload.titleAccepted': 'Angenommen: {file}',
  'portal.upload.titleRejected': 'Abgelehnt: {file}',
  'portal.upload.heading': 'Prüfbericht: {file}',
  'portal.upload.back': 'Zurück zu {country}, {year}',
  'portal.upload.accepted': 'Angenommen',
  'portal.upload.acceptedWithWarnings':
    'Angenommen mit {warnings, plural, one {# Warnung} other {# Warnungen}}',
  'portal.upload.counts': 'Ihr Upload vom {date} zählt für {year}.',
  'portal.upload.warningsText':
    'Die Warnungen unten verhindern ihn nicht; prüfen Sie sie und laden Sie die Datei erneut hoch, wenn etwas nicht stimmt.',
  'portal.upload.rejected': 'Abgelehnt: {errors, plural, one {# Fehler} other {# Fehler}} zu beheben',
  'portal.upload.rejectedText':
    'Von diesem Upload wurde nichts für den Bericht übernommen. Beheben Sie die Fehler unten und laden Sie die Datei erneut hoch.',
  'portal.upload.groupLink': '{sheet}: {count, plural, one {# Problem} other {# Probleme}}',
  'portal.upload.annotatedLink': 'Die Probleme markiert in einer Tabelle herunterladen (XLSX)',
  'portal.upload.annotatedText':
    ': bei einer Excel-Arbeitsmappe eine Kopie Ihrer Datei, in der jede betroffene Zelle hervorgehoben und erläutert ist, sowie ein Blatt „Probleme“, das alle auflistet.',
  'portal.upload.caption': 'Probleme in {sheet}',
  'portal.upload.severity': 'Schweregrad',
  'portal.upload.row': 'Zeile',
  'portal.upload.column': 'Spalte',
  'portal.upload.value': 'Gefundener Wert',
  'portal.upload.problem': 'Problem',
  'portal.upload.hint': 'Abhilfe',
  'portal.upload.none': 'Es wurden keine Probleme gefunden.',
  'portal.upload.wholeFile': 'Die gesamte Datei',
  'portal.pending.title': 'Ihr Upload wird geprüft',
  'portal.pending.text':
    'Wir haben {file} erhalten und prüfen die Datei. Diese Seite lädt sich alle paar Sekunden selbst neu; Sie können sie auch',
  'portal.pending.reload': 'jetzt neu laden',
  'portal.pending.yourFile': 'Ihre Datei',
  'portal.staff.title': 'Das Berichtsjahr {year}',
  'portal.staff.summary': 'Übersicht',
  'portal.staff.accepted': 'Angenommen: {count}',
  'portal.staff.warnings': 'Angenommen mit Warnungen: {count}',
  'portal.staff.rejected': 'Abgelehnt: {count}',
  'portal.staff.none': 'Nicht eingereicht: {count}',
  'portal.staff.draftsHeading': 'Konsolidierter Entwurf und offene Daten',
  'portal.staff.consolidatedPdf': 'Konsolidierter Berichtsentwurf (PDF)',
  'portal.staff.consolidatedHtml': 'Konsolidierter Berichtsentwurf (HTML)',
  'portal.staff.openData': 'Offene Daten, Entwurf ({file})',
  'portal.staff.noDraft':
    'Es gibt noch keinen konsolidierten Entwurf: Er wird nach dem ersten angenommenen Upload des Jahres erstellt.',
  'portal.staff.members': 'Mitglieder',
  'portal.staff.caption':
    'Alle Mitglieder für {year}: Status, Fehler und Warnungen des letzten Uploads, Zeitpunkt des letzten Uploads',
  'portal.staff.country': 'Land',
  'portal.staff.status': 'Status',
  'portal.staff.errors': 'Fehler',
  'portal.staff.warningsColumn': 'Warnungen',
  'portal.staff.lastUpload': 'Letzter Upload',
  'portal.staff.reports': 'Berichte',
  'portal.staff.draftOf': 'Entwurf für {country}',
  'portal.staff.publication': 'Veröffentlichung',
  'portal.staff.ready': 'Das Jahr wurde von {by} am {at} als bereit markiert.',
  'portal.staff.publishLink': '{year} als bereit markieren und veröffentlichen',
  'portal.staff.editions': 'Veröffentlichte Ausgaben',
  'portal.staff.edition': 'Ausgabe {number}',
  'portal.staff.manifest': 'Manifest der Ausgabe {number}',
  'portal.staff.noEdition': 'Für {year} wurde noch nichts veröffentlicht.',
  'portal.publish.title': '{year} veröffentlichen',
  'portal.publish.titleRunning': '{year} wird veröffentlicht',
  'portal.publish.heading': '{year} veröffentlichen?',
  'portal.publish.started': 'Die Veröffentlichung hat begonnen',
  'portal.publish.startedText':
    'Lauf {runId}. Die neue Ausgabe erscheint auf der Seite des Jahres, sobald sie fertig ist.',
  'portal.publish.backToOverview': 'Zurück zur Übersicht {year}',
  'portal.publish.explain':
    'Damit wird {year} als bereit markiert und die Veröffentlichung gestartet: Jede angenommene Einreichung fließt in eine neue Ausgabe ein (Ausgabe {edition}). Eine veröffentlichte Ausgabe wird nie geändert; eine spätere Berichtigung wird zu einer neuen Ausgabe.',
  'portal.publish.submitted': '{submitted} von {total} Mitgliedern haben eine angenommene Einreichung.',
  'portal.publish.confirm': 'Ich bestätige, dass {year} zur Veröffentlichung bereit ist',
  'portal.publish.button': '{year} veröffentlichen',
  'portal.publish.cancel': 'Abbrechen und zurück',
  'portal.publish.tick':
    'Setzen Sie das Häkchen, um zu bestätigen, dass {year} zur Veröffentlichung bereit ist.',
  'portal.message.startPage': 'Zu Ihrer Startseite',
  'portal.message.signInAgain': 'Erneut anmelden',
  'portal.message.failed.title': 'Etwas ist schiefgegangen',
  'portal.message.failed.heading': 'Auf unserer Seite ist etwas schiefgegangen',
  'portal.message.failed.text':
    'Ihre Anfrage konnte nicht abgeschlossen werden. Es ging nichts verloren. Bitte versuchen Sie es in einer Minute erneut; wenn es weiter geschieht, informieren Sie das Team der Kommission.',
  'portal.message.signedOut.title': 'Abgemeldet',
  'portal.message.signedOut.heading': 'Sie sind abgemeldet',
  'portal.message.signedOut.text':
    'Sie haben das Portal verlassen. Schließen Sie dieses Fenster, wenn Sie diesen Computer mit anderen teilen.',
  'portal.message.callback.title': 'Anmeldung nicht abgeschlossen',
  'portal.message.callback.heading': 'Sie sind nicht angemeldet',
  'portal.message.callback.no-sign-in':
    'Die Anmeldung hat zu lange gedauert oder wurde in einem anderen Browser begonnen. Bitte melden Sie sich erneut an.',
  'portal.message.callback.state':
    'Die Anmeldung konnte diesem Browser nicht zugeordnet werden. Bitte melden Sie sich erneut an.',
  'portal.message.callback.denied': 'Die Anmeldung wurde abgebrochen. Bitte melden Sie sich erneut an.',
  'portal.message.callback.exchange':
    'Die Anmeldung konnte nicht abgeschlossen werden. Bitte melden Sie sich erneut an.',
  'portal.message.callback.token':
    'Die Anmeldung konnte nicht bestätigt werden. Bitte melden Sie sich erneut an.',
  'portal.message.callback.no-access':
    'Ihr Konto ist noch keinem Land und nicht dem Team der Kommission zugeordnet. Bitten Sie das Team der Kommission, Sie der richtigen Gruppe hinzuzufügen, und melden Sie sich dann erneut an.',
  'portal.message.forbidden.title': 'Nicht erlaubt',
  'portal.message.forbidden.heading': 'Sie können diese Seite nicht sehen',
  'portal.message.forbidden.text':
    'Diese Seite gehört zu einem anderen Land oder zu den Mitarbeitenden der Kommission. Wenn Sie meinen, dass Sie sie sehen sollten, wenden Sie sich an das Team der Kommission.',
  'portal.message.notFound.title': 'Nicht gefunden',
  'portal.message.notFound.heading': 'Seite nicht gefunden',
  'portal.message.notFound.text':
    'Unter dieser Adresse gibt es nichts. Vielleicht wurde die Seite noch nicht erstellt (ein Berichtsentwurf erscheint nach einem angenommenen Upload).',
  'portal.message.csrf.title': 'Formular abgelaufen',
  'portal.message.csrf.heading': 'Das Formular ist abgelaufen',
  'portal.message.csrf.text':
    'Zu Ihrer Sicherheit konnte das Formular nicht angenommen werden. Gehen Sie zurück, laden Sie die Seite neu und senden Sie es erneut.',

  // ---------- cycle: periods, late, changed since an edition, invalidation, re-validation (h1)
  // (keys of this part go here)
  'issue.UPLOAD_NOT_OPEN.message':
    'Uploads für {year} sind noch nicht geöffnet: Sie öffnen am {opens} (Frist: {deadline}). Diese Datei, eingegangen am {received}, wurde nicht gelesen und ändert nichts.',
  'issue.UPLOAD_NOT_OPEN.hint':
    'Laden Sie sie ab dem {opens} erneut hoch. Wenn es nicht warten kann, wenden Sie sich an die Mitarbeitenden der Kommission (das Sekretariat der Allianz).',
  'issue.UPLOAD_CLOSED.message':
    'Uploads für {year} sind seit dem {closes} geschlossen (die Frist war der {deadline}). Diese Datei, eingegangen am {received}, wurde nicht gelesen und ändert nichts.',
  'issue.UPLOAD_CLOSED.hint':
    'Um sie jetzt zu senden, bitten Sie die Mitarbeitenden der Kommission (das Sekretariat der Allianz), {year} wieder zu öffnen.',
  'cycle.period.field.opens': 'Uploads öffnen',
  'cycle.period.field.deadline': 'Frist',
  'cycle.period.field.closes': 'Uploads schließen',
  'cycle.period.problem.missing':
    '{field}: Das Datum fehlt. Schreiben Sie es als JJJJ-MM-TT, zum Beispiel {example}.',
  'cycle.period.problem.invalid':
    '{field}: „{value}“ ist kein Kalenderdatum. Schreiben Sie es als JJJJ-MM-TT, zum Beispiel {example}.',
  'cycle.period.problem.deadlineBeforeOpens':
    'Die Frist ({deadline}) liegt vor der Öffnung der Uploads ({opens}): Sie muss am Tag der Öffnung oder danach liegen.',
  'cycle.period.problem.closesBeforeDeadline':
    'Die Uploads schließen ({closes}) vor der Frist ({deadline}): Der Schlusstag muss am Tag der Frist oder danach liegen.',
  'cycle.staff.link': 'Berichtszeitraum {year}',
  'cycle.staff.title': 'Berichtszeitraum {year}',
  'cycle.staff.heading': 'Berichtszeitraum für {year}',
  'cycle.staff.explain':
    'Uploads werden vom Tag der Öffnung bis zum Schlusstag angenommen, beide eingeschlossen. Ein Upload nach der Frist wird angenommen und als verspätet markiert; einer vor der Öffnung oder nach dem Schlusstag wird mit diesen Daten abgelehnt. Die Tage werden in UTC gezählt.',
  'cycle.staff.none': 'Für {year} ist kein Zeitraum festgelegt: Uploads werden jederzeit angenommen.',
  'cycle.staff.current':
    'Uploads öffnen am {opens}, die Frist ist der {deadline} und Uploads schließen am {closes}.',
  'cycle.staff.setBy': 'Festgelegt von {by} am {at}.',
  'cycle.staff.formHeading': 'Daten festlegen',
  'cycle.staff.dateHint': 'Schreiben Sie den Tag als JJJJ-MM-TT, zum Beispiel {example}.',
  'cycle.staff.button': 'Zeitraum für {year} speichern',
  'cycle.staff.saved': 'Der Zeitraum für {year} ist gespeichert.',
  'cycle.staff.unchanged': 'Das sind bereits die Daten für {year}: Es wurde nichts geändert.',
  'cycle.staff.historyHeading': 'Frühere Einstellungen',
  'cycle.staff.historyCaption': 'Frühere Einstellungen des Zeitraums {year}, die älteste zuerst',
  'cycle.staff.setByColumn': 'Festgelegt von',
  'cycle.staff.setAtColumn': 'Wann',
  'cycle.staff.noHistory': 'Die Daten wurden seit der ersten Festlegung nicht geändert.',
  'cycle.country.periodHeading': 'Berichtszeitraum',
  'cycle.country.periodDates':
    'Uploads öffnen am {opens}. Die Frist ist der {deadline}. Uploads schließen am {closes}.',
  'cycle.country.periodLate':
    'Die Frist ist abgelaufen: Ein Upload wird noch bis zum {closes} angenommen und als verspätet markiert.',
  'cycle.country.late': 'verspätet',
  'cycle.country.notOpen':
    'Uploads für {year} öffnen am {opens} (Frist: {deadline}). Wenn Ihr Bericht nicht warten kann, wenden Sie sich an die Mitarbeitenden der Kommission (das Sekretariat der Allianz).',
  'cycle.country.closed':
    'Uploads für {year} sind seit dem {closes} geschlossen. Um jetzt einen Bericht oder eine Korrektur zu senden, bitten Sie die Mitarbeitenden der Kommission (das Sekretariat der Allianz), das Jahr wieder zu öffnen.',
  // invalidation and re-validation (h1, issue 13 point 5)
  'invalidation.notice.heading': 'Für ungültig erklärt: dieser Upload zählt nicht mehr',
  'invalidation.notice.staff': 'Am {date} von {by} für ungültig erklärt: {reason}',
  'invalidation.notice.country': 'Am {date} von der Kommission für ungültig erklärt: {reason}',
  'invalidation.notice.text':
    'Er bleibt im Verlauf von {year}. Stattdessen zählt der letzte angenommene Upload, der nicht für ungültig erklärt wurde, sofern es einen gibt.',
  'invalidation.history.result': 'Für ungültig erklärt',
  'invalidation.form.heading': 'Diesen Upload für ungültig erklären',
  'invalidation.form.text':
    'Für Mitarbeitende der Kommission. Der Upload bleibt mit Ihrer Begründung, die das Land sieht, im Verlauf; der letzte angenommene Upload davor zählt wieder, und die Berichtsentwürfe werden neu erstellt. Das lässt sich nicht rückgängig machen: Das Land kann erneut hochladen.',
  'invalidation.form.reasonLabel': 'Begründung',
  'invalidation.form.reasonHint': 'Höchstens {max, number} Zeichen.',
  'invalidation.form.button': 'Upload für ungültig erklären',
  'invalidation.error.REASON_MISSING': 'Geben Sie eine Begründung an: Das Land sieht sie beim Upload.',
  'invalidation.error.REASON_TOO_LONG': 'Die Begründung ist zu lang: höchstens {max, number} Zeichen.',
  'invalidation.error.UPLOAD_NOT_ACCEPTED':
    'Dieser Upload wurde abgelehnt: Er hat nie gezählt, es gibt also nichts für ungültig zu erklären.',
  'invalidation.error.ALREADY_INVALIDATED':
    'Dieser Upload wurde bereits am {date} von {by} für ungültig erklärt.',

  // ---------- mail: receipts, reminders, the e-mail texts (h2)
  // (keys of this part go here)
  // Erinnerungen und der E-Mail-Versand (Mail-Adapter, remind): Schlüssel reminder.*, mail.*
  'mail.sample.subject': '[Fiktive Beispieldaten] {subject}',
  'mail.sample.notice':
    'Diese Nachricht wurde aus einem Speicher mit den fiktiven Beispieldaten gesendet: Keine Zahl und kein Name darin ist echt.',
  'mail.signature':
    'Das Team der Kommission der Globalen Allianz gegen sexuellen Missbrauch von Kindern im Internet\n(Automatisch gesendet. Sie erhalten sie als nationale Kontaktperson für {country}.)',
  'reminder.before.subject': 'Erinnerung: Der Bericht {year} für {country} ist am {deadline} fällig',
  'reminder.before.body':
    'Sehr geehrte nationale Kontaktperson,\n\ndie Kommission hat für {country} noch keinen angenommenen Bericht {year} erhalten. Die Frist endet am {deadline}, {days, plural, =0 {heute} one {in # Tag} other {in # Tagen}}.\n\nBitte laden Sie Ihre ausgefüllte Arbeitsmappe bis dahin im Berichtsportal hoch.',
  'reminder.after.subject': 'Überfällig: der Bericht {year} für {country} (Frist {deadline})',
  'reminder.after.body':
    'Sehr geehrte nationale Kontaktperson,\n\ndie Frist für den Bericht {year} für {country} endete am {deadline}, vor {days, plural, one {# Tag} other {# Tagen}}, und die Kommission hat noch keinen angenommenen Bericht erhalten.\n\nUploads werden noch bis zum {closes} angenommen. Bitte laden Sie Ihre ausgefüllte Arbeitsmappe im Berichtsportal hoch; wenn das nicht möglich ist, teilen Sie dem Team der Kommission mit, wann sie zu erwarten ist.',
  'reminder.portal': 'Das Berichtsportal: {url}',
  'reminder.already':
    'Wenn Sie den Bericht gerade hochgeladen haben oder eine andere Person in Ihrem Land dafür zuständig ist, können Sie diese Nachricht ignorieren.',
  'reminder.kind.before': '{days, plural, one {# Tag} other {# Tage}} vor der Frist',
  'reminder.kind.after': '{days, plural, one {# Tag} other {# Tage}} nach der Frist',
  'reminder.page.title': 'Gesendete Erinnerungen für {year}',
  'reminder.page.intro':
    'Vor der Frist (21, 7 und 1 Tag) und danach (alle 7 Tage, bis das Jahr geschlossen wird) erhalten die nationalen Kontaktpersonen der Mitglieder ohne angenommene Einreichung eine Erinnerung per E-Mail, jede nur einmal. Die tägliche Aufgabe und `alliance-reports remind` senden sie.',
  'reminder.page.period': 'Zeitraum {year}: Öffnung am {opens}, Frist am {deadline}, Schluss am {closes}.',
  'reminder.page.noPeriod':
    'Für {year} ist kein Berichtszeitraum festgelegt: Bis er festgelegt ist, wird keine Erinnerung gesendet.',
  'reminder.page.none': 'Für {year} wurde keine Erinnerung gesendet.',
  'reminder.page.caption': 'Gesendete Erinnerungen für {year}, nach Land',
  'reminder.page.country': 'Land',
  'reminder.page.kind': 'Erinnerung',
  'reminder.page.day': 'Fällig am',
  'reminder.page.sentAt': 'Gesendet',
  'reminder.page.recipients': 'Gesendet an',
  'reminder.page.by': 'Von',
  'reminder.page.count': '{count, plural, one {# Kontaktperson} other {# Kontaktpersonen}}',
  'reminder.page.back': 'Zurück zur Übersicht des Jahres',
  'reminder.page.link': 'An die Mitglieder gesendete Erinnerungen für {year}',
  // receipts (receipt.*)
  'receipt.label': '{label}:',
  'receipt.outcome.rejected': 'Abgelehnt: {errors, plural, one {# Fehler} other {# Fehler}}',
  'receipt.outcome.rejectedWithWarnings':
    'Abgelehnt: {errors, plural, one {# Fehler} other {# Fehler}} und {warnings, plural, one {# Warnung} other {# Warnungen}}',
  'receipt.title': 'Empfangsbestätigung für eine Übermittlung an die Berichte der Allianz',
  'receipt.sample':
    'Fiktive Beispieldaten: Diese Empfangsbestätigung stammt aus dem mitgelieferten Demonstrationsbestand; alle Zahlen sind erfunden und beschreiben kein reales Land.',
  'receipt.reference': 'Referenz',
  'receipt.country': 'Land',
  'receipt.year': 'Berichtsjahr',
  'receipt.file': 'Datei',
  'receipt.size': 'Größe',
  'receipt.sizeBytes': '{bytes, plural, one {# Byte} other {# Byte}}',
  'receipt.sha256': 'SHA-256',
  'receipt.receivedAt': 'Eingegangen am',
  'receipt.outcome': 'Ergebnis',
  'receipt.outcome.accepted': 'Angenommen',
  'receipt.outcome.acceptedWithWarnings':
    'Angenommen, mit {warnings, plural, one {# Warnung} other {# Warnungen}}',
  'receipt.invalidated': 'Für ungültig erklärt',
  'receipt.invalidatedText': 'von der Kommission am {date}: {reason}',
  'receipt.uploadId': 'Kennung der Übermittlung',
  'receipt.issuedAt': 'Bestätigung ausgestellt am',
  'receipt.countsHeading': 'Was jetzt für {year} zählt',
  'receipt.countsThis': 'diese Übermittlung',
  'receipt.countsOther': '{file}, eingegangen am {date} (Referenz {reference})',
  'receipt.countsNone': 'noch nichts',
  'receipt.noteRejected':
    'Diese Datei zählt nicht für den Bericht. Was vorher zählte, zählt weiterhin; beheben Sie die im Prüfbericht genannten Probleme und laden Sie die Datei erneut hoch.',
  'receipt.noteInvalidated':
    'Die Kommission hat diese Übermittlung für ungültig erklärt: Sie zählt nicht mehr für den Bericht. Die Liste oben zeigt, was stattdessen zählt.',
  'receipt.noteSuperseded':
    'Diese Übermittlung wurde angenommen, doch für den Bericht zählt jetzt eine spätere Übermittlung.',
  'receipt.footer':
    'Bewahren Sie diese Bestätigung bei Ihren Unterlagen auf und geben Sie die Referenz an, wenn Sie der Kommission zu dieser Übermittlung schreiben. Der SHA-256-Wert ist der Fingerabdruck der Datei genau so, wie sie eingegangen ist: Eine Datei mit demselben Fingerabdruck ist dieselbe Datei.',
  'receipt.subject.accepted': 'Empfangsbestätigung {reference}: {file} angenommen',
  'receipt.subject.acceptedWithWarnings': 'Empfangsbestätigung {reference}: {file} mit Warnungen angenommen',
  'receipt.subject.rejected': 'Empfangsbestätigung {reference}: {file} abgelehnt',
  'receipt.subject.sample': '[Fiktive Beispieldaten] {subject}',
  'receipt.mail.intro':
    'Ihre Übermittlung für {country}, {year}, ist eingegangen und wurde geprüft. Die Empfangsbestätigung folgt; sie ist auch als Textdatei angehängt.',
  'receipt.mail.link': 'Der Prüfbericht und die druckbare Empfangsbestätigung: {url}',
  'receipt.page.title': 'Empfangsbestätigung {reference}: {file}',
  'receipt.page.section': 'Empfangsbestätigung',
  'receipt.page.print': 'Druckbare Empfangsbestätigung',
  'receipt.page.download': 'Empfangsbestätigung herunterladen (Textdatei)',
  'receipt.page.printHint':
    'Mit dem Druckbefehl Ihres Browsers können Sie diese Seite drucken oder als PDF speichern.',
  'receipt.page.back': 'Zurück zum Prüfbericht',

  // ---------- review and the message thread (h3)
  // (keys of this part go here)
  'review.error.messageRequired':
    'Schreiben Sie eine Nachricht, was {country} korrigieren soll: Sie wird mit der Anfrage verschickt.',
  'review.error.nothingToAccept':
    '{country} hat für {year} keinen angenommenen Upload; es gibt also noch nichts anzunehmen. Bitten Sie stattdessen um eine Korrektur, oder warten Sie auf einen angenommenen Upload.',
  'review.error.messageTooLong':
    'Die Nachricht hat {length, number} Zeichen; höchstens {max, number} sind möglich. Kürzen Sie sie, oder schicken Sie sie in zwei Nachrichten.',
  'review.error.messageEmpty': 'Schreiben Sie eine Nachricht, bevor Sie sie senden.',
  'review.error.stateUnknown': 'Wählen Sie „Von der Kommission angenommen“ oder „Korrektur erbeten“.',
  'review.error.countryUnknown': '„{country}“ ist nicht der zweistellige Code eines Mitglieds.',
  'review.heading': 'Prüfung und Nachrichten',
  'review.state.none': 'Die Kommission hat den Bericht {year} noch nicht geprüft.',
  'review.state.accepted': 'Von der Kommission angenommen',
  'review.state.correction-requested': 'Korrektur erbeten',
  'review.current': 'Prüfung: {state}, {date}.',
  'review.event': 'Prüfung: „{state}“.',
  'review.threadHeading': 'Nachrichten zu {year}',
  'review.noMessages': 'Noch keine Nachrichten.',
  'review.from.staff': 'Dienststellen der Kommission',
  'review.from.you': '{country} (Sie)',
  'review.from.withEmail': '{who}, {email}',
  'review.writeToStaff': 'An die Kommission schreiben',
  'review.writeToCountry': 'Schreiben an: {country}',
  'review.messageLabel': 'Ihre Nachricht',
  'review.messageHintStaff':
    'Höchstens {max, number} Zeichen. Die Dienststellen der Kommission erhalten sie per E-Mail.',
  'review.messageHintCountry':
    'Höchstens {max, number} Zeichen. Die Kontaktpersonen des Mitglieds ({country}) erhalten sie per E-Mail.',
  'review.sendButton': 'Nachricht senden',
  'review.formHeading': 'Bericht {year} prüfen: {country}',
  'review.stateLegend': 'Entscheidung',
  'review.reviewMessageLabel': 'Nachricht an: {country}',
  'review.reviewMessageHint':
    'Pflicht, wenn Sie um eine Korrektur bitten: Schreiben Sie, was zu korrigieren ist. Die Kontaktpersonen des Mitglieds ({country}) erhalten die Entscheidung und die Nachricht per E-Mail.',
  'review.reviewButton': 'Prüfung speichern',
  'review.error.uploadUnknown':
    'Es gibt keinen Upload „{upload}“ des Mitglieds ({country}) für {year}. Wählen Sie einen aus der Liste oder keinen.',
  'review.aboutLabel': 'Zu einem Upload (freiwillig)',
  'review.aboutNone': 'Kein bestimmter Upload',
  'review.aboutOption': '{file}, {date}',
  'review.about': 'Zum Upload {file}',
  'review.unreadable':
    'Die Prüfung und die Nachrichten können gerade nicht angezeigt werden. Nichts ist verloren; bitte versuchen Sie es später erneut und melden Sie es dem Team der Kommission, wenn es anhält.',
  'review.mail.sampleSubject': '[Fiktive Beispieldaten] {subject}',
  'review.mail.sampleNotice':
    'Fiktive Beispieldaten: Diese E-Mail kommt vom Demonstrationsportal. Alle Zahlen sind erfunden und beschreiben kein wirkliches Land.',
  'review.mail.acceptedSubject': '{country}, {year}: von der Kommission angenommen',
  'review.mail.acceptedBody':
    'Die Kommission hat den Bericht {year} des Mitglieds ({country}) geprüft und angenommen.',
  'review.mail.correctionSubject': '{country}, {year}: Korrektur erbeten',
  'review.mail.correctionBody':
    'Die Kommission hat den Bericht {year} des Mitglieds ({country}) geprüft und bittet um eine Korrektur. Bitte laden Sie eine korrigierte Datei hoch.',
  'review.mail.staffMessage': 'Die Nachricht der Kommission:',
  'review.mail.toCountrySubject': '{country}, {year}: eine Nachricht der Kommission',
  'review.mail.toCountryBody': 'Die Kommission hat zum Bericht {year} des Mitglieds ({country}) geschrieben:',
  'review.mail.toStaffSubject': '{country}, {year}: eine Nachricht der nationalen Kontaktstelle',
  'review.mail.toStaffBody': '{email} ({country}) hat zum Bericht {year} geschrieben:',
  'review.mail.link': 'Lesen und antworten im Portal: {url}',
  'review.mail.noLink':
    'Lesen und antworten Sie im Portal, auf der Seite des Mitglieds ({country}) für {year}.',
  'review.mail.footer':
    'Sie erhalten diese E-Mail als Nutzerin oder Nutzer des Berichtsportals der Globalen Allianz. Bitte antworten Sie im Portal und nicht auf diese E-Mail.',

  // ---------- portal for daily use: fast answer, expired session, result page, small screens (h4)
  // (keys of this part go here)
  'portal.daily.backToForm': 'Zurück zum Formular',
  'portal.daily.expired.signin':
    'Ihre Sitzung war abgelaufen, daher wurde das Formular nicht gesendet. Melden Sie sich erneut an: Sie kehren dann zu der Seite zurück, auf der Sie waren.',
  'portal.daily.expired.back':
    'Sie sind wieder angemeldet. Das Formular, das Sie ausgefüllt haben, wurde nicht gesendet, weil Ihre Sitzung abgelaufen war: Senden Sie es erneut (bei einem Upload wählen Sie die Datei erneut; nichts wurde gespeichert).',
  'portal.daily.fileTooLarge':
    '{file} konnte nicht angenommen werden: Die Datei ist größer als {megabytes} MB. Entfernen Sie Überflüssiges oder speichern Sie sie als .xlsx und laden Sie sie erneut hoch.',
  'portal.daily.wrongType':
    '{file} konnte nicht angenommen werden: Die Datei muss eine Excel-Arbeitsmappe (.xlsx), eine OpenDocument-Tabelle (.ods) oder eine CSV-Datei (.csv) sein.',
  'portal.daily.emptyFile':
    '{file} konnte nicht angenommen werden: Die Datei ist leer. Wählen Sie die gespeicherte Arbeitsmappe und laden Sie sie erneut hoch.',
  'portal.daily.notChecked.title': 'Ihre Datei konnte nicht geprüft werden',
  'portal.daily.notChecked.text':
    'Wir haben {file} erhalten und aufbewahrt, aber die Datei konnte wegen eines Fehlers auf unserer Seite nicht geprüft werden. Sie steht in Ihrem Verlauf als noch nicht geprüft. Versuchen Sie es später erneut; wenn es wieder vorkommt, schreiben Sie dem Team der Kommission.',
  'portal.daily.notCheckedYet': 'Noch nicht geprüft',
  'portal.daily.counts': 'Zählt',
  'portal.daily.countsFor': 'Zählt für: {tables}',
  'portal.daily.countsNot': 'Nein',
  'portal.daily.countsNow': 'Dieser Upload zählt für {year}: {tables}.',
  'portal.daily.superseded': 'Ein späterer Upload zählt für {year} anstelle dieses: siehe Verlauf.',
  'portal.daily.draft.ready': 'Ihr Berichtsentwurf ist fertig:',
  'portal.daily.draft.preparing':
    'Ihr Berichtsentwurf wird aus dem, was jetzt zählt, erstellt. Das dauert meist weniger als eine Minute.',
  'portal.daily.draft.reload': 'Laden Sie diese Seite neu, um zu sehen, ob er fertig ist',
  'portal.daily.found':
    'Gefunden: {errors, plural, one {# Fehler} other {# Fehler}}, {warnings, plural, one {# Warnung} other {# Warnungen}}.',
  'portal.daily.errorsHeading': 'Fehler: {count}',
  'portal.daily.warningsHeading': 'Warnungen: {count}',
  'portal.daily.errorsIn': 'Fehler in {sheet}: {count}',
  'portal.daily.warningsIn': 'Warnungen in {sheet}: {count}',
  'portal.daily.notesHint':
    'Wo Sie Text in eine Wertzelle geschrieben haben: Lassen Sie nur die Zahl in der Wertzelle (oder lassen Sie sie leer) und schreiben Sie den Text in die Spalte {notes} derselben Zeile.',
  'portal.daily.uploadAgain': 'Eine korrigierte Datei hochladen',
  'portal.daily.uploadAnother': 'Eine weitere Datei hochladen',
  'portal.daily.alreadySent':
    'Dieses Formular war bereits gesendet worden: Hier ist das Ergebnis dieses Uploads. Nichts weiter wurde gespeichert.',
  'portal.daily.badYear.title': 'Kein Berichtsjahr',
  'portal.daily.badYear.text':
    '„{year}“ ist kein Berichtsjahr: Ein Berichtsjahr ist eine vierstellige Jahreszahl von {first} bis {last}.',
  'portal.daily.badRequest.title': 'Die Anfrage konnte nicht gelesen werden',
  'portal.daily.badRequest.text':
    'Was der Browser gesendet hat, konnte nicht gelesen werden. Gehen Sie zurück, laden Sie die Seite neu und senden Sie das Formular erneut.',
  'portal.daily.methodNotAllowed.title': 'An dieser Adresse nicht möglich',
  'portal.daily.methodNotAllowed.text':
    'Diese Adresse nimmt diese Art von Anfrage nicht an. Verwenden Sie die Links und Schaltflächen der Seiten des Portals.',
  'portal.daily.tableRegion': '{caption} (auf kleinen Bildschirmen seitlich scrollbar)',

  // ---------- staff table and publication pages (h5)
  // (keys of this part go here)
  'portal.staffTable.filterLabel': 'Mitglieder anzeigen',
  'portal.staffTable.filter.all': 'Alle Mitglieder',
  'portal.staffTable.filter.not-submitted': 'Nicht eingereicht',
  'portal.staffTable.filter.rejected': 'Abgelehnt',
  'portal.staffTable.filter.warnings': 'Mit Warnungen angenommen',
  'portal.staffTable.filter.accepted': 'Angenommen',
  'portal.staffTable.filter.late': 'Verspätet',
  'portal.staffTable.filter.correction-requested': 'Korrektur angefordert',
  'portal.staffTable.filterButton': 'Filtern',
  'portal.staffTable.badState':
    '„{value}“ ist kein Status, nach dem gefiltert werden kann. Wählen Sie einen aus der Liste.',
  'portal.staffTable.shown': '{shown} von {total} Mitgliedern angezeigt.',
  'portal.staffTable.export': 'Diese Liste herunterladen (CSV)',
  'portal.staffTable.deadline': 'Frist',
  'portal.staffTable.daysLate': 'Tage Verspätung',
  'portal.staffTable.daysLateValue': '{days, plural, one {# Tag verspätet} other {# Tage verspätet}}',
  'portal.staffTable.overdueValue':
    '{days, plural, one {Frist seit # Tag überschritten} other {Frist seit # Tagen überschritten}}',
  'portal.staffTable.review': 'Prüfung',
  'portal.staffTable.review.accepted': 'Von der Kommission angenommen',
  'portal.staffTable.review.correction-requested': 'Korrektur angefordert',
  'portal.staffTable.review.none': 'Nicht geprüft',
  'portal.staffTable.contacts': 'Kontakte',
  'portal.staffTable.noContacts': 'Kein Kontakt',
  'portal.staffTable.contactsUnavailable':
    'Die Adressen der Kontakte konnten gerade nicht gelesen werden; laden Sie die Seite neu, um es erneut zu versuchen.',
  'portal.staffTable.nextStep': 'Nächster Schritt',
  'portal.staffTable.remind': 'Erinnern',
  'portal.staffTable.write': 'Schreiben',
  'portal.staffTable.mailSubject': 'Bericht der Allianz {year}: {country}',
  'portal.staffTable.changed': 'Geändert seit Ausgabe {edition}',
  'portal.staffTable.editionPublished': 'Veröffentlicht am {date}.',
  'portal.staffTable.csv.code': 'Code',
  'portal.staffTable.csv.late': 'Verspätet',
  'portal.staffTable.csv.yes': 'ja',
  'portal.staffTable.csv.no': 'nein',
  'portal.staffTable.csv.reviewedAt': 'Geprüft am',
  'portal.staffTable.csv.changedSince': 'Geändert seit Ausgabe',
  'portal.publish.missingHeading':
    '{count, plural, =0 {Mitglieder ohne angenommene Einreichung} one {# Mitglied ohne angenommene Einreichung (nicht in der neuen Ausgabe)} other {# Mitglieder ohne angenommene Einreichung (nicht in der neuen Ausgabe)}}',
  'portal.publish.missingNone': 'Alle Mitglieder haben eine angenommene Einreichung.',
  'portal.publish.changedHeading': 'Geändert seit Ausgabe {edition}',
  'portal.publish.changedNone': 'Seit Ausgabe {edition} haben sich die Daten keines Mitglieds geändert.',
  'portal.publishStarted.waiting':
    'Diese Seite prüft alle {seconds} Sekunden erneut, bis die Ausgabe fertig ist.',
  'portal.publishStarted.stop': 'Prüfen beenden',
  'portal.publishStarted.auto': 'Alle {seconds} Sekunden prüfen, bis sie fertig ist',
  'portal.publishStarted.check': 'Erneut prüfen',
  'portal.publishStarted.ready': 'Ausgabe {number} ist veröffentlicht',
  'portal.publishStarted.readyTitle': 'Ausgabe {number} für {year} ist veröffentlicht',
  'portal.publishStarted.open': 'Ausgabe {number} öffnen',
  'portal.edition.title': 'Ausgabe {number} für {year}',
  'portal.edition.published': 'Veröffentlicht am {date} von {by}.',
  'portal.edition.unknownPublisher': 'einer nicht erfassten Person',
  'portal.edition.reserved': 'Veröffentlichung gestartet am {at}.',
  'portal.edition.counts':
    '{reports} von {members} Mitgliedern haben berichtet; {files, plural, one {# Datei} other {# Dateien}}, insgesamt {size}.',
  'portal.edition.zip': 'Ausgabe {number} als eine ZIP-Datei herunterladen',
  'portal.edition.changesFirstHeading': 'Was sich geändert hat',
  'portal.edition.changesHeading': 'Was sich seit Ausgabe {previous} geändert hat',
  'portal.edition.first': 'Dies ist die erste Ausgabe für {year}.',
  'portal.edition.added': 'Hinzugekommene Mitglieder: {list}.',
  'portal.edition.updated': 'Mitglieder mit neuen Daten: {list}.',
  'portal.edition.removed': 'Nicht mehr enthaltene Mitglieder: {list}.',
  'portal.edition.filesChanged': 'Dateien: {added} hinzugefügt, {changed} geändert, {removed} entfernt.',
  'portal.edition.missing': 'Nicht in dieser Ausgabe enthaltene Mitglieder: {list}.',
  'portal.edition.missingNone': 'Alle Mitglieder des Jahres sind in dieser Ausgabe enthalten.',
  'portal.edition.filesHeading': 'Dateien',
  'portal.edition.group.reports': 'Berichte',
  'portal.edition.group.openData': 'Offene Daten',
  'portal.edition.group.validation': 'Prüfprotokolle',
  'portal.edition.group.other': 'Weitere Dateien',
  'portal.edition.caption': '{group} der Ausgabe {number}',
  'portal.edition.file': 'Datei',
  'portal.edition.size': 'Größe',
  'portal.edition.sha256': 'SHA-256',
  'portal.edition.manifest': 'Das Manifest der Ausgabe (manifest.json)',

  // ---------- template: data validation, last year's values (h6)
  // (keys of this part go here)
  'template.column.previous': 'Vorjahreswert',
  'template.previous.note':
    'Der für {year} angenommene Wert, zum Vergleich. Diese Spalte wird beim Hochladen der Datei nicht gelesen.',
  'template.previous.none': 'Für {year} wurde kein Wert angenommen.',
  'template.intro.required':
    'Spalten, deren Überschrift mit * endet (dunkelorange), müssen in jeder verwendeten Zeile ausgefüllt werden; die übrigen Spalten sind freiwillig.',
  'template.intro.previous':
    'Die Spalte „{column}“ zeigt zum Vergleich den im Vorjahr angenommenen Wert, falls es einen gibt: sie wird nicht eingelesen.',
  'template.intro.checks':
    'Wertzellen nehmen nur an, was ihre Einheit erlaubt (eine negative Anzahl oder Text in einer Zahl wird abgelehnt): Erläuterungen gehören in die Spalte {notes}.',
  'template.rule.count': 'Eine ganze Zahl, 0 oder mehr, zum Beispiel 120.',
  'template.rule.percent': 'Eine Zahl von 0 bis 100, zum Beispiel 90,5, ohne das %-Zeichen.',
  'template.rule.score': 'Eine ganze Zahl von {min} bis {max}.',
  'template.rule.decimal': 'Eine Zahl, 0 oder mehr; Dezimalstellen sind erlaubt, zum Beispiel 2,5.',
  'template.rule.yesNo': 'Wählen Sie {yes} oder {no} aus der Liste.',
  'template.rule.more':
    'Lassen Sie die Zelle leer, wenn Sie keine Zahl haben; schreiben Sie Erläuterungen in die Spalte {notes}.',
  'template.rule.title': 'Nicht angenommen',
  'template.prompt.estimate':
    'Wählen Sie {yes}, wenn die Zahl geschätzt ist, und erläutern Sie das Wie unter {notes}.',
  'template.prompt.target': 'Wählen Sie das Ziel dieser Maßnahme aus der Liste.',
  'template.prompt.goal':
    'Wählen Sie ein operatives Ziel des in der Spalte {target} gewählten Ziels: die Liste zeigt nur dessen operative Ziele.',
  'template.prompt.kind': '{baseline}: bereits unternommen. {commitment}: noch zu unternehmen.',
  'template.prompt.status': 'Wählen Sie, wo die Maßnahme am Ende des Berichtsjahres steht.',
  'template.error.goal':
    'Wählen Sie ein operatives Ziel des Ziels in der Spalte {target} ({goals}), oder lassen Sie die Zelle leer.',
};

export const deFramework: FrameworkText = {
  targets: {
    1: {
      title:
        'Verstärkung der Bemühungen, Opfer zu identifizieren und sicherzustellen, dass sie die notwendige Hilfe, Unterstützung und den notwendigen Schutz erhalten.',
      short: 'Opfer',
    },
    2: {
      title:
        'Verstärkung der Bemühungen, Fälle von sexuellem Missbrauch von Kindern im Internet zu untersuchen und die Täter zu identifizieren und strafrechtlich zu verfolgen.',
      short: 'Ermittlungen',
    },
    3: {
      title:
        'Verstärkung der Bemühungen, die Öffentlichkeit stärker für die Risiken der Online-Aktivitäten von Kindern zu sensibilisieren, einschließlich Kontaktanbahnung (Grooming) und Selbstherstellung von Bildern.',
      short: 'Sensibilisierung',
    },
    4: {
      title:
        'Weitestmögliche Verringerung der Verfügbarkeit von Kinderpornografie im Internet und weitestmögliche Verringerung der erneuten Viktimisierung von Kindern.',
      short: 'Verfügbarkeit',
    },
  },
  goals: {
    '1a': 'Die Zahl der identifizierten Opfer in der von INTERPOL verwalteten internationalen Datenbank zur sexuellen Ausbeutung von Kindern (ICSE) jährlich um mindestens 10 % erhöhen.',
    '2a': 'Den notwendigen Rahmen für die Strafbarkeit des sexuellen Missbrauchs von Kindern im Internet und die wirksame Strafverfolgung der Täter schaffen.',
    '2b': 'Die gemeinsamen Anstrengungen der Strafverfolgungsbehörden der Länder der Globalen Allianz verbessern, sexuellen Missbrauch von Kindern im Internet zu untersuchen und zu verfolgen.',
    '3a': 'Geeignete Sensibilisierungskampagnen oder andere Maßnahmen entwickeln, verbessern oder unterstützen, die Eltern, Kinder und andere für Kinder verantwortliche Personen über die Risiken des Online-Verhaltens von Kindern und deren Verringerung aufklären.',
    '3b': 'Bewährte Verfahren für wirksame Strategien zur Information der Öffentlichkeit über diese Risiken zwischen den Ländern der Globalen Allianz austauschen.',
    '4a': 'Die Beteiligung der Privatwirtschaft an der Identifizierung und Entfernung bekannter Darstellungen sexuellen Kindesmissbrauchs, die sich im jeweiligen Staat befinden, fördern.',
    '4b': 'Die Verfahren zur Meldung und Entfernung so weit wie möglich beschleunigen, ohne strafrechtliche Ermittlungen zu gefährden.',
  },
  indicators: {
    'T1.1': {
      name: 'Anschluss an die ICSE-Datenbank von INTERPOL',
      guidance:
        'Ja, wenn Ihre Strafverfolgungsbehörden am Jahresende einen funktionierenden Anschluss an ICSE hatten.',
    },
    'T1.2': {
      name: 'Im Laufe des Jahres identifizierte Opfer',
      guidance:
        'Kinder, die im Berichtsjahr als Opfer von Darstellungen sexuellen Kindesmissbrauchs identifiziert wurden.',
    },
    'T1.3': {
      name: 'Vom Land in ICSE eingebrachte identifizierte Opfer, kumuliert',
      guidance:
        'Gesamtzahl der identifizierten Opfer, die Ihr Land bis zum Jahresende in ICSE eingebracht hat.',
    },
    'T1.4': {
      name: 'Zuwachs von T1.3 gegenüber dem Vorjahr (berechnet)',
      guidance: 'Berechnet aus T1.3 dieses und des vorigen Jahres. Lassen Sie die Zelle leer.',
    },
    'T1.5': {
      name: 'An Unterstützungsdienste verwiesene identifizierte Opfer',
      guidance:
        'Anteil der in diesem Jahr identifizierten Opfer, die an Unterstützungsdienste verwiesen wurden (0 bis 100).',
    },
    'T1.6': {
      name: 'Spezialisiertes Personal für die Opferidentifizierung',
      guidance:
        'Vollzeitäquivalente, die am Jahresende an der Opferidentifizierung arbeiteten (Dezimalstellen erlaubt).',
    },
    'T2.1': {
      name: 'Rechtliche Abdeckung: wie viele von Besitz, Betrachten, Verbreitung, Herstellung, Kontaktanbahnung (Grooming) und Live-Streaming unter Strafe stehen',
      guidance: 'Eine ganze Zahl von 0 bis 6: wie viele der sechs Handlungen Ihr Recht unter Strafe stellt.',
    },
    'T2.2': {
      name: 'Eingeleitete Ermittlungsverfahren',
      guidance:
        'Im Laufe des Jahres eingeleitete Ermittlungsverfahren wegen sexuellen Missbrauchs von Kindern im Internet.',
    },
    'T2.3': {
      name: 'Strafrechtlich verfolgte Täter',
      guidance:
        'Im Laufe des Jahres wegen sexuellen Missbrauchs von Kindern im Internet strafrechtlich verfolgte Täter.',
    },
    'T2.4': {
      name: 'Verurteilte Täter',
      guidance:
        'Im Laufe des Jahres verurteilte Täter. In der Regel nicht mehr als die strafrechtlich verfolgten.',
    },
    'T2.5': {
      name: 'Beteiligung an internationalen gemeinsamen Operationen',
      guidance:
        'Gemeinsame Operationen mit Strafverfolgungsbehörden anderer Länder, an denen Sie im Laufe des Jahres beteiligt waren.',
    },
    'T3.1': {
      name: 'Durchgeführte nationale Sensibilisierungskampagnen',
      guidance:
        'Im Laufe des Jahres durchgeführte nationale Kampagnen zur Sensibilisierung der Öffentlichkeit für die Risiken der Online-Aktivitäten von Kindern.',
    },
    'T3.2': {
      name: 'Reichweite der Kampagnen, Anteil der Zielgruppe',
      guidance: 'Anteil der Zielgruppe der Kampagnen, den sie erreicht haben (0 bis 100).',
    },
    'T3.3': {
      name: 'Schulen mit einem Lehrplan zur Online-Sicherheit',
      guidance: 'Anteil der Schulen, die einen Lehrplan zur Online-Sicherheit unterrichten (0 bis 100).',
    },
    'T3.4': {
      name: 'Mit Partnern der Allianz geteilte bewährte Verfahren',
      guidance:
        'Bewährte Verfahren, die Ihr Land im Laufe des Jahres mit anderen Mitgliedern der Allianz geteilt hat.',
    },
    'T4.1': {
      name: 'Nationale Meldestelle ist Mitglied von INHOPE',
      guidance: 'Ja, wenn Ihre nationale Meldestelle am Jahresende Mitglied von INHOPE war.',
    },
    'T4.2': {
      name: 'Bei der Meldestelle eingegangene Meldungen von Darstellungen sexuellen Kindesmissbrauchs',
      guidance:
        'Meldungen von Darstellungen sexuellen Kindesmissbrauchs, die bei der Meldestelle im Laufe des Jahres eingegangen sind.',
    },
    'T4.3': {
      name: 'Im Inland gehostete Darstellungen sexuellen Kindesmissbrauchs, binnen 3 Arbeitstagen nach Meldung entfernt',
      guidance:
        'Anteil des in Ihrem Land gehosteten Materials, das binnen 3 Arbeitstagen nach der Meldung entfernt wurde (0 bis 100).',
    },
    'T4.4': {
      name: 'Median der Zeit von der Meldung bis zur Entfernung',
      guidance: 'Median der Zahl der Tage von der Meldung bis zur Entfernung (Dezimalstellen erlaubt).',
    },
    'T4.5': {
      name: 'Binnen 1 Tag an die Polizei weitergeleitete bestätigte Meldungen',
      guidance:
        'Anteil der bestätigten Meldungen, die binnen eines Tages an die Polizei weitergeleitet wurden (0 bis 100).',
    },
    'T4.6': {
      name: 'Unternehmen, die sich an proaktiver Erkennung oder an Melde- und Entfernungsverfahren beteiligen',
      guidance:
        'Unternehmen in Ihrem Land, die sich an proaktiver Erkennung oder an Melde- und Entfernungsverfahren beteiligen.',
    },
  },
};
