/**
 * Column headers and cover keys are data typed by people: matched on a folded key (any
 * case, accents, spaces, punctuation, units in brackets dropped), against English,
 * French, German and Spanish names and common synonyms. Lookups go through Maps only,
 * so a header such as `__proto__` or `constructor` is just an unknown column.
 */
import { actionColumnLabels } from '../columns.js';
import { foldText } from '../framework.js';
import { Deadline } from '../read/deadline.js';
import type { CellValue, Row, Sheet } from '../workbook.js';
import { replaceBracketed, trimTrailingMarks } from './parse/scan.js';

export type IndicatorField =
  | 'indicator'
  | 'name'
  | 'value'
  | 'unit'
  | 'source'
  | 'estimate'
  | 'notes'
  | 'country'
  | 'year'
  | 'info';
export type ActionField =
  | 'ref'
  | 'target'
  | 'goal'
  | 'title'
  | 'description'
  | 'kind'
  | 'status'
  | 'start'
  | 'end'
  | 'lead'
  | 'progress'
  | 'country'
  | 'year';
export type CoverField = 'country' | 'year' | 'contactName' | 'organisation' | 'email' | 'date';
export type TableKind = 'indicators' | 'actions';

/** The key headers and cover keys are compared on. */
export function headerKey(text: string): string {
  // Scanners, not `\([^)]*\)` and `[:*]+\s*$`: those take quadratic time on a cell of
  // unclosed brackets or colons, and every cell of every sheet is tried as a header.
  return foldText(trimTrailingMarks(replaceBracketed(text, ' ').replace(/\b(?:19|20)\d{2}\b/g, ' '), ':*'))
    .replace(/\./g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function vocabulary<F extends string>(entries: Record<F, string[]>): ReadonlyMap<string, F> {
  const map = new Map<string, F>();
  for (const [field, names] of Object.entries(entries) as [F, string[]][]) {
    for (const name of names) map.set(headerKey(name), field);
  }
  return map;
}

const COUNTRY = ['country', 'country code', 'country name', 'member', 'pays', 'land', 'staat', 'país'];
const YEAR = ['year', 'reporting year', 'année', 'année de référence', 'jahr', 'berichtsjahr', 'año'];

const indicatorVocabulary = vocabulary<IndicatorField>({
  indicator: [
    'indicator',
    'indicator id',
    'indicator code',
    'indicator no',
    'id',
    'code',
    'kpi',
    'indicateur',
    'code indicateur',
    'n° indicateur',
    'indikator',
    'indikator id',
    'kennzahl',
    'indicador',
    'código',
    'código indicador',
  ],
  name: [
    'name',
    'indicator name',
    'label',
    'nom',
    'nom de l’indicateur',
    "nom de l'indicateur",
    'libellé',
    'intitulé',
    'bezeichnung',
    'name des indikators',
    'nombre del indicador',
    'denominación',
  ],
  value: [
    'value',
    'values',
    'figure',
    'figures',
    'number',
    'amount',
    'count',
    'total',
    'data',
    'result',
    'valeur',
    'chiffre',
    'donnée',
    'wert',
    'zahl',
    'anzahl',
    'betrag',
    'valor',
    'cifra',
    'cantidad',
    'número',
    'dato',
  ],
  unit: ['unit', 'units', 'unit of measure', 'unité', 'einheit', 'unidad', 'maßeinheit'],
  source: [
    'source',
    'sources',
    'data source',
    'source of data',
    'quelle',
    'datenquelle',
    'fuente',
    'fuente de datos',
    'fuentes',
  ],
  estimate: [
    'estimate',
    'estimated',
    'is estimate',
    'is it an estimate',
    'estimation',
    'estimé',
    'estimée',
    'schätzung',
    'geschätzt',
    'estimación',
    'estimado',
    'approximate',
  ],
  notes: [
    'notes',
    'note',
    'comments',
    'comment',
    'remarks',
    'remark',
    'explanation',
    'remarques',
    'remarque',
    'commentaires',
    'commentaire',
    'bemerkungen',
    'bemerkung',
    'anmerkungen',
    'anmerkung',
    'kommentar',
    'notas',
    'nota',
    'observaciones',
    'comentarios',
  ],
  country: COUNTRY,
  year: YEAR,
  // Reading aids of the template and common exports: known, not used, not warned about.
  info: [
    'what counts',
    'guidance',
    'definition',
    // The Spanish template's heading (the French and German "Définition" fold to "definition").
    'definición',
    'description',
    'target',
    'policy target',
    'rule',
    'benchmark',
    'expected unit',
    // The template's last-year column (template.column.previous in the four languages).
    'last year’s value',
    'valeur de l’an dernier',
    'vorjahreswert',
    'valor del año anterior',
  ],
});

const actionVocabulary = vocabulary<ActionField>({
  ref: [
    'ref',
    'reference',
    'ref no',
    'reference number',
    'action ref',
    'action reference',
    'action id',
    'action no',
    'action number',
    'no',
    'nr',
    'référence',
    'réf',
    'referenz',
    'referencia',
  ],
  target: [
    'target',
    'policy target',
    'pt',
    'cible',
    'objectif',
    'objectif politique',
    'ziel',
    'politisches ziel',
    'zielvorgabe',
    'objetivo',
    'objetivo político',
    'meta',
  ],
  goal: [
    'operational goal',
    'goal',
    'og',
    'operational objective',
    'objectif opérationnel',
    'but opérationnel',
    'operatives ziel',
    'operationelles ziel',
    'operationales ziel',
    'objetivo operativo',
    'objetivo operacional',
  ],
  title: [
    'title',
    'action',
    'action title',
    'name',
    'action name',
    'titre',
    'intitulé',
    'titel',
    'maßnahme',
    'título',
    'acción',
  ],
  description: ['description', 'details', 'summary', 'beschreibung', 'descripción', 'détails'],
  kind: [
    'kind',
    'type',
    'action type',
    'kind of action',
    'baseline or commitment',
    'baseline commitment',
    'nature',
    'art',
    'typ',
    'tipo',
  ],
  status: ['status', 'state', 'statut', 'état', 'stand', 'estado', 'situación'],
  start: [
    'start',
    'start date',
    'begin',
    'from',
    'started',
    'début',
    'date de début',
    'beginn',
    'startdatum',
    'inicio',
    'fecha de inicio',
  ],
  end: [
    'end',
    'end date',
    'until',
    'to',
    'due',
    'deadline',
    'fin',
    'date de fin',
    'échéance',
    'ende',
    'enddatum',
    'frist',
    'fecha de fin',
    'fecha final',
  ],
  lead: [
    'lead organisation',
    'lead organization',
    'lead',
    'lead agency',
    'responsible',
    'responsible organisation',
    'responsible organization',
    'organisation',
    'organization',
    'owner',
    'organisme responsable',
    'chef de file',
    'pilote',
    'federführend',
    'federführende organisation',
    'zuständig',
    'zuständige stelle',
    'organismo responsable',
    'responsable',
  ],
  progress: [
    'progress note',
    'progress',
    'progress notes',
    'progress report',
    'notes',
    'note',
    'comments',
    'remarks',
    'avancement',
    'état d’avancement',
    "état d'avancement",
    'note d’avancement',
    'remarques',
    'commentaires',
    'fortschritt',
    'sachstand',
    'bemerkungen',
    'avance',
    'progreso',
    'notas',
    'observaciones',
  ],
  country: COUNTRY,
  year: YEAR,
});

const coverVocabulary = vocabulary<CoverField>({
  country: ['country', 'country name', 'member', 'member country', 'pays', 'land', 'staat', 'país'],
  year: [
    'reporting year',
    'year',
    'year of report',
    'report year',
    'année',
    'année de référence',
    'année du rapport',
    'jahr',
    'berichtsjahr',
    'año',
    'año de referencia',
    'año del informe',
  ],
  contactName: [
    'contact name',
    'contact',
    'contact person',
    'name',
    'nom',
    'nom du contact',
    'personne de contact',
    'kontaktperson',
    'ansprechpartner',
    'ansprechperson',
    'nombre',
    'nombre de contacto',
    'persona de contacto',
  ],
  organisation: [
    'organisation',
    'organization',
    'institution',
    'agency',
    'ministry',
    'organisme',
    'behörde',
    'organisation des kontakts',
    'organización',
    'organismo',
    'institución',
  ],
  email: [
    'email',
    'e-mail',
    'mail',
    'email address',
    'e-mail address',
    'courriel',
    'adresse électronique',
    'adresse e-mail',
    'e-mail-adresse',
    'correo',
    'correo electrónico',
  ],
  date: [
    'date',
    'submission date',
    'date of submission',
    'datum',
    'fecha',
    'date de soumission',
    'fecha de envío',
  ],
});

/** How the report names each field when a column is missing or doubled. */
export const fieldLabels: Readonly<Record<IndicatorField | ActionField, string>> = {
  indicator: 'Indicator',
  name: 'Name',
  value: 'Value',
  unit: 'Unit',
  source: 'Source',
  estimate: 'Estimate',
  notes: 'Notes',
  country: 'Country',
  year: 'Year',
  info: 'What counts',
  ...actionColumnLabels,
};

/** The cover key a label names (`Reporting year:`, `Année`...), or undefined. */
export function coverField(label: string): CoverField | undefined {
  return coverVocabulary.get(headerKey(label));
}

export interface HeaderColumn<F extends string> {
  col: number;
  header: string;
  field: F | undefined;
}

export interface TableHeader {
  kind: TableKind;
  /** Row number of the header as the person sees it. */
  row: number;
  /** Index of the header row in sheet.rows. */
  index: number;
  columns: HeaderColumn<IndicatorField | ActionField>[];
}

function headerText(value: CellValue): string {
  return typeof value === 'string' ? value : value === null ? '' : String(value);
}

function classify(row: Row): { kind: TableKind; score: number } | undefined {
  const texts = row.cells.map((c) => headerKey(headerText(c.value))).filter((t) => t !== '');
  const ind = texts.map((t) => indicatorVocabulary.get(t));
  const act = texts.map((t) => actionVocabulary.get(t));
  const specificInd = ind.filter((f) => f && f !== 'country' && f !== 'year' && f !== 'info').length;
  const specificAct = act.filter((f) => f && f !== 'country' && f !== 'year').length;
  const indAnchor = ind.some((f) => f === 'indicator' || f === 'value');
  const actAnchor = act.some((f) => f === 'ref' || f === 'title' || f === 'kind' || f === 'status');
  const indOk = indAnchor && ind.filter(Boolean).length >= 2;
  const actOk = actAnchor && act.filter(Boolean).length >= 2;
  if (indOk && (!actOk || specificInd >= specificAct)) return { kind: 'indicators', score: specificInd };
  if (actOk) return { kind: 'actions', score: specificAct };
  return undefined;
}

/** The sheet's table header: the first row where enough cells name known columns of one table. */
export function findTableHeader(sheet: Sheet, deadline: Deadline = Deadline.none): TableHeader | undefined {
  for (let index = 0; index < sheet.rows.length; index++) {
    deadline.check();
    const row = sheet.rows[index];
    if (!row) continue;
    const found = classify(row);
    if (!found) continue;
    const vocab: ReadonlyMap<string, IndicatorField | ActionField> =
      found.kind === 'indicators' ? indicatorVocabulary : actionVocabulary;
    const columns = row.cells
      .map((c) => ({ col: c.col, header: headerText(c.value).trim() }))
      .filter((c) => c.header !== '')
      .map((c) => ({ ...c, field: vocab.get(headerKey(c.header)) }));
    return { kind: found.kind, row: row.row, index, columns };
  }
  return undefined;
}
