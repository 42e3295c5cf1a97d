// The printed labels of the CITES standard form (Res. Conf. 12.3 (Rev. CoP19), Annex 2) in the three working
// languages, keyed by box. Data only, so that a translator edits one file. Latin-1 letters and plain
// apostrophes only: the PDF's built-in Helvetica is WinAnsi-encoded (no typographic quote marks).
import type { LocalizedMessage } from '../permit/localized-error.ts';

export type FormLanguage = keyof LocalizedMessage;

export const FORM_LABELS = {
  convention: {
    en: 'CONVENTION ON INTERNATIONAL TRADE IN ENDANGERED SPECIES OF WILD FAUNA AND FLORA',
    fr: 'CONVENTION SUR LE COMMERCE INTERNATIONAL DES ESPÈCES DE FAUNE ET DE FLORE SAUVAGES MENACÉES D\'EXTINCTION',
    es: 'CONVENCIÓN SOBRE EL COMERCIO INTERNACIONAL DE ESPECIES AMENAZADAS DE FAUNA Y FLORA SILVESTRES',
  },
  export: { en: 'EXPORT', fr: 'EXPORTATION', es: 'EXPORTACIÓN' },
  reExport: { en: 'RE-EXPORT', fr: 'RÉEXPORTATION', es: 'REEXPORTACIÓN' },
  import: { en: 'IMPORT', fr: 'IMPORTATION', es: 'IMPORTACIÓN' },
  other: { en: 'OTHER', fr: 'AUTRE', es: 'OTRO' },
  box1: { en: 'PERMIT / CERTIFICATE No.', fr: 'PERMIS / CERTIFICAT N°', es: 'PERMISO / CERTIFICADO N°' },
  original: { en: 'Original', fr: 'Original', es: 'Original' },
  box2: { en: 'Valid until', fr: "Valable jusqu'au", es: 'Válido hasta el' },
  box3: { en: 'Importer (name and address)', fr: 'Importateur (nom et adresse)', es: 'Importador (nombre y dirección)' },
  box3a: { en: 'Country of import', fr: 'Pays d\'importation', es: 'País de importación' },
  box4: {
    en: 'Exporter/re-exporter (name, address and country)',
    fr: 'Exportateur/réexportateur (nom, adresse et pays)',
    es: 'Exportador/reexportador (nombre, dirección y país)',
  },
  box5: { en: 'Special conditions', fr: 'Conditions particulières', es: 'Condiciones especiales' },
  box5a: { en: 'Purpose of the transaction', fr: 'But de la transaction', es: 'Propósito de la transacción' },
  box5b: { en: 'Security stamp No.', fr: 'N° du timbre de sécurité', es: 'N° de la estampilla de seguridad' },
  box6: {
    en: 'Name, address, national seal/stamp and country of Management Authority',
    fr: 'Nom, adresse, sceau/cachet national et pays de l\'organe de gestion',
    es: 'Nombre, dirección, sello nacional y país de la Autoridad Administrativa',
  },
  box7: {
    en: 'Scientific name (genus and species) and common name of animal or plant',
    fr: 'Nom scientifique (genre et espèce) et nom commun de l\'animal ou de la plante',
    es: 'Nombre científico (género y especie) y nombre común del animal o de la planta',
  },
  box9: {
    en: 'Description of spécimens, including identifying marks or numbers',
    fr: 'Description des spécimens, y compris les marques ou numéros d\'identification',
    es: 'Descripción de los especímenes, incluidas las marcas o números de identificación',
  },
  box10: { en: 'Appendix No. and source', fr: 'Annexe N° et source', es: 'Apéndice N° y origen' },
  box11: { en: 'Quantity (including unit)', fr: 'Quantité (y compris l\'unité)', es: 'Cantidad (incluida la unidad)' },
  box11a: { en: 'Total exported/Quota', fr: 'Total exporté/Quota', es: 'Total exportado/Cupo' },
  box12: { en: 'Country of origin, Permit No., Date', fr: 'Pays d\'origine, N° du permis, Date', es: 'País de origen, N° del permiso, Fecha' },
  box12a: {
    en: 'Country of last re-export, Certificate No., Date',
    fr: 'Pays de la dernière réexportation, N° du certificat, Date',
    es: 'País de la última reexportación, N° del certificado, Fecha',
  },
  box12b: {
    en: 'No. of the operation or date of acquisition',
    fr: 'N° de l\'établissement ou date d\'acquisition',
    es: 'N° del establecimiento o fecha de adquisición',
  },
  box13: { en: 'This permit/certificate is issued by:', fr: 'Ce permis/certificat est délivré par :', es: 'Este permiso/certificado es expedido por:' },
  place: { en: 'Place', fr: 'Lieu', es: 'Lugar' },
  date: { en: 'Date', fr: 'Date', es: 'Fecha' },
  official: { en: 'Issuing official', fr: 'Fonctionnaire', es: 'Funcionario' },
  stampBox: {
    en: 'Security stamp, signature and official seal',
    fr: 'Timbre de sécurité, signature et cachet officiel',
    es: 'Estampilla de seguridad, firma y sello oficial',
  },
  box14: { en: 'Export endorsement', fr: 'Visa d\'exportation', es: 'Refrendo de exportación' },
  block: { en: 'Block', fr: 'Case', es: 'Casilla' },
  quantity: { en: 'Quantity', fr: 'Quantité', es: 'Cantidad' },
  port: { en: 'Port of export', fr: 'Port d\'exportation', es: 'Puerto de exportación' },
  signature: { en: 'Signature, official stamp and title', fr: 'Signature, cachet et titre', es: 'Firma, sello y cargo' },
  box15: { en: 'Bill of lading/Air waybill number', fr: 'N° du connaissement/de la lettre de transport aérien', es: 'N° del conocimiento de embarque/guía aérea' },
  qrCaption: { en: 'Scan to verify offline', fr: 'Scanner pour vérifier hors ligne', es: 'Escanear para verificar sin conexión' },
  continuation: { en: 'Continuation sheet', fr: 'Feuille de continuation', es: 'Hoja de continuación' },
  page: { en: 'Page', fr: 'Page', es: 'Página' },
  of: { en: 'of', fr: 'sur', es: 'de' },
  seeContinuation: {
    en: 'Further line items on the continuation sheet',
    fr: 'Autres cases sur la feuille de continuation',
    es: 'Otras casillas en la hoja de continuación',
  },
} as const satisfies Readonly<Record<string, LocalizedMessage>>;

export type FormLabel = keyof typeof FORM_LABELS;
