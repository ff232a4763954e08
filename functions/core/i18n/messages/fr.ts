/**
 * Français. Traduction de l'anglais (en.ts), à faire relire par une personne de langue
 * maternelle française avant usage (docs/translations.md). Termes : « matériel d'abus
 * sexuels sur enfants » comme les textes récents de la Commission ; le titre de 2012 de
 * l'objectif 4 garde « pédopornographie » (directive 2011/93/UE).
 */
import type { FrameworkText } from '../framework-text.js';
import type { MessageKey } from './en.js';

export const fr: { readonly [K in MessageKey]?: string } = {
  'issue.NO_TABLE_FOUND.message': 'Aucun tableau Indicateurs ou Actions n’a été trouvé dans ce fichier.',
  'issue.NO_TABLE_FOUND.hint':
    'Gardez la ligne d’en-tête du modèle (Indicateur, Valeur, ... ou Référence, Objectif, Titre, ...) au-dessus de vos chiffres, ou téléchargez à nouveau le modèle et copiez-y vos chiffres.',
  'issue.TABLE_EMPTY.message': 'Le tableau {table} a une ligne d’en-tête mais aucune ligne en dessous.',
  'issue.TABLE_EMPTY.hint':
    'Saisissez vos chiffres ou vos actions dans les lignes sous la ligne d’en-tête et envoyez le fichier à nouveau. Si vous vouliez garder ce que vous avez envoyé auparavant, il est inutile d’envoyer ce fichier.',
  'issue.TABLE_EMPTY_SKIPPED.message':
    'Le tableau {table} n’a aucune ligne ; il a donc été laissé de côté : ce que vous avez envoyé auparavant pour ce tableau (le cas échéant) reste valable.',
  'issue.TABLE_EMPTY_SKIPPED.hint':
    'Aucune action n’est nécessaire. Pour le remplacer, remplissez le tableau {table} et envoyez le fichier à nouveau.',
  'issue.SHEET_HIDDEN.message':
    'La feuille « {sheet} » est masquée, mais elle contient {role} : son contenu a été lu et compte.',
  'issue.SHEET_HIDDEN.hint':
    'Si cette feuille est une ancienne copie, supprimez-la et envoyez le fichier à nouveau ; sinon, vous pouvez l’afficher.',
  'issue.COUNTRY_MISSING.message': 'La page de garde n’indique pas à quel pays ce rapport se rapporte.',
  'issue.COUNTRY_MISSING.hint':
    'Saisissez le nom de votre pays (par exemple {expected}) à côté de « Pays » sur la feuille Page de garde.',
  'issue.COUNTRY_UNKNOWN.message': '« {value} » n’est pas un pays membre que nous reconnaissons.',
  'issue.COUNTRY_UNKNOWN.hint':
    'Saisissez le nom anglais du pays ou son code à deux lettres, par exemple {expected}.',
  'issue.COUNTRY_MISMATCH.message': 'Le fichier concerne {found}, mais il a été envoyé pour {expected}.',
  'issue.COUNTRY_MISMATCH.hint':
    'Envoyez-le pour {found}, ou corrigez le pays dans le fichier s’il concerne réellement {expected}.',
  'issue.YEAR_MISSING.message': 'La page de garde n’indique pas à quelle année ce rapport se rapporte.',
  'issue.YEAR_MISSING.hint':
    'Saisissez l’année de référence en quatre chiffres, par exemple {expected}, à côté de « Année de référence » sur la feuille Page de garde.',
  'issue.YEAR_INVALID.message':
    '« {value} » n’est pas une année de référence : une année de référence est une année à quatre chiffres de {first} à {last}.',
  'issue.YEAR_INVALID.hint': 'Saisissez l’année en quatre chiffres, par exemple {expected}.',
  'issue.YEAR_MISMATCH.message': 'Le fichier concerne {found}, mais il a été envoyé pour l’année {expected}.',
  'issue.YEAR_MISMATCH.hint':
    'Envoyez-le pour {found}, ou corrigez l’année dans le fichier s’il concerne réellement {expected}.',
  'issue.COVER_DATE_INVALID.message':
    'La date de la page de garde, « {value} », n’est pas une date que nous savons lire ; elle a donc été laissée de côté.',
  'issue.COVER_DATE_INVALID.hint': 'Saisissez la date sous la forme 2014-03-01 (année, mois, jour).',
  'issue.COLUMN_MISSING.message': 'Le tableau {table} n’a pas de colonne « {column} ».',
  'issue.COLUMN_MISSING.hint':
    'Ajoutez une colonne intitulée « {column} » à la ligne d’en-tête (ligne {row}), ou téléchargez à nouveau le modèle et copiez-y vos chiffres.',
  'issue.COLUMN_DUPLICATE.message': 'Le tableau {table} a deux colonnes « {column} » ({first} et {second}).',
  'issue.COLUMN_DUPLICATE.hint':
    'Supprimez ou renommez l’une des deux colonnes, afin qu’une seule contienne : {column}.',
  'issue.COLUMN_IGNORED.message':
    'La colonne « {value} » ne fait pas partie du tableau {table} ; elle n’a pas été prise en compte.',
  'issue.COLUMN_IGNORED.hint':
    'Si elle contient une information utile au rapport, placez-la dans la colonne Remarques ; sinon, vous pouvez la laisser ou la supprimer.',
  'issue.INDICATOR_MISSING.message': 'Cette ligne a une valeur mais pas d’indicateur.',
  'issue.INDICATOR_MISSING.hint':
    'Saisissez le code de l’indicateur (par exemple T1.2) dans la colonne Indicateur, ou supprimez la ligne.',
  'issue.INDICATOR_UNKNOWN.message': '« {value} » n’est pas un indicateur du cadre.',
  'issue.INDICATOR_UNKNOWN.hint':
    'Utilisez un code d’indicateur du modèle, par exemple T1.2, ou son nom exact.',
  'issue.INDICATOR_DUPLICATE.message':
    'L’indicateur {indicator} figure deux fois avec des valeurs différentes : {first} (ligne {firstRow}) et {second}.',
  'issue.INDICATOR_DUPLICATE.hint':
    'Gardez une seule ligne pour cet indicateur, avec la bonne valeur, et supprimez l’autre.',
  'issue.INDICATOR_DUPLICATE_SAME_VALUE.message':
    'L’indicateur {indicator} figure deux fois (également à la ligne {firstRow}), avec la même valeur.',
  'issue.INDICATOR_DUPLICATE_SAME_VALUE.hint': 'Supprimez l’une des deux lignes.',
  'issue.INDICATOR_NO_DATA.message': 'L’indicateur {indicator} n’a pas de valeur.',
  'issue.INDICATOR_NO_DATA.hint':
    'Saisissez le chiffre si vous le connaissez ; ne laissez la cellule vide que si vous n’avez pas de donnée.',
  'issue.DERIVED_INDICATOR_IGNORED.message':
    'L’indicateur {indicator} est calculé à partir des chiffres de cette année et de l’année précédente ; la valeur saisie n’a donc pas été prise en compte.',
  'issue.DERIVED_INDICATOR_IGNORED.hint': 'Laissez cette cellule vide ; indiquez plutôt {from}.',
  'issue.VALUE_NOT_A_NUMBER.message':
    'La valeur de l’indicateur {indicator} doit être {expected}, mais la cellule contient « {value} ».',
  'issue.VALUE_NOT_A_NUMBER.hint': '{example}',
  'issue.VALUE_NEGATIVE.message':
    'La valeur de l’indicateur {indicator} ne peut pas être négative ({value}).',
  'issue.VALUE_NEGATIVE.hint': '{example}',
  'issue.VALUE_NOT_WHOLE.message':
    'La valeur de l’indicateur {indicator} doit être un nombre entier, mais elle est de {value}.',
  'issue.VALUE_NOT_WHOLE.hint': '{example} Si 1.234 signifie mille deux cent trente-quatre, saisissez 1234.',
  'issue.VALUE_OUT_OF_RANGE.message':
    'La valeur de l’indicateur {indicator} doit être {expected}, mais elle est de {value}.',
  'issue.VALUE_OUT_OF_RANGE.hint': '{example}',
  'issue.VALUE_NOT_YES_NO.message': '{field} doit être oui ou non, mais la cellule contient « {value} ».',
  'issue.VALUE_NOT_YES_NO.hint': 'Saisissez oui ou non, ou laissez la cellule vide si vous ne savez pas.',
  'issue.VALUE_ESTIMATE.message':
    'La valeur de l’indicateur {indicator}, « {value} », a été lue comme {number, number} et marquée comme estimation.',
  'issue.VALUE_ESTIMATE.hint':
    'Si c’est exact, rien à faire. La prochaine fois, saisissez le nombre seul et choisissez oui dans la colonne Estimation.',
  'issue.UNIT_MISMATCH.message':
    'L’indicateur {indicator} se mesure en {expected}, mais l’unité indiquée est « {value} ».',
  'issue.UNIT_MISMATCH.hint':
    'Indiquez le chiffre en {expected} et corrigez la cellule Unité (ou laissez-la vide).',
  'issue.UNIT_CONVERTED.message':
    'L’indicateur {indicator} a été indiqué en {from} ({value}) et converti en {number, number} {to}.',
  'issue.UNIT_CONVERTED.hint': 'Vérifiez le chiffre converti. La prochaine fois, indiquez-le en {to}.',
  'issue.CONVICTED_ABOVE_PROSECUTED.message':
    'Le nombre d’auteurs condamnés (T2.4), {convicted, number}, dépasse celui des auteurs poursuivis (T2.3), {prosecuted, number}.',
  'issue.CONVICTED_ABOVE_PROSECUTED.hint':
    'Vérifiez les deux chiffres. Si les condamnations portent aussi sur des affaires poursuivies les années précédentes, indiquez-le dans les Remarques.',
  'issue.CHANGE_OVER_50_PERCENT.message':
    'L’indicateur {indicator} est passé de {previous, number} l’an dernier à {current, number} cette année ({change}).',
  'issue.CHANGE_OVER_50_PERCENT.hint':
    'Vérifiez le chiffre. S’il est exact, un mot d’explication dans les Remarques aidera les lecteurs du rapport.',
  'issue.TEXT_LOOKS_LIKE_FORMULA.message':
    '{field} commence par « {first} », qu’un tableur pourrait exécuter comme une formule. Il a été gardé comme texte.',
  'issue.TEXT_LOOKS_LIKE_FORMULA.hint':
    'S’il s’agit bien de texte, rien à faire ; vous pouvez aussi le faire commencer par une lettre ou un mot.',
  'issue.TARGET_UNKNOWN.message': '« {value} » n’est pas l’un des quatre objectifs politiques.',
  'issue.TARGET_UNKNOWN.hint':
    'Saisissez le numéro de l’objectif (1, 2, 3 ou 4) ou son nom court : Victimes, Enquêtes, Sensibilisation, Disponibilité.',
  'issue.ACTION_TARGET_MISSING.message': 'L’action {ref} n’a pas d’objectif politique.',
  'issue.ACTION_TARGET_MISSING.hint':
    'Saisissez le numéro de l’objectif (1, 2, 3 ou 4) ou son nom court dans la colonne Objectif.',
  'issue.ACTION_GOAL_UNKNOWN.message': '« {value} » n’est pas un objectif opérationnel de {target}.',
  'issue.ACTION_GOAL_UNKNOWN.hint': 'Utilisez l’un des objectifs {goals}, ou laissez la cellule vide.',
  'issue.ACTION_REF_MISSING.message': 'L’action « {title} » n’a pas de référence.',
  'issue.ACTION_REF_MISSING.hint':
    'Donnez à chaque action une courte référence qui reste la même d’une année à l’autre, par exemple FR-1-01.',
  'issue.ACTION_REF_DUPLICATE.message':
    'La référence « {value} » est utilisée deux fois (également à la ligne {firstRow}).',
  'issue.ACTION_REF_DUPLICATE.hint':
    'Donnez à chaque action sa propre référence. Si les deux lignes décrivent la même action, n’en gardez qu’une.',
  'issue.ACTION_TITLE_MISSING.message': 'L’action {ref} n’a pas de titre.',
  'issue.ACTION_TITLE_MISSING.hint': 'Saisissez un titre court qui dit en quoi consiste l’action.',
  'issue.ACTION_KIND_MISSING.message': 'L’action {ref} n’a pas de nature.',
  'issue.ACTION_KIND_MISSING.hint':
    'Saisissez existant (action déjà entreprise) ou engagement (action à entreprendre).',
  'issue.ACTION_KIND_UNKNOWN.message':
    'La nature de l’action {ref}, « {value} », n’est ni existant ni engagement.',
  'issue.ACTION_KIND_UNKNOWN.hint':
    'Saisissez existant (action déjà entreprise) ou engagement (action à entreprendre).',
  'issue.ACTION_STATUS_MISSING.message': 'L’action {ref} n’a pas de statut.',
  'issue.ACTION_STATUS_MISSING.hint':
    'Saisissez l’un des statuts suivants : prévu, en cours, terminé, abandonné.',
  'issue.ACTION_STATUS_UNKNOWN.message':
    'Le statut de l’action {ref}, « {value} », n’est pas un statut connu.',
  'issue.ACTION_STATUS_UNKNOWN.hint':
    'Saisissez l’un des statuts suivants : prévu, en cours, terminé, abandonné.',
  'issue.ACTION_DATE_INVALID.message':
    'La date de {field} de l’action {ref}, « {value} », n’est pas une date que nous savons lire.',
  'issue.ACTION_DATE_INVALID.hint':
    'Saisissez une date sous la forme 2014-03-01, un mois sous la forme 2014-03, un trimestre sous la forme Q3 2014, ou une année sous la forme 2014.',
  'issue.DATE_AMBIGUOUS.message':
    'La date de {field} de l’action {ref}, « {value} », a été lue avec le jour en premier, soit le {date}.',
  'issue.DATE_AMBIGUOUS.hint':
    'Si le mois vient en premier, corrigez-la. Écrire les dates sous la forme 2014-03-01 (année, mois, jour) lève le doute.',
  'issue.ACTION_END_BEFORE_START.message': 'L’action {ref} se termine ({end}) avant de commencer ({start}).',
  'issue.ACTION_END_BEFORE_START.hint':
    'Vérifiez les dates de début et de fin ; le jour et le mois de l’une d’elles ont peut-être été inversés.',
  'issue.RULE_FAILED.message': 'La vérification « {rule} » n’a pas pu être menée à bien sur ce fichier.',
  'issue.RULE_FAILED.hint':
    'Envoyez le fichier à nouveau plus tard. Si le problème se reproduit, contactez le secrétariat de l’Alliance.',

  // ---------- les problèmes de lecture du fichier (functions/core/read/codes.ts)
  'issue.FILE_EMPTY.message': 'Le fichier est vide (0 octet).',
  'issue.FILE_EMPTY.hint':
    'Vérifiez que vous avez choisi le bon fichier et qu’il a été entièrement enregistré avant l’envoi.',
  'issue.FILE_TOO_LARGE.message':
    'Le fichier fait {size, number} Mo, au-delà de la limite de {max, number} Mo.',
  'issue.FILE_TOO_LARGE.hint':
    'Supprimez les images, les feuilles inutilisées et tout autre contenu qui ne fait pas partie du rapport, enregistrez, puis envoyez le fichier à nouveau.',
  'issue.ARCHIVE_TOO_LARGE.message':
    'Une fois décompressé, le classeur dépasse la limite de {max, number} Mo.',
  'issue.ARCHIVE_TOO_LARGE.hint':
    'Supprimez les images, les feuilles inutilisées et les très grandes plages de cellules vides mises en forme, enregistrez, puis envoyez le fichier à nouveau.',
  'issue.FILE_CORRUPT.message':
    'Le fichier n’a pas pu être lu : il semble endommagé ou incomplet ({detail}).',
  'issue.FILE_CORRUPT.hint':
    'Ouvrez le fichier dans votre tableur ; s’il s’ouvre, enregistrez-le à nouveau au format Classeur Excel (.xlsx) et envoyez cette copie.',
  'issue.FILE_ENCRYPTED.message':
    'Le classeur est protégé par un mot de passe ; il ne peut donc pas être lu.',
  'issue.FILE_ENCRYPTED.hint':
    'Ouvrez le fichier, retirez le mot de passe (Fichier > Informations > Protéger le classeur dans Excel), enregistrez-le au format Classeur Excel (.xlsx) et envoyez-le à nouveau.',
  'issue.FILE_LEGACY_XLS.message': 'Le fichier est {what}, un ancien format qui n’est pas accepté.',
  'issue.FILE_LEGACY_XLS.hint':
    'Ouvrez le fichier dans votre tableur, enregistrez-le au format Classeur Excel (.xlsx) et envoyez-le à nouveau.',
  'issue.FILE_UNSUPPORTED.message': 'Le fichier est {what}, et non un classeur.',
  'issue.FILE_UNSUPPORTED.hint':
    'Envoyez le rapport sous forme de classeur Excel (.xlsx), de feuille de calcul OpenDocument (.ods) ou de fichier CSV.',
  'issue.FILE_HAS_MACROS.message':
    'Le classeur contient des macros. Elles n’ont pas été exécutées ; seules les valeurs des cellules ont été lues.',
  'issue.FILE_HAS_MACROS.hint':
    'Aucune action n’est nécessaire. Pour éviter cet avertissement, enregistrez le fichier au format Classeur Excel (.xlsx) plutôt qu’en classeur prenant en charge les macros.',
  'issue.EXTERNAL_LINKS_IGNORED.message':
    'Le classeur contient des liaisons vers d’autres fichiers. Elles n’ont pas été suivies ; les valeurs enregistrées en dernier dans les cellules ont été utilisées.',
  'issue.EXTERNAL_LINKS_IGNORED.hint':
    'Vérifiez que les valeurs liées étaient à jour lors de l’enregistrement. Pour éviter cet avertissement, copiez les valeurs et supprimez les liaisons (Données > Modifier les liens > Rompre la liaison dans Excel).',
  'issue.XML_DOCTYPE_REFUSED.message':
    'Le classeur contient une déclaration de type de document, qui n’est pas acceptée pour des raisons de sécurité.',
  'issue.XML_DOCTYPE_REFUSED.hint':
    'Ouvrez le fichier dans LibreOffice ou Excel, enregistrez-le à nouveau au format Classeur Excel (.xlsx) et envoyez cette copie.',
  'issue.TOO_MANY_ROWS.message': 'La feuille « {sheet} » a plus de {max, number} lignes remplies.',
  'issue.TOO_MANY_ROWS.hint':
    'Ne gardez dans le fichier que les tableaux du rapport : supprimez les lignes ou les feuilles sans rapport, enregistrez, puis envoyez le fichier à nouveau.',
  'issue.TOO_MANY_COLUMNS.message':
    'La feuille « {sheet} » a du contenu au-delà de la colonne {max, number}.',
  'issue.TOO_MANY_COLUMNS.hint':
    'Supprimez les colonnes qui ne font pas partie du tableau du rapport, enregistrez, puis envoyez le fichier à nouveau.',
  'issue.FIELD_TOO_LARGE.message':
    '{kind, select, workbook {Une cellule de ce classeur contient environ {size, number} Mo de texte, bien au-delà de la limite de {max, number} caractères pour une cellule.} other {Cette cellule contient au moins {length, number} caractères, au-delà de la limite de {max, number}.}}',
  'issue.FIELD_TOO_LARGE.hint':
    '{kind, select, workbook {Trouvez la cellule qui contient ce très long texte (souvent collé par erreur), raccourcissez-le, enregistrez, puis envoyez le fichier à nouveau.} other {Raccourcissez le texte de cette cellule (une cellule de tableur contient au plus 32 767 caractères). Dans un fichier CSV, vérifiez que chaque guillemet ouvert est fermé.}}',
  'issue.CONTROL_CHARACTERS_REMOVED.message':
    'Cette cellule contenait des caractères de contrôle invisibles ; ils ont été supprimés.',
  'issue.CONTROL_CHARACTERS_REMOVED.hint':
    'Vérifiez que la valeur se lit comme vous l’entendiez. Ces caractères viennent souvent d’un texte copié depuis un autre programme.',
  'issue.CSV_QUOTE_NOT_CLOSED.message':
    'Un guillemet (") ouvert à la ligne {line} n’est jamais fermé : le reste du fichier serait lu comme une seule cellule.',
  'issue.CSV_QUOTE_NOT_CLOSED.hint':
    'Ouvrez le fichier dans un éditeur de texte, ajoutez le guillemet fermant qui manque (ou supprimez le guillemet de trop), enregistrez, puis envoyez le fichier à nouveau.',
  'issue.CSV_MALFORMED.message': 'Le fichier CSV n’a pas pu être lu vers la ligne {line} ({detail}).',
  'issue.CSV_MALFORMED.hint':
    'Ouvrez le fichier dans votre tableur, enregistrez-le à nouveau au format CSV (ou mieux, au format Classeur Excel .xlsx), puis envoyez-le à nouveau.',
  'issue.FILE_TOO_COMPLEX.message':
    '{kind, select, time {La lecture de ce fichier a dépassé la limite de {seconds, number} secondes ; elle a donc été interrompue.} other {La structure interne du classeur est imbriquée sur plus de {max, number} niveaux (au moins {depth, number}), bien au-delà de ce qu’écrit un tableur.}}',
  'issue.FILE_TOO_COMPLEX.hint':
    '{kind, select, time {Ne gardez dans le fichier que les tableaux du rapport : supprimez les autres feuilles, les textes très longs et les grandes plages de cellules vides mises en forme, enregistrez, puis envoyez le fichier à nouveau.} other {Ouvrez le fichier dans votre tableur, enregistrez-le à nouveau au format Classeur Excel (.xlsx) et envoyez cette copie. Si cela échoue aussi, copiez les tableaux du rapport dans le modèle.}}',
  'issue.FILE_NO_SHEETS.message': 'Le classeur ne contient aucune feuille lisible.',
  'issue.FILE_NO_SHEETS.hint':
    'Vérifiez que vous avez choisi le bon fichier ; enregistrez-le à nouveau au format Classeur Excel (.xlsx) et envoyez-le à nouveau.',

  'term.table.indicators': 'Indicateurs',
  'term.table.actions': 'Actions',
  'term.role.cover': 'la page de garde',
  'term.role.indicators': 'le tableau des indicateurs',
  'term.role.actions': 'le tableau des actions',
  'term.field.indicator': 'Indicateur',
  'term.field.name': 'Nom',
  'term.field.value': 'Valeur',
  'term.field.unit': 'Unité',
  'term.field.source': 'Source',
  'term.field.estimate': 'Estimation',
  'term.field.notes': 'Remarques',
  'term.field.country': 'Pays',
  'term.field.year': 'Année',
  'term.field.info': 'Définition',
  'term.field.ref': 'Référence',
  'term.field.target': 'Objectif',
  'term.field.goal': 'Objectif opérationnel',
  'term.field.title': 'Titre',
  'term.field.description': 'Description',
  'term.field.kind': 'Nature',
  'term.field.status': 'Statut',
  'term.field.start': 'Date de début',
  'term.field.end': 'Date de fin',
  'term.field.lead': 'Organisme responsable',
  'term.field.progress': 'État d’avancement',
  'term.date.start': 'début',
  'term.date.end': 'fin',
  'term.answerTo': 'La réponse à {indicator}',
  'term.estimateOf': 'L’estimation de {indicator}',
  'term.sourceOf': 'La source de {indicator}',
  'term.notesOn': 'Les remarques sur {indicator}',
  'term.action': 'l’action {ref}',
  'term.refOf': 'La référence de {action}',
  'term.titleOf': 'Le titre de {action}',
  'term.descriptionOf': 'La description de {action}',
  'term.leadOf': 'L’organisme responsable de {action}',
  'term.progressOf': 'L’état d’avancement de {action}',
  'term.onRow': 'de la ligne {row}',
  'term.target': 'l’objectif {id} ({name})',
  'term.anyTarget': 'aucun objectif',
  'term.exampleCountry': 'France ou FR',
  'term.unit.fraction': 'fraction de 1',
  'term.unit.percent': 'pourcentage',
  'term.unit.hours': 'heures',
  'term.unit.weeks': 'semaines',
  'term.unit.days': 'jours',
  'term.expected.count': 'un nombre entier, égal ou supérieur à 0',
  'term.expected.percent': 'un pourcentage de 0 à 100',
  'term.expected.score': 'un nombre entier de {min} à {max}',
  'term.expected.fte': 'un nombre d’équivalents temps plein (décimales admises)',
  'term.expected.days': 'un nombre de jours (décimales admises)',
  'term.expected.yes-no': 'oui ou non',
  'term.example.count':
    'Saisissez un nombre entier, par exemple 120, ou laissez la cellule vide si vous n’avez pas de donnée.',
  'term.example.percent':
    'Saisissez un nombre de 0 à 100, par exemple 90,5, ou laissez la cellule vide si vous n’avez pas de donnée.',
  'term.example.score':
    'Saisissez un nombre entier de {min} à {max}, ou laissez la cellule vide si vous n’avez pas de donnée.',
  'term.example.fte':
    'Saisissez un nombre, par exemple 12,5, ou laissez la cellule vide si vous n’avez pas de donnée.',
  'term.example.days':
    'Saisissez un nombre de jours, par exemple 2,5, ou laissez la cellule vide si vous n’avez pas de donnée.',
  'term.example.yes-no': 'Saisissez oui ou non, ou laissez la cellule vide si vous ne savez pas.',
  'term.example.dateCell':
    'La cellule est peut-être au format date : mettez-la au format nombre et saisissez à nouveau le chiffre.',
  'term.severity.error': 'Erreur',
  'term.severity.warning': 'Avertissement',
  'term.fileKind.png': 'une image PNG',
  'term.fileKind.pdf': 'un document PDF',
  'term.fileKind.jpeg': 'une image JPEG',
  'term.fileKind.gif': 'une image GIF',
  'term.fileKind.gzip': 'une archive gzip',
  'term.fileKind.7zip': 'une archive 7-Zip',
  'term.fileKind.rar': 'une archive RAR',
  'term.fileKind.rtf': 'un document RTF',
  'term.fileKind.html': 'une page web (HTML) enregistrée sous un nom de classeur',
  'term.fileKind.xml2003': 'une feuille de calcul XML Excel 2003',
  'term.fileKind.xls': 'un classeur Excel 97-2003 (.xls)',
  'term.fileKind.ole2': 'un ancien document Microsoft Office',
  'term.fileKind.binary': 'un fichier binaire',
  'term.fileKind.word': 'un document Word',
  'term.fileKind.powerpoint': 'une présentation PowerPoint',
  'term.fileKind.odt': 'un document texte OpenDocument',
  'term.fileKind.zip': 'une archive zip',
  'term.readDetail.endsEarly': 'le fichier s’arrête trop tôt',
  'term.readDetail.zipEndMissing': 'la fin de l’archive zip manque ; le fichier est peut-être tronqué',
  'term.readDetail.zip64Missing': 'un enregistrement zip64 manque',
  'term.readDetail.zip64Damaged': 'un enregistrement zip64 est endommagé',
  'term.readDetail.zipDirectoryDamaged': 'le répertoire de l’archive zip est endommagé',
  'term.readDetail.contentMissing': 'le contenu de la feuille de calcul manque',
  'term.readDetail.contentNotWellFormed': 'le contenu de la feuille de calcul est mal formé',
  'term.readDetail.workbookDamaged': 'le classeur qu’il contient est endommagé',
  'term.readDetail.unexpectedContent': 'contenu inattendu',

  'template.title': 'Rapport annuel de l’Alliance mondiale {year}',
  'template.sheet.instructions': 'Instructions',
  'template.sheet.cover': 'Page de garde',
  'template.sheet.indicators': 'Indicateurs',
  'template.sheet.actions': 'Actions',
  'template.column.indicator': 'Indicateur',
  'template.column.name': 'Nom',
  'template.column.info': 'Définition',
  'template.column.value': 'Valeur',
  'template.column.unit': 'Unité',
  'template.column.source': 'Source',
  'template.column.estimate': 'Estimation',
  'template.column.notes': 'Remarques',
  'template.column.ref': 'Référence',
  'template.column.target': 'Objectif',
  'template.column.goal': 'Objectif opérationnel',
  'template.column.title': 'Titre',
  'template.column.description': 'Description',
  'template.column.kind': 'Nature',
  'template.column.status': 'Statut',
  'template.column.start': 'Date de début',
  'template.column.end': 'Date de fin',
  'template.column.lead': 'Organisme responsable',
  'template.column.progress': 'État d’avancement',
  'template.cover.country': 'Pays',
  'template.cover.year': 'Année de référence',
  'template.cover.contactName': 'Nom du contact',
  'template.cover.organisation': 'Organisme',
  'template.cover.email': 'Courriel',
  'template.cover.date': 'Date',
  'template.word.yes': 'oui',
  'template.word.no': 'non',
  'template.kind.baseline': 'existant',
  'template.kind.commitment': 'engagement',
  'template.status.planned': 'prévu',
  'template.status.in-progress': 'en cours',
  'template.status.completed': 'terminé',
  'template.status.discontinued': 'abandonné',
  'template.unit.yes-no': 'oui/non',
  'template.unit.count': 'nombre',
  'template.unit.percent': 'pourcentage',
  'template.unit.score': 'score',
  'template.unit.fte': 'ETP',
  'template.unit.days': 'jours',
  'template.targetChoice': '{id} - {name}',
  'template.intro.title':
    'Alliance mondiale contre les abus sexuels commis contre des enfants via l’internet : rapport annuel {year}',
  'template.intro.forCountry': 'Ce classeur concerne {country}, année de référence {year}.',
  'template.intro.forYear':
    'Ce classeur concerne l’année de référence {year}. Saisissez le nom de votre pays sur la feuille Page de garde.',
  'template.intro.fillHeading': 'Ce qu’il faut remplir',
  'template.intro.fillCover':
    'Feuille Page de garde : votre pays, l’année de référence, votre nom, votre organisme, votre courriel et la date à laquelle vous l’avez remplie.',
  'template.intro.fillIndicators':
    'Feuille Indicateurs : un chiffre par ligne, dans la colonne Valeur. La colonne « Définition » indique ce que chaque chiffre recouvre.',
  'template.intro.fillActions':
    'Feuille Actions : une ligne par action que votre pays a menée ou s’est engagé à mener, sous l’un des quatre objectifs politiques.',
  'template.intro.fillPrevious':
    'Les lignes de l’an dernier gardent leur référence : mettez à jour leur statut et leur état d’avancement plutôt que de les ajouter à nouveau.',
  'template.intro.unitsHeading': 'Unités',
  'template.intro.units1':
    'Les nombres sont des nombres entiers, par exemple 120. Les pourcentages sont des nombres de 0 à 100, par exemple 90,5.',
  'template.intro.units2':
    'Questions oui/non : choisissez oui ou non dans la liste. Les effectifs sont exprimés en équivalents temps plein (décimales admises).',
  'template.intro.units3':
    'Les délais sont exprimés en jours (décimales admises). Si vous utilisez une autre unité, indiquez-la dans la colonne Unité.',
  'template.intro.units4':
    'La progression du nombre de victimes identifiées dans ICSE (T1.4) est calculée à partir de cette année et de l’année précédente : elle n’est pas demandée.',
  'template.intro.noDataHeading': 'Absence de donnée',
  'template.intro.noData':
    'Si vous n’avez pas de chiffre, laissez la cellule Valeur vide. Ne saisissez 0 que si le chiffre réel est zéro.',
  'template.intro.estimatesHeading': 'Estimations',
  'template.intro.estimates':
    'Si un chiffre est une estimation, choisissez oui dans la colonne Estimation et précisez dans Remarques comment il a été estimé.',
  'template.intro.actionsHeading': 'Actions',
  'template.intro.actionsTarget':
    'Objectif : choisissez l’un des quatre objectifs politiques. Objectif opérationnel : {goals} (voir la liste ci-dessous).',
  'template.intro.actionsKind':
    'Nature : existant (action déjà entreprise) ou engagement (action à entreprendre). Statut : prévu, en cours, terminé ou abandonné.',
  'template.intro.actionsDates':
    'Date de début et date de fin : une date telle que 2014-03-01, un mois, un trimestre tel que Q3 2014, ou une année.',
  'template.intro.personalHeading': 'Données personnelles',
  'template.intro.personal':
    'Votre nom et votre courriel sont conservés afin que la Commission européenne puisse vous contacter au sujet de ce rapport. Ils ne figurent jamais dans un rapport.',
  'template.intro.sendHeading': 'Où l’envoyer',
  'template.intro.send1':
    'Déposez le fichier rempli sur le portail de rapports de l’Alliance, pour votre pays et l’année {year}.',
  'template.intro.send2':
    'Vous recevez une réponse en quelques secondes : accepté, ou la liste de ce qu’il faut corriger et où. Vous pouvez envoyer le fichier à nouveau jusqu’à la publication.',
  'template.intro.targetsHeading': 'Les objectifs politiques et les objectifs opérationnels',
  'template.intro.target': 'Objectif {id} ({name}) : {title}',
  'template.intro.goal': '    Objectif opérationnel {id} : {text}',
  'template.intro.framework': 'Version du cadre {version}.',
  'template.validation.estimate':
    'Choisissez oui si le chiffre est une estimation, ou laissez la cellule vide.',
  'template.validation.yesNo': 'Choisissez oui ou non, ou laissez la cellule vide si vous ne savez pas.',
  'template.validation.choose': 'Choisissez l’une des valeurs suivantes : {values}.',

  'report.accepted': 'Accepté',
  'report.acceptedWithWarnings':
    'Accepté avec {warnings, plural, one {# avertissement} other {# avertissements}}',
  'report.rejected':
    'Refusé : {errors, plural, one {# erreur} other {# erreurs}}{warnings, plural, =0 {} one {, # avertissement} other {, # avertissements}} - rien n’a été enregistré',
  'report.file': 'Fichier : {file}',
  'report.wholeFile': 'Le fichier entier',
  'report.sheet': 'Feuille « {sheet} »',
  'report.rowColumn': 'Ligne {row}, colonne {column} : ',
  'report.row': 'Ligne {row} : ',
  'report.column': 'Colonne {column} : ',
  'report.found': ' Trouvé : « {value} ».',
  'report.fix': ' Correction : {hint}',
  'report.fixAndRetry':
    'Corrigez les erreurs ci-dessus et vérifiez à nouveau le fichier. Des avertissements seuls n’empêchent pas un envoi.',

  'annotate.sheet': 'Problèmes',
  'annotate.severity': 'Gravité',
  'annotate.sheetColumn': 'Feuille',
  'annotate.row': 'Ligne',
  'annotate.column': 'Colonne',
  'annotate.value': 'Valeur trouvée',
  'annotate.problem': 'Problème',
  'annotate.hint': 'Comment le corriger',
  'annotate.code': 'Code',
  'annotate.none': 'Aucun problème n’a été trouvé.',

  'portal.siteName':
    'Alliance mondiale contre les abus sexuels commis contre des enfants via l’internet – rapports',
  'portal.titleSuffix': '{title} – Rapports de l’Alliance mondiale',
  'portal.skipLink': 'Aller au contenu principal',
  'portal.account': 'Compte',
  'portal.signedInAs': 'Connecté en tant que {email}',
  'portal.staffMark': '(personnel)',
  'portal.signOut': 'Se déconnecter',
  'portal.language': 'Langue',
  'portal.sampleBannerStrong': 'Données d’exemple fictives.',
  'portal.sampleBanner':
    'Ce portail contient les envois de démonstration fournis : tous les chiffres sont inventés et ne décrivent aucun pays réel.',
  'portal.footer': 'Version du cadre de rapport {version}.',
  'portal.errorPrefix': 'Erreur : {title}',
  'portal.thereIsAProblem': 'Il y a un problème',
  'portal.dateTime': '{date}, {time} UTC',
  'portal.yearSwitch.label': 'Année de référence',
  'portal.yearSwitch.show': 'Afficher',
  'portal.status.not-submitted': 'Non envoyé',
  'portal.status.accepted': 'Accepté',
  'portal.status.accepted-with-warnings': 'Accepté avec des avertissements',
  'portal.status.rejected': 'Refusé',
  'portal.signin.title': 'Connexion',
  'portal.signin.email': 'Adresse électronique',
  'portal.signin.password': 'Mot de passe',
  'portal.signin.button': 'Se connecter',
  'portal.signin.missing': 'Saisissez votre adresse électronique et votre mot de passe.',
  'portal.signin.throttled': 'Trop de tentatives infructueuses. Attendez 15 minutes et réessayez.',
  'portal.signin.wrong': 'L’adresse électronique ou le mot de passe n’est pas correct.',
  'portal.country.title': '{country}, {year}',
  'portal.country.heading': '{country} : rapport {year}',
  'portal.country.backToOverview': 'Retour à la vue d’ensemble de l’année',
  'portal.country.glance': 'Cette année en bref',
  'portal.country.lastUpload': 'Dernier envoi : {file}, {date}.',
  'portal.country.pending':
    '{count, plural, one {# envoi est} other {# envois sont}} encore en cours de vérification.',
  'portal.country.refresh': 'Actualisez cette page',
  'portal.country.refreshAfter': 'dans quelques secondes.',
  'portal.country.draftHeading': 'Projet de rapport',
  'portal.country.draftPdf': 'Projet de rapport (PDF)',
  'portal.country.draftHtml': 'Projet de rapport (HTML)',
  'portal.country.noDraft':
    'Il n’y a pas encore de projet de rapport. Il est établi après l’acceptation d’un envoi.',
  'portal.country.templateHeading': '1. Télécharger le classeur',
  'portal.country.templateText': 'Le classeur pour {year}, avec votre pays déjà indiqué.',
  'portal.country.templateTextPrevious':
    'Le classeur pour {year}, avec votre pays déjà indiqué et les actions de l’an dernier déjà reprises.',
  'portal.country.templateLink': 'Télécharger le classeur {year} (XLSX)',
  'portal.country.templateLanguage': 'Ses feuilles, en-têtes et instructions sont en {language}.',
  'portal.country.uploadHeading': '2. Envoyer votre rapport',
  'portal.country.uploadText':
    'Un classeur Excel (.xlsx), une feuille de calcul OpenDocument (.ods) ou un fichier CSV, jusqu’à {megabytes} Mo. Vous recevez le résultat en quelques secondes.',
  'portal.country.fileLabel': 'Votre fichier',
  'portal.country.uploadButton': 'Envoyer et vérifier',
  'portal.country.historyHeading': 'Envois pour {year}',
  'portal.country.historyCaption': 'Tous les envois pour {year}, du plus récent au plus ancien',
  'portal.country.when': 'Date',
  'portal.country.file': 'Fichier',
  'portal.country.result': 'Résultat',
  'portal.country.errors': 'Erreurs',
  'portal.country.warnings': 'Avertissements',
  'portal.country.report': 'Rapport',
  'portal.country.accepted': 'Accepté',
  'portal.country.rejected': 'Refusé',
  'portal.country.validationReport': 'Rapport de validation',
  'portal.country.validationReportFor': 'pour {file}, {date}',
  'portal.country.noUpload': 'Aucun envoi pour {year} à ce jour.',
  'portal.country.chooseFile': 'Choisissez un fichier à envoyer.',
  'portal.country.fileTooLarge':
    'Le fichier dépasse {megabytes} Mo. Supprimez ce qui n’est pas nécessaire, ou enregistrez-le au format .xlsx, et envoyez-le à nouveau.',
  'portal.country.wrongType':
    'Le fichier doit être un classeur Excel (.xlsx), une feuille de calcul OpenDocument (.ods) ou un fichier CSV (.csv).',
  'portal.upload.titleAccepted': 'Accepté : {file}',
  'portal.upload.titleRejected': 'Refusé : {file}',
  'portal.upload.heading': 'Rapport de validation : {file}',
  'portal.upload.back': 'Retour à {country}, {year}',
  'portal.upload.accepted': 'Accepté',
  'portal.upload.acceptedWithWarnings':
    'Accepté avec {warnings, plural, one {# avertissement} other {# avertissements}}',
  'portal.upload.counts': 'Votre envoi du {date} compte pour {year}.',
  'portal.upload.warningsText':
    'Les avertissements ci-dessous ne l’empêchent pas ; vérifiez-les et envoyez le fichier à nouveau si quelque chose est inexact.',
  'portal.upload.rejected': 'Refusé : {errors, plural, one {# erreur} other {# erreurs}} à corriger',
  'portal.upload.rejectedText':
    'Rien de cet envoi n’a été conservé pour le rapport. Corrigez les erreurs ci-dessous et envoyez le fichier à nouveau.',
  'portal.upload.groupLink': '{sheet} : {count, plural, one {# problème} other {# problèmes}}',
  'portal.upload.annotatedLink': 'Télécharger les problèmes signalés dans un tableur (XLSX)',
  'portal.upload.annotatedText':
    ' : pour un classeur Excel, une copie de votre fichier où chaque cellule concernée est surlignée et commentée, et une feuille « Problèmes » qui les énumère tous.',
  'portal.upload.caption': 'Problèmes trouvés dans {sheet}',
  'portal.upload.severity': 'Gravité',
  'portal.upload.row': 'Ligne',
  'portal.upload.column': 'Colonne',
  'portal.upload.value': 'Valeur trouvée',
  'portal.upload.problem': 'Problème',
  'portal.upload.hint': 'Comment le corriger',
  'portal.upload.none': 'Aucun problème n’a été trouvé.',
  'portal.upload.wholeFile': 'Le fichier entier',
  'portal.pending.title': 'Vérification de votre envoi',
  'portal.pending.text':
    'Nous avons reçu {file} et le vérifions. Cette page se recharge d’elle-même toutes les quelques secondes ; vous pouvez aussi',
  'portal.pending.reload': 'la recharger maintenant',
  'portal.pending.yourFile': 'votre fichier',
  'portal.staff.title': 'L’année de référence {year}',
  'portal.staff.summary': 'Synthèse',
  'portal.staff.accepted': 'Acceptés : {count}',
  'portal.staff.warnings': 'Acceptés avec des avertissements : {count}',
  'portal.staff.rejected': 'Refusés : {count}',
  'portal.staff.none': 'Non envoyés : {count}',
  'portal.staff.draftsHeading': 'Projet consolidé et données ouvertes',
  'portal.staff.consolidatedPdf': 'Projet de rapport consolidé (PDF)',
  'portal.staff.consolidatedHtml': 'Projet de rapport consolidé (HTML)',
  'portal.staff.openData': 'Données ouvertes, projet ({file})',
  'portal.staff.noDraft':
    'Il n’y a pas encore de projet consolidé : il est établi après le premier envoi accepté de l’année.',
  'portal.staff.members': 'Membres',
  'portal.staff.caption':
    'Tous les membres pour {year} : statut, erreurs et avertissements du dernier envoi, date du dernier envoi',
  'portal.staff.country': 'Pays',
  'portal.staff.status': 'Statut',
  'portal.staff.errors': 'Erreurs',
  'portal.staff.warningsColumn': 'Avertissements',
  'portal.staff.lastUpload': 'Dernier envoi',
  'portal.staff.reports': 'Rapports',
  'portal.staff.draftOf': 'projet de {country}',
  'portal.staff.publication': 'Publication',
  'portal.staff.ready': 'L’année a été déclarée prête par {by} le {at}.',
  'portal.staff.publishLink': 'Déclarer {year} prête et publier',
  'portal.staff.editions': 'Éditions publiées',
  'portal.staff.edition': 'Édition {number}',
  'portal.staff.manifest': 'Manifeste de l’édition {number}',
  'portal.staff.noEdition': 'Rien n’a encore été publié pour {year}.',
  'portal.publish.title': 'Publier {year}',
  'portal.publish.titleRunning': 'Publication de {year}',
  'portal.publish.heading': 'Publier {year} ?',
  'portal.publish.started': 'La publication a commencé',
  'portal.publish.startedText':
    'Exécution {runId}. La nouvelle édition apparaît sur la page de l’année lorsqu’elle est terminée.',
  'portal.publish.backToOverview': 'Retour à la vue d’ensemble {year}',
  'portal.publish.explain':
    'Cette action déclare {year} prête et lance la publication : chaque envoi accepté est intégré à une nouvelle édition (édition {edition}). Une édition publiée n’est jamais modifiée ; une correction ultérieure donne lieu à une nouvelle édition.',
  'portal.publish.submitted': '{submitted} membres sur {total} ont un envoi accepté.',
  'portal.publish.confirm': 'Je confirme que {year} est prête à être publiée',
  'portal.publish.button': 'Publier {year}',
  'portal.publish.cancel': 'Annuler et revenir',
  'portal.publish.tick': 'Cochez la case pour confirmer que {year} est prête à être publiée.',
  'portal.message.startPage': 'Aller à votre page d’accueil',
  'portal.message.signInAgain': 'Se connecter à nouveau',
  'portal.message.failed.title': 'Une erreur s’est produite',
  'portal.message.failed.heading': 'Une erreur s’est produite de notre côté',
  'portal.message.failed.text':
    'Votre demande n’a pas pu aboutir. Rien n’a été perdu. Veuillez réessayer dans une minute ; si le problème persiste, prévenez l’équipe de la Commission.',
  'portal.message.signedOut.title': 'Déconnecté',
  'portal.message.signedOut.heading': 'Vous êtes déconnecté',
  'portal.message.signedOut.text':
    'Vous avez quitté le portail. Fermez cette fenêtre si vous partagez cet ordinateur.',
  'portal.message.callback.title': 'Connexion non aboutie',
  'portal.message.callback.heading': 'Vous n’êtes pas connecté',
  'portal.message.callback.no-sign-in':
    'La connexion a pris trop de temps ou a été commencée dans un autre navigateur. Veuillez vous connecter à nouveau.',
  'portal.message.callback.state':
    'La connexion n’a pas pu être rattachée à ce navigateur. Veuillez vous connecter à nouveau.',
  'portal.message.callback.denied': 'La connexion a été annulée. Veuillez vous connecter à nouveau.',
  'portal.message.callback.exchange': 'La connexion n’a pas pu aboutir. Veuillez vous connecter à nouveau.',
  'portal.message.callback.token':
    'La connexion n’a pas pu être confirmée. Veuillez vous connecter à nouveau.',
  'portal.message.callback.no-access':
    'Votre compte n’est pas encore rattaché à un pays ni à l’équipe de la Commission. Demandez à l’équipe de la Commission de vous ajouter au bon groupe, puis connectez-vous à nouveau.',
  'portal.message.forbidden.title': 'Accès non autorisé',
  'portal.message.forbidden.heading': 'Vous ne pouvez pas voir cette page',
  'portal.message.forbidden.text':
    'Cette page appartient à un autre pays ou au personnel de la Commission. Si vous pensez devoir y accéder, adressez-vous à l’équipe de la Commission.',
  'portal.message.notFound.title': 'Page introuvable',
  'portal.message.notFound.heading': 'Page introuvable',
  'portal.message.notFound.text':
    'Il n’y a rien à cette adresse. Elle n’a peut-être pas encore été créée (un projet de rapport apparaît après un envoi accepté).',
  'portal.message.csrf.title': 'Formulaire expiré',
  'portal.message.csrf.heading': 'Le formulaire a expiré',
  'portal.message.csrf.text':
    'Pour votre sécurité, le formulaire n’a pas pu être accepté. Revenez en arrière, rechargez la page et envoyez-le à nouveau.',

  // ---------- cycle: periods, late, changed since an edition, invalidation, re-validation (h1)
  // (keys of this part go here)
  'issue.UPLOAD_NOT_OPEN.message':
    'Les dépôts pour {year} ne sont pas encore ouverts : ils ouvrent le {opens} (date limite : {deadline}). Ce fichier, reçu le {received}, n’a pas été lu et ne change rien.',
  'issue.UPLOAD_NOT_OPEN.hint':
    'Déposez-le de nouveau à partir du {opens}. Si cela ne peut pas attendre, adressez-vous au personnel de la Commission (le secrétariat de l’Alliance).',
  'issue.UPLOAD_CLOSED.message':
    'Les dépôts pour {year} sont clos depuis le {closes} (la date limite était le {deadline}). Ce fichier, reçu le {received}, n’a pas été lu et ne change rien.',
  'issue.UPLOAD_CLOSED.hint':
    'Pour l’envoyer maintenant, demandez au personnel de la Commission (le secrétariat de l’Alliance) de rouvrir {year}.',
  'cycle.period.field.opens': 'Ouverture des dépôts',
  'cycle.period.field.deadline': 'Date limite',
  'cycle.period.field.closes': 'Clôture des dépôts',
  'cycle.period.problem.missing':
    '{field} : la date manque. Écrivez-la sous la forme AAAA-MM-JJ, par exemple {example}.',
  'cycle.period.problem.invalid':
    '{field} : « {value} » n’est pas une date du calendrier. Écrivez-la sous la forme AAAA-MM-JJ, par exemple {example}.',
  'cycle.period.problem.deadlineBeforeOpens':
    'La date limite ({deadline}) précède l’ouverture des dépôts ({opens}) : elle doit tomber le jour de l’ouverture ou après.',
  'cycle.period.problem.closesBeforeDeadline':
    'La clôture des dépôts ({closes}) précède la date limite ({deadline}) : elle doit tomber le jour de la date limite ou après.',
  'cycle.staff.link': 'Période de déclaration {year}',
  'cycle.staff.title': 'Période de déclaration {year}',
  'cycle.staff.heading': 'Période de déclaration pour {year}',
  'cycle.staff.explain':
    'Les dépôts sont acceptés du jour d’ouverture au jour de clôture, tous deux inclus. Un dépôt après la date limite est accepté et marqué en retard ; un dépôt avant l’ouverture ou après la clôture est refusé, avec ces dates. Les jours sont comptés en UTC.',
  'cycle.staff.none': 'Aucune période n’est fixée pour {year} : les dépôts sont acceptés à tout moment.',
  'cycle.staff.current':
    'Les dépôts ouvrent le {opens}, la date limite est le {deadline} et les dépôts ferment le {closes}.',
  'cycle.staff.setBy': 'Fixée par {by} le {at}.',
  'cycle.staff.formHeading': 'Fixer les dates',
  'cycle.staff.dateHint': 'Écrivez le jour sous la forme AAAA-MM-JJ, par exemple {example}.',
  'cycle.staff.button': 'Enregistrer la période {year}',
  'cycle.staff.saved': 'La période {year} est enregistrée.',
  'cycle.staff.unchanged': 'Ce sont déjà les dates de {year} : rien n’a été modifié.',
  'cycle.staff.historyHeading': 'Réglages précédents',
  'cycle.staff.historyCaption': 'Réglages précédents de la période {year}, du plus ancien au plus récent',
  'cycle.staff.setByColumn': 'Fixée par',
  'cycle.staff.setAtColumn': 'Quand',
  'cycle.staff.noHistory': 'Les dates n’ont pas changé depuis qu’elles ont été fixées.',
  'cycle.country.periodHeading': 'Période de déclaration',
  'cycle.country.periodDates':
    'Les dépôts ouvrent le {opens}. La date limite est le {deadline}. Les dépôts ferment le {closes}.',
  'cycle.country.periodLate':
    'La date limite est passée : un dépôt est encore accepté jusqu’au {closes}, et marqué en retard.',
  'cycle.country.late': 'en retard',
  'cycle.country.notOpen':
    'Les dépôts pour {year} ouvrent le {opens} (date limite : {deadline}). Si votre rapport ne peut pas attendre, adressez-vous au personnel de la Commission (le secrétariat de l’Alliance).',
  'cycle.country.closed':
    'Les dépôts pour {year} sont clos depuis le {closes}. Pour envoyer un rapport ou une correction maintenant, demandez au personnel de la Commission (le secrétariat de l’Alliance) de rouvrir l’année.',
  // invalidation and re-validation (h1, issue 13 point 5)
  'invalidation.notice.heading': 'Invalidé : cet envoi ne compte plus',
  'invalidation.notice.staff': 'Invalidé le {date} par {by} : {reason}',
  'invalidation.notice.country': 'Invalidé le {date} par la Commission : {reason}',
  'invalidation.notice.text':
    'Il reste dans l’historique de {year}. Le dernier envoi accepté qui n’est pas invalidé compte à sa place, s’il y en a un.',
  'invalidation.history.result': 'Invalidé',
  'invalidation.form.heading': 'Invalider cet envoi',
  'invalidation.form.text':
    'Réservé au personnel de la Commission. L’envoi reste dans l’historique avec votre motif, que le pays voit ; le dernier envoi accepté avant lui compte de nouveau et les projets de rapport sont refaits. Une invalidation ne peut pas être annulée : le pays peut envoyer de nouveau.',
  'invalidation.form.reasonLabel': 'Motif',
  'invalidation.form.reasonHint': '{max, number} caractères au plus.',
  'invalidation.form.button': 'Invalider l’envoi',
  'invalidation.error.REASON_MISSING': 'Indiquez un motif : le pays le voit avec l’envoi.',
  'invalidation.error.REASON_TOO_LONG': 'Le motif est trop long : {max, number} caractères au plus.',
  'invalidation.error.UPLOAD_NOT_ACCEPTED':
    'Cet envoi a été refusé : il n’a jamais compté, il n’y a donc rien à invalider.',
  'invalidation.error.ALREADY_INVALIDATED': 'Cet envoi a déjà été invalidé le {date} par {by}.',

  // ---------- mail: receipts, reminders, the e-mail texts (h2)
  // (keys of this part go here)
  // rappels et envoi des courriels (adaptateurs de courrier, remind) : clés reminder.*, mail.*
  'mail.sample.subject': '[Données d’exemple fictives] {subject}',
  'mail.sample.notice':
    'Ce message a été envoyé depuis un stockage contenant les données d’exemple fictives : aucun chiffre ni aucun nom qu’il contient n’est réel.',
  'mail.signature':
    'L’équipe de la Commission de l’Alliance mondiale contre les abus sexuels commis contre des enfants en ligne\n(Envoi automatique. Vous le recevez en tant que contact national ({country}).)',
  'reminder.before.subject': 'Rappel – {country} : le rapport {year} est attendu pour le {deadline}',
  'reminder.before.body':
    'Madame, Monsieur,\n\nLa Commission n’a pas encore reçu de rapport {year} accepté pour votre pays ({country}). La date limite est le {deadline}, {days, plural, =0 {aujourd’hui} one {dans # jour} other {dans # jours}}.\n\nVeuillez déposer votre classeur rempli sur le portail de rapport d’ici là.',
  'reminder.after.subject': 'En retard – {country} : le rapport {year} (date limite : {deadline})',
  'reminder.after.body':
    'Madame, Monsieur,\n\nLa date limite du rapport {year} de votre pays ({country}) était le {deadline}, il y a {days, plural, one {# jour} other {# jours}}, et la Commission n’a pas encore reçu de rapport accepté.\n\nLes dépôts sont encore acceptés jusqu’au {closes}. Veuillez déposer votre classeur rempli sur le portail de rapport ; si vous ne le pouvez pas, indiquez à l’équipe de la Commission quand l’attendre.',
  'reminder.portal': 'Le portail de rapport : {url}',
  'reminder.already':
    'Si vous venez de déposer le rapport, ou si une autre personne de votre pays s’en charge, vous pouvez ignorer ce message.',
  'reminder.kind.before': '{days, plural, one {# jour} other {# jours}} avant la date limite',
  'reminder.kind.after': '{days, plural, one {# jour} other {# jours}} après la date limite',
  'reminder.page.title': 'Rappels envoyés pour {year}',
  'reminder.page.intro':
    'Avant la date limite (21, 7 et 1 jours) et après celle-ci (tous les 7 jours, jusqu’à la clôture de l’année), les contacts nationaux des membres sans soumission acceptée reçoivent un rappel par courriel, chacun une seule fois. La tâche quotidienne et `alliance-reports remind` les envoient.',
  'reminder.page.period':
    'Période {year} : ouverture le {opens}, date limite le {deadline}, clôture le {closes}.',
  'reminder.page.noPeriod':
    'Aucune période de rapport n’est fixée pour {year} : aucun rappel n’est envoyé tant qu’elle ne l’est pas.',
  'reminder.page.none': 'Aucun rappel n’a été envoyé pour {year}.',
  'reminder.page.caption': 'Rappels envoyés pour {year}, par pays',
  'reminder.page.country': 'Pays',
  'reminder.page.kind': 'Rappel',
  'reminder.page.day': 'Prévu le',
  'reminder.page.sentAt': 'Envoyé',
  'reminder.page.recipients': 'Destinataires',
  'reminder.page.by': 'Par',
  'reminder.page.count': '{count, plural, one {# contact} other {# contacts}}',
  'reminder.page.back': 'Retour à la vue d’ensemble de l’année',
  'reminder.page.link': 'Rappels envoyés aux membres pour {year}',
  // receipts (receipt.*)
  'receipt.label': '{label} :',
  'receipt.outcome.rejected': 'Refusé : {errors, plural, one {# erreur} other {# erreurs}}',
  'receipt.outcome.rejectedWithWarnings':
    'Refusé : {errors, plural, one {# erreur} other {# erreurs}} et {warnings, plural, one {# avertissement} other {# avertissements}}',
  'receipt.title': 'Accusé de réception d’un dépôt pour les rapports de l’Alliance',
  'receipt.sample':
    'Données d’exemple fictives : cet accusé de réception provient du jeu de démonstration fourni ; tous les chiffres sont inventés et ne décrivent aucun pays réel.',
  'receipt.reference': 'Référence',
  'receipt.country': 'Pays',
  'receipt.year': 'Année de rapport',
  'receipt.file': 'Fichier',
  'receipt.size': 'Taille',
  'receipt.sizeBytes': '{bytes, plural, one {# octet} other {# octets}}',
  'receipt.sha256': 'SHA-256',
  'receipt.receivedAt': 'Reçu le',
  'receipt.outcome': 'Résultat',
  'receipt.outcome.accepted': 'Accepté',
  'receipt.outcome.acceptedWithWarnings':
    'Accepté, avec {warnings, plural, one {# avertissement} other {# avertissements}}',
  'receipt.invalidated': 'Invalidé',
  'receipt.invalidatedText': 'par la Commission le {date} : {reason}',
  'receipt.uploadId': 'Identifiant du dépôt',
  'receipt.issuedAt': 'Accusé émis le',
  'receipt.countsHeading': 'Ce qui compte désormais pour {year}',
  'receipt.countsThis': 'ce dépôt',
  'receipt.countsOther': '{file}, reçu le {date} (référence {reference})',
  'receipt.countsNone': 'rien pour l’instant',
  'receipt.noteRejected':
    'Ce fichier ne compte pas pour le rapport. Ce qui comptait avant lui compte toujours ; corrigez les problèmes indiqués dans le rapport de validation et déposez-le à nouveau.',
  'receipt.noteInvalidated':
    'La Commission a invalidé ce dépôt : il ne compte plus pour le rapport. La liste ci-dessus indique ce qui compte à sa place.',
  'receipt.noteSuperseded':
    'Ce dépôt a été accepté, mais un dépôt ultérieur compte désormais pour le rapport.',
  'receipt.footer':
    'Conservez cet accusé de réception avec vos documents et citez la référence lorsque vous écrivez à la Commission au sujet de ce dépôt. Le SHA-256 est l’empreinte du fichier tel qu’il a été reçu : un fichier ayant la même empreinte est le même fichier.',
  'receipt.subject.accepted': 'Accusé de réception {reference} : {file} accepté',
  'receipt.subject.acceptedWithWarnings':
    'Accusé de réception {reference} : {file} accepté avec des avertissements',
  'receipt.subject.rejected': 'Accusé de réception {reference} : {file} refusé',
  'receipt.subject.sample': '[Données d’exemple fictives] {subject}',
  'receipt.mail.intro':
    'Votre dépôt pour {country}, {year}, a été reçu et vérifié. Son accusé de réception suit ; il est aussi joint sous forme de fichier texte.',
  'receipt.mail.link': 'Le rapport de validation et l’accusé de réception imprimable : {url}',
  'receipt.page.title': 'Accusé de réception {reference} : {file}',
  'receipt.page.section': 'Accusé de réception',
  'receipt.page.print': 'Accusé de réception imprimable',
  'receipt.page.download': 'Télécharger l’accusé de réception (fichier texte)',
  'receipt.page.printHint':
    'Utilisez la commande d’impression de votre navigateur pour imprimer cette page ou l’enregistrer en PDF.',
  'receipt.page.back': 'Retour au rapport de validation',

  // ---------- review and the message thread (h3)
  // (keys of this part go here)
  'review.error.messageRequired':
    'Rédigez un message indiquant ce que {country} doit corriger : il est envoyé avec la demande.',
  'review.error.nothingToAccept':
    '{country} n’a aucun envoi accepté pour {year} : il n’y a donc encore rien à accepter. Demandez plutôt une correction, ou attendez un envoi accepté.',
  'review.error.messageTooLong':
    'Le message compte {length, number} caractères ; il peut en compter au plus {max, number}. Raccourcissez-le, ou envoyez-le en deux messages.',
  'review.error.messageEmpty': 'Rédigez un message avant de l’envoyer.',
  'review.error.stateUnknown': 'Choisissez « Accepté par la Commission » ou « Correction demandée ».',
  'review.error.countryUnknown': '« {country} » n’est pas le code à deux lettres d’un membre.',
  'review.heading': 'Examen et messages',
  'review.state.none': 'La Commission n’a pas encore examiné le rapport {year}.',
  'review.state.accepted': 'Accepté par la Commission',
  'review.state.correction-requested': 'Correction demandée',
  'review.current': 'Examen : {state}, {date}.',
  'review.event': 'Examen : « {state} ».',
  'review.threadHeading': 'Messages concernant {year}',
  'review.noMessages': 'Aucun message pour le moment.',
  'review.from.staff': 'Services de la Commission',
  'review.from.you': '{country} (vous)',
  'review.from.withEmail': '{who}, {email}',
  'review.writeToStaff': 'Écrire à la Commission',
  'review.writeToCountry': 'Écrire à : {country}',
  'review.messageLabel': 'Votre message',
  'review.messageHintStaff':
    'Au plus {max, number} caractères. Les services de la Commission le reçoivent par courriel.',
  'review.messageHintCountry':
    'Au plus {max, number} caractères. Les contacts de ce membre ({country}) le reçoivent par courriel.',
  'review.sendButton': 'Envoyer le message',
  'review.formHeading': 'Examiner le rapport {year} : {country}',
  'review.stateLegend': 'Décision',
  'review.reviewMessageLabel': 'Message à : {country}',
  'review.reviewMessageHint':
    'Obligatoire pour une demande de correction : indiquez ce qu’il faut corriger. Les contacts de ce membre ({country}) reçoivent la décision et le message par courriel.',
  'review.reviewButton': 'Enregistrer l’examen',
  'review.error.uploadUnknown':
    'Il n’y a aucun envoi « {upload} » de ce membre ({country}) pour {year}. Choisissez-en un dans la liste, ou aucun.',
  'review.aboutLabel': 'Au sujet d’un envoi (facultatif)',
  'review.aboutNone': 'Aucun envoi en particulier',
  'review.aboutOption': '{file}, {date}',
  'review.about': 'Au sujet de l’envoi {file}',
  'review.unreadable':
    'L’examen et les messages ne peuvent pas être affichés pour le moment. Rien n’est perdu ; réessayez plus tard et prévenez l’équipe de la Commission si cela dure.',
  'review.mail.sampleSubject': '[Données d’exemple fictives] {subject}',
  'review.mail.sampleNotice':
    'Données d’exemple fictives : ce courriel provient du portail de démonstration. Tous les chiffres sont inventés et ne décrivent aucun pays réel.',
  'review.mail.acceptedSubject': '{country}, {year} : accepté par la Commission',
  'review.mail.acceptedBody':
    'La Commission a examiné le rapport {year} de ce membre ({country}) et l’a accepté.',
  'review.mail.correctionSubject': '{country}, {year} : correction demandée',
  'review.mail.correctionBody':
    'La Commission a examiné le rapport {year} de ce membre ({country}) et demande une correction. Veuillez envoyer un fichier corrigé.',
  'review.mail.staffMessage': 'Le message de la Commission :',
  'review.mail.toCountrySubject': '{country}, {year} : un message de la Commission',
  'review.mail.toCountryBody': 'La Commission a écrit au sujet du rapport {year} de ce membre ({country}) :',
  'review.mail.toStaffSubject': '{country}, {year} : un message du point de contact national',
  'review.mail.toStaffBody': '{email} ({country}) a écrit au sujet du rapport {year} :',
  'review.mail.link': 'Lire et répondre dans le portail : {url}',
  'review.mail.noLink':
    'Lisez et répondez dans le portail, sur la page de ce membre ({country}) pour {year}.',
  'review.mail.footer':
    'Vous recevez ce courriel en tant qu’utilisateur du portail de rapports de l’Alliance mondiale. Merci de répondre dans le portail plutôt qu’en répondant à ce courriel.',

  // ---------- portal for daily use: fast answer, expired session, result page, small screens (h4)
  // (keys of this part go here)
  'portal.daily.backToForm': 'Retour au formulaire',
  'portal.daily.expired.signin':
    'Votre session avait expiré : le formulaire n’a donc pas été envoyé. Connectez-vous à nouveau : vous reviendrez à la page où vous étiez.',
  'portal.daily.expired.back':
    'Vous êtes de nouveau connecté. Le formulaire que vous remplissiez n’a pas été envoyé car votre session avait expiré : envoyez-le à nouveau (pour un envoi de fichier, choisissez de nouveau le fichier ; rien n’a été enregistré).',
  'portal.daily.fileTooLarge':
    '{file} n’a pas pu être reçu : il dépasse {megabytes} Mo. Retirez ce qui n’est pas nécessaire, ou enregistrez-le en .xlsx, puis envoyez-le à nouveau.',
  'portal.daily.wrongType':
    '{file} n’a pas pu être reçu : le fichier doit être un classeur Excel (.xlsx), une feuille de calcul OpenDocument (.ods) ou un fichier CSV (.csv).',
  'portal.daily.emptyFile':
    '{file} n’a pas pu être reçu : le fichier est vide. Choisissez le classeur enregistré et envoyez-le à nouveau.',
  'portal.daily.notChecked.title': 'Votre fichier n’a pas pu être vérifié',
  'portal.daily.notChecked.text':
    'Nous avons reçu {file} et l’avons conservé, mais il n’a pas pu être vérifié à cause d’une panne de notre côté. Il figure dans votre historique comme pas encore vérifié. Réessayez plus tard ; si cela se reproduit, écrivez à l’équipe de la Commission.',
  'portal.daily.notCheckedYet': 'Pas encore vérifié',
  'portal.daily.counts': 'Compte',
  'portal.daily.countsFor': 'Compte pour : {tables}',
  'portal.daily.countsNot': 'Non',
  'portal.daily.countsNow': 'Cet envoi compte pour {year} : {tables}.',
  'portal.daily.superseded':
    'Un envoi plus récent compte pour {year} à la place de celui-ci : voir l’historique.',
  'portal.daily.draft.ready': 'Votre projet de rapport est prêt :',
  'portal.daily.draft.preparing':
    'Votre projet de rapport est en cours de préparation à partir de ce qui compte maintenant. Cela prend en général moins d’une minute.',
  'portal.daily.draft.reload': 'Rechargez cette page pour voir s’il est prêt',
  'portal.daily.found':
    'Constaté : {errors, plural, one {# erreur} other {# erreurs}}, {warnings, plural, one {# avertissement} other {# avertissements}}.',
  'portal.daily.errorsHeading': 'Erreurs : {count}',
  'portal.daily.warningsHeading': 'Avertissements : {count}',
  'portal.daily.errorsIn': 'Erreurs dans {sheet} : {count}',
  'portal.daily.warningsIn': 'Avertissements dans {sheet} : {count}',
  'portal.daily.notesHint':
    'Là où vous avez saisi du texte dans une cellule de valeur : ne laissez que le nombre dans la cellule de valeur (ou laissez-la vide) et mettez le texte dans la colonne {notes} de la même ligne.',
  'portal.daily.uploadAgain': 'Envoyer un fichier corrigé',
  'portal.daily.uploadAnother': 'Envoyer un autre fichier',
  'portal.daily.alreadySent':
    'Ce formulaire avait déjà été envoyé : voici le résultat de cet envoi. Rien de plus n’a été enregistré.',
  'portal.daily.badYear.title': 'Pas une année de rapport',
  'portal.daily.badYear.text':
    '« {year} » n’est pas une année de référence : une année de référence est une année à quatre chiffres de {first} à {last}.',
  'portal.daily.badRequest.title': 'La demande n’a pas pu être lue',
  'portal.daily.badRequest.text':
    'Ce que le navigateur a envoyé n’a pas pu être lu. Revenez en arrière, rechargez la page et envoyez à nouveau le formulaire.',
  'portal.daily.methodNotAllowed.title': 'Impossible à cette adresse',
  'portal.daily.methodNotAllowed.text':
    'Cette adresse n’accepte pas ce type de demande. Utilisez les liens et les boutons des pages du portail.',
  'portal.daily.tableRegion': '{caption} (défile latéralement sur un petit écran)',

  // ---------- staff table and publication pages (h5)
  // (keys of this part go here)
  'portal.staffTable.filterLabel': 'Afficher les membres',
  'portal.staffTable.filter.all': 'Tous les membres',
  'portal.staffTable.filter.not-submitted': 'Non envoyé',
  'portal.staffTable.filter.rejected': 'Refusé',
  'portal.staffTable.filter.warnings': 'Accepté avec avertissements',
  'portal.staffTable.filter.accepted': 'Accepté',
  'portal.staffTable.filter.late': 'En retard',
  'portal.staffTable.filter.correction-requested': 'Correction demandée',
  'portal.staffTable.filterButton': 'Filtrer',
  'portal.staffTable.badState': '« {value} » n’est pas un état de filtre. Choisissez-en un dans la liste.',
  'portal.staffTable.shown': '{shown} membres affichés sur {total}.',
  'portal.staffTable.export': 'Télécharger cette liste (CSV)',
  'portal.staffTable.deadline': 'Date limite',
  'portal.staffTable.daysLate': 'Jours de retard',
  'portal.staffTable.daysLateValue': '{days, plural, one {# jour de retard} other {# jours de retard}}',
  'portal.staffTable.overdueValue':
    '{days, plural, one {échéance dépassée de # jour} other {échéance dépassée de # jours}}',
  'portal.staffTable.review': 'Examen',
  'portal.staffTable.review.accepted': 'Accepté par la Commission',
  'portal.staffTable.review.correction-requested': 'Correction demandée',
  'portal.staffTable.review.none': 'Non examiné',
  'portal.staffTable.contacts': 'Contacts',
  'portal.staffTable.noContacts': 'Aucun contact',
  'portal.staffTable.contactsUnavailable':
    'Les adresses des contacts n’ont pas pu être lues pour le moment ; rechargez la page pour réessayer.',
  'portal.staffTable.nextStep': 'Étape suivante',
  'portal.staffTable.remind': 'Relancer',
  'portal.staffTable.write': 'Écrire',
  'portal.staffTable.mailSubject': 'Rapport de l’Alliance {year} : {country}',
  'portal.staffTable.changed': 'Modifié depuis l’édition {edition}',
  'portal.staffTable.editionPublished': 'Publiée le {date}.',
  'portal.staffTable.csv.code': 'Code',
  'portal.staffTable.csv.late': 'En retard',
  'portal.staffTable.csv.yes': 'oui',
  'portal.staffTable.csv.no': 'non',
  'portal.staffTable.csv.reviewedAt': 'Examiné le',
  'portal.staffTable.csv.changedSince': 'Modifié depuis l’édition',
  'portal.publish.missingHeading':
    '{count, plural, =0 {Membres sans soumission acceptée} one {# membre sans soumission acceptée (absent de la nouvelle édition)} other {# membres sans soumission acceptée (absents de la nouvelle édition)}}',
  'portal.publish.missingNone': 'Tous les membres ont une soumission acceptée.',
  'portal.publish.changedHeading': 'Modifiés depuis l’édition {edition}',
  'portal.publish.changedNone': 'Les données d’aucun membre n’ont changé depuis l’édition {edition}.',
  'portal.publishStarted.waiting':
    'Cette page vérifie de nouveau toutes les {seconds} secondes jusqu’à ce que l’édition soit prête.',
  'portal.publishStarted.stop': 'Arrêter la vérification',
  'portal.publishStarted.auto': 'Vérifier toutes les {seconds} secondes jusqu’à ce qu’elle soit prête',
  'portal.publishStarted.check': 'Vérifier de nouveau',
  'portal.publishStarted.ready': 'L’édition {number} est publiée',
  'portal.publishStarted.readyTitle': 'L’édition {number} de {year} est publiée',
  'portal.publishStarted.open': 'Ouvrir l’édition {number}',
  'portal.edition.title': 'Édition {number} de {year}',
  'portal.edition.published': 'Publiée le {date} par {by}.',
  'portal.edition.unknownPublisher': 'une personne non enregistrée',
  'portal.edition.reserved': 'Publication lancée le {at}.',
  'portal.edition.counts':
    '{reports} membres sur {members} ont fait rapport ; {files, plural, one {# fichier} other {# fichiers}}, {size} au total.',
  'portal.edition.zip': 'Télécharger l’édition {number} en un seul fichier zip',
  'portal.edition.changesFirstHeading': 'Ce qui a changé',
  'portal.edition.changesHeading': 'Ce qui a changé depuis l’édition {previous}',
  'portal.edition.first': 'C’est la première édition de {year}.',
  'portal.edition.added': 'Membres ajoutés : {list}.',
  'portal.edition.updated': 'Membres avec de nouvelles données : {list}.',
  'portal.edition.removed': 'Membres qui n’y figurent plus : {list}.',
  'portal.edition.filesChanged': 'Fichiers : {added} ajoutés, {changed} modifiés, {removed} retirés.',
  'portal.edition.missing': 'Membres absents de cette édition : {list}.',
  'portal.edition.missingNone': 'Tous les membres de l’année figurent dans cette édition.',
  'portal.edition.filesHeading': 'Fichiers',
  'portal.edition.group.reports': 'Rapports',
  'portal.edition.group.openData': 'Données ouvertes',
  'portal.edition.group.validation': 'Rapports de validation',
  'portal.edition.group.other': 'Autres fichiers',
  'portal.edition.caption': '{group} de l’édition {number}',
  'portal.edition.file': 'Fichier',
  'portal.edition.size': 'Taille',
  'portal.edition.sha256': 'SHA-256',
  'portal.edition.manifest': 'Le manifeste de l’édition (manifest.json)',

  // ---------- template: data validation, last year's values (h6)
  // (keys of this part go here)
  'template.column.previous': 'Valeur de l’an dernier',
  'template.previous.note':
    'La valeur acceptée pour {year}, pour comparaison. Cette colonne n’est pas lue lors du dépôt du fichier.',
  'template.previous.none': 'Aucune valeur n’a été acceptée pour {year}.',
  'template.intro.required':
    'Les colonnes dont l’intitulé se termine par * (orange foncé) doivent être remplies sur chaque ligne utilisée ; les autres colonnes sont facultatives.',
  'template.intro.previous':
    'La colonne « {column} » indique la valeur acceptée l’an dernier, s’il y en a une, pour comparaison : elle n’est pas relue.',
  'template.intro.checks':
    'Les cellules de valeur n’acceptent que ce que permet leur unité (un nombre négatif ou du texte dans un nombre est refusé) : les explications vont dans la colonne {notes}.',
  'template.rule.count': 'Un nombre entier, 0 ou plus, par exemple 120.',
  'template.rule.percent': 'Un nombre de 0 à 100, par exemple 90,5, sans le signe %.',
  'template.rule.score': 'Un nombre entier de {min} à {max}.',
  'template.rule.decimal': 'Un nombre, 0 ou plus ; les décimales sont permises, par exemple 2,5.',
  'template.rule.yesNo': 'Choisissez {yes} ou {no} dans la liste.',
  'template.rule.more':
    'Laissez la cellule vide si vous n’avez pas de chiffre ; écrivez toute explication dans la colonne {notes}.',
  'template.rule.title': 'Valeur refusée',
  'template.prompt.estimate':
    'Choisissez {yes} si le chiffre est une estimation, et expliquez comment dans {notes}.',
  'template.prompt.target': 'Choisissez dans la liste la cible de cette action.',
  'template.prompt.goal':
    'Choisissez un objectif opérationnel de la cible choisie dans la colonne {target} : la liste ne montre que ses objectifs.',
  'template.prompt.kind': '{baseline} : déjà entreprise. {commitment} : à entreprendre.',
  'template.prompt.status': 'Choisissez où en est l’action à la fin de l’année de référence.',
  'template.error.goal':
    'Choisissez un objectif opérationnel de la cible de la colonne {target} ({goals}), ou laissez la cellule vide.',
};

export const frFramework: FrameworkText = {
  targets: {
    1: {
      title:
        'Intensifier les efforts pour identifier les victimes et veiller à ce qu’elles reçoivent l’aide, le soutien et la protection nécessaires.',
      short: 'Victimes',
    },
    2: {
      title:
        'Intensifier les efforts pour enquêter sur les cas d’abus sexuels commis contre des enfants en ligne et pour identifier et poursuivre les auteurs.',
      short: 'Enquêtes',
    },
    3: {
      title:
        'Intensifier les efforts pour sensibiliser davantage le public aux risques liés aux activités des enfants en ligne, notamment la sollicitation à des fins sexuelles et l’autoproduction d’images.',
      short: 'Sensibilisation',
    },
    4: {
      title:
        'Réduire autant que possible la disponibilité de la pédopornographie en ligne et réduire autant que possible la revictimisation des enfants.',
      short: 'Disponibilité',
    },
  },
  goals: {
    '1a': 'Augmenter d’au moins 10 % par an le nombre de victimes identifiées dans la base de données internationale sur l’exploitation sexuelle des enfants (ICSE) gérée par INTERPOL.',
    '2a': 'Mettre en place le cadre nécessaire à l’incrimination des abus sexuels commis contre des enfants en ligne et à la poursuite effective des auteurs.',
    '2b': 'Améliorer les efforts conjoints des services répressifs des pays de l’Alliance mondiale pour enquêter sur les abus sexuels commis contre des enfants en ligne et les poursuivre.',
    '3a': 'Mettre au point, améliorer ou soutenir des campagnes de sensibilisation appropriées ou d’autres mesures qui informent les parents, les enfants et les autres personnes ayant la charge d’enfants des risques liés au comportement des enfants en ligne et des moyens de les réduire.',
    '3b': 'Partager entre pays de l’Alliance mondiale les bonnes pratiques relatives aux stratégies efficaces pour informer le public de ces risques.',
    '4a': 'Encourager la participation du secteur privé à l’identification et au retrait du matériel d’abus sexuels sur enfants connu se trouvant dans l’État concerné.',
    '4b': 'Accélérer autant que possible les procédures de notification et de retrait sans compromettre les enquêtes pénales.',
  },
  indicators: {
    'T1.1': {
      name: 'Connexion à la base de données ICSE d’INTERPOL',
      guidance:
        'Oui si vos services répressifs disposaient d’une connexion opérationnelle à ICSE à la fin de l’année.',
    },
    'T1.2': {
      name: 'Victimes identifiées au cours de l’année',
      guidance:
        'Enfants identifiés comme victimes de matériel d’abus sexuels sur enfants au cours de l’année de référence.',
    },
    'T1.3': {
      name: 'Victimes identifiées dans ICSE apportées par le pays, en cumul',
      guidance: 'Total des victimes identifiées que votre pays a apportées à ICSE, à la fin de l’année.',
    },
    'T1.4': {
      name: 'Progression de T1.3 par rapport à l’année précédente (calculé)',
      guidance: 'Calculé à partir de T1.3 de cette année et de l’année précédente. Laissez la cellule vide.',
    },
    'T1.5': {
      name: 'Victimes identifiées orientées vers des services d’aide',
      guidance:
        'Part des victimes identifiées cette année qui ont été orientées vers des services d’aide (de 0 à 100).',
    },
    'T1.6': {
      name: 'Personnel spécialisé dans l’identification des victimes',
      guidance:
        'Équivalents temps plein affectés à l’identification des victimes à la fin de l’année (décimales admises).',
    },
    'T2.1': {
      name: 'Couverture juridique : parmi la détention, la consultation, la diffusion, la production, la sollicitation à des fins sexuelles et la diffusion en direct, combien sont incriminées',
      guidance:
        'Un nombre entier de 0 à 6 : combien des six actes votre législation érige en infraction pénale.',
    },
    'T2.2': {
      name: 'Enquêtes ouvertes',
      guidance:
        'Enquêtes sur des abus sexuels commis contre des enfants en ligne ouvertes au cours de l’année.',
    },
    'T2.3': {
      name: 'Auteurs poursuivis',
      guidance:
        'Auteurs poursuivis pour des abus sexuels commis contre des enfants en ligne au cours de l’année.',
    },
    'T2.4': {
      name: 'Auteurs condamnés',
      guidance: 'Auteurs condamnés au cours de l’année. En général, pas plus que les auteurs poursuivis.',
    },
    'T2.5': {
      name: 'Opérations conjointes internationales auxquelles le pays a participé',
      guidance:
        'Opérations conjointes avec les services répressifs d’autres pays auxquelles vous avez participé au cours de l’année.',
    },
    'T3.1': {
      name: 'Campagnes nationales de sensibilisation menées',
      guidance:
        'Campagnes nationales de sensibilisation du public aux risques liés aux activités des enfants en ligne menées au cours de l’année.',
    },
    'T3.2': {
      name: 'Portée des campagnes, part de la population cible',
      guidance: 'Part de la population cible des campagnes qu’elles ont atteinte (de 0 à 100).',
    },
    'T3.3': {
      name: 'Établissements scolaires dotés d’un programme de sécurité en ligne',
      guidance:
        'Part des établissements scolaires qui enseignent un programme de sécurité en ligne (de 0 à 100).',
    },
    'T3.4': {
      name: 'Bonnes pratiques partagées avec les partenaires de l’Alliance',
      guidance:
        'Bonnes pratiques que votre pays a partagées avec d’autres membres de l’Alliance au cours de l’année.',
    },
    'T4.1': {
      name: 'La ligne d’assistance nationale est membre d’INHOPE',
      guidance: 'Oui si votre ligne d’assistance nationale était membre d’INHOPE à la fin de l’année.',
    },
    'T4.2': {
      name: 'Signalements de matériel d’abus sexuels sur enfants reçus par la ligne d’assistance',
      guidance:
        'Signalements de matériel d’abus sexuels sur enfants que la ligne d’assistance a reçus au cours de l’année.',
    },
    'T4.3': {
      name: 'Matériel d’abus sexuels sur enfants hébergé dans le pays retiré dans les 3 jours ouvrables suivant la notification',
      guidance:
        'Part du matériel hébergé dans votre pays qui a été retiré dans les 3 jours ouvrables suivant la notification (de 0 à 100).',
    },
    'T4.4': {
      name: 'Délai médian entre la notification et le retrait',
      guidance: 'Nombre médian de jours entre la notification et le retrait (décimales admises).',
    },
    'T4.5': {
      name: 'Signalements confirmés transmis à la police dans un délai d’un jour',
      guidance: 'Part des signalements confirmés transmis à la police dans un délai d’un jour (de 0 à 100).',
    },
    'T4.6': {
      name: 'Entreprises participant à la détection proactive ou à la notification et au retrait',
      guidance:
        'Entreprises de votre pays participant à la détection proactive ou aux procédures de notification et de retrait.',
    },
  },
};
