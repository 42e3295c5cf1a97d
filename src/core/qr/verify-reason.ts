// Every reason a permit QR verdict can give, with its severity and its message for the inspector in the three
// CITES working languages. An error makes the verdict invalid, a warning makes it "valid, with a warning".
import type { LocalizedMessage } from '../permit/localized-error.ts';
import type { PermitQrErrorCode } from './permit-qr-error.ts';

export type VerificationReasonCode =
  | Exclude<PermitQrErrorCode, 'qr.not-issued'>
  | 'verify.unknown-issuer'
  | 'verify.signature'
  | 'verify.issuer-party'
  | 'verify.key-not-valid-at-issue'
  | 'verify.key-revoked'
  | 'verify.not-yet-valid'
  | 'verify.expired'
  | 'status.cancelled'
  | 'status.replaced'
  | 'status.endorsed'
  | 'status.unavailable'
  | 'lists.stale'
  | 'clock.behind-checkpoint';

export type VerificationSeverity = 'error' | 'warning';

export interface VerificationReason {
  readonly code: VerificationReasonCode;
  readonly severity: VerificationSeverity;
  readonly message: LocalizedMessage;
}

export function verificationError(code: VerificationReasonCode, message: LocalizedMessage): VerificationReason {
  return { code, severity: 'error', message };
}

export function verificationWarning(code: VerificationReasonCode, message: LocalizedMessage): VerificationReason {
  return { code, severity: 'warning', message };
}

/** YYYY-MM-DD of a time in ms since the epoch (UTC), as the messages show dates. */
export function dayOf(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export const UNKNOWN_ISSUER_MESSAGE: LocalizedMessage = {
  en: 'The key that signed this permit is not in any trust list held on this device, so it cannot be checked here. This does not mean it is forged: import the issuing Party’s trust list, or contact its Management Authority.',
  fr: 'La clé qui a signé ce permis ne figure dans aucune liste de confiance présente sur cet appareil : il ne peut donc pas être vérifié ici. Cela ne signifie pas qu’il est faux : importez la liste de confiance de la Partie émettrice ou contactez son organe de gestion.',
  es: 'La clave que firmó este permiso no está en ninguna lista de confianza de este dispositivo, por lo que no se puede verificar aquí. Eso no significa que sea falso: importe la lista de confianza de la Parte emisora o contacte a su Autoridad Administrativa.',
};

export const SIGNATURE_MESSAGE: LocalizedMessage = {
  en: 'The signature does not match the permit data: the QR code was altered or forged. Do not accept this permit.',
  fr: 'La signature ne correspond pas aux données du permis : le code QR a été modifié ou falsifié. N’acceptez pas ce permis.',
  es: 'La firma no corresponde a los datos del permiso: el código QR fue alterado o falsificado. No acepte este permiso.',
};

export function issuerPartyMessage(keyParty: string, claimedParty: string): LocalizedMessage {
  return {
    en: `The permit claims to be issued by ${claimedParty}, but it was signed with a key of ${keyParty}.`,
    fr: `Le permis se dit délivré par ${claimedParty}, mais il a été signé avec une clé de ${keyParty}.`,
    es: `El permiso dice haber sido expedido por ${claimedParty}, pero fue firmado con una clave de ${keyParty}.`,
  };
}

export function keyNotValidAtIssueMessage(issueDate: string, notBefore: number, notAfter: number): LocalizedMessage {
  const from = dayOf(notBefore);
  const to = dayOf(notAfter);
  return {
    en: `The signing key was not valid on the issue date ${issueDate} (valid from ${from} to ${to}).`,
    fr: `La clé de signature n’était pas valide à la date de délivrance ${issueDate} (valide du ${from} au ${to}).`,
    es: `La clave de firma no era válida en la fecha de expedición ${issueDate} (válida del ${from} al ${to}).`,
  };
}

export function keyRevokedMessage(issueDate: string, revokedAt: number): LocalizedMessage {
  const on = dayOf(revokedAt);
  return {
    en: `The signing key was revoked on ${on}, not after the issue date ${issueDate}: the permit cannot be trusted.`,
    fr: `La clé de signature a été révoquée le ${on}, au plus tard à la date de délivrance ${issueDate} : le permis n’est pas fiable.`,
    es: `La clave de firma fue revocada el ${on}, no después de la fecha de expedición ${issueDate}: el permiso no es fiable.`,
  };
}

export function notYetValidMessage(issueDate: string): LocalizedMessage {
  return {
    en: `The permit is dated ${issueDate}, later than today: it is not valid yet (or this device's clock is wrong).`,
    fr: `Le permis est daté du ${issueDate}, après aujourd’hui : il n’est pas encore valide (ou l’horloge de cet appareil est fausse).`,
    es: `El permiso tiene fecha ${issueDate}, posterior a hoy: aún no es válido (o el reloj de este dispositivo está mal).`,
  };
}

export function expiredMessage(validUntil: string): LocalizedMessage {
  return {
    en: `The permit expired: it was valid until ${validUntil}.`,
    fr: `Le permis a expiré : il était valide jusqu’au ${validUntil}.`,
    es: `El permiso ha caducado: era válido hasta el ${validUntil}.`,
  };
}

export function cancelledMessage(at: number): LocalizedMessage {
  const on = dayOf(at);
  return {
    en: `The issuing authority cancelled this permit on ${on}.`,
    fr: `L’organe de gestion émetteur a annulé ce permis le ${on}.`,
    es: `La autoridad emisora anuló este permiso el ${on}.`,
  };
}

export function replacedMessage(at: number): LocalizedMessage {
  const on = dayOf(at);
  return {
    en: `The issuing authority replaced this permit by another on ${on}: ask for the replacement.`,
    fr: `L’organe de gestion émetteur a remplacé ce permis par un autre le ${on} : demandez le permis de remplacement.`,
    es: `La autoridad emisora sustituyó este permiso por otro el ${on}: pida el permiso de sustitución.`,
  };
}

export function endorsedMessage(at: number, place: string | null): LocalizedMessage {
  const on = dayOf(at);
  if (place === null) {
    return {
      en: `This permit was already endorsed on ${on}: it may not be used for another shipment.`,
      fr: `Ce permis a déjà été visé le ${on} : il ne peut pas servir pour une autre expédition.`,
      es: `Este permiso ya fue refrendado el ${on}: no puede usarse para otro envío.`,
    };
  }
  return {
    en: `This permit was already endorsed on ${on} at ${place}: it may not be used for another shipment.`,
    fr: `Ce permis a déjà été visé le ${on} à ${place} : il ne peut pas servir pour une autre expédition.`,
    es: `Este permiso ya fue refrendado el ${on} en ${place}: no puede usarse para otro envío.`,
  };
}

export function statusUnavailableMessage(party: string): LocalizedMessage {
  return {
    en: `No status list of ${party} is held on this device: whether the permit was cancelled, replaced or already used cannot be checked.`,
    fr: `Aucune liste de statut de ${party} n’est présente sur cet appareil : on ne peut pas vérifier si le permis a été annulé, remplacé ou déjà utilisé.`,
    es: `No hay en este dispositivo ninguna lista de estado de ${party}: no se puede comprobar si el permiso fue anulado, sustituido o ya utilizado.`,
  };
}

export function listsStaleMessage(fetchedAt: number): LocalizedMessage {
  const on = dayOf(fetchedAt);
  return {
    en: `The trust and status lists on this device are more than 24 hours old (last updated ${on}): synchronise when you can.`,
    fr: `Les listes de confiance et de statut de cet appareil datent de plus de 24 heures (dernière mise à jour le ${on}) : synchronisez dès que possible.`,
    es: `Las listas de confianza y de estado de este dispositivo tienen más de 24 horas (última actualización el ${on}): sincronice en cuanto pueda.`,
  };
}

export const CLOCK_BEHIND_CHECKPOINT_MESSAGE: LocalizedMessage = {
  en: 'This device’s clock is earlier than the newest checkpoint it holds from HQ: the clock is wrong, so the validity dates cannot be trusted. Set the date and time.',
  fr: 'L’horloge de cet appareil est antérieure au plus récent point de contrôle reçu du siège : elle est fausse, et les dates de validité ne peuvent pas être vérifiées. Réglez la date et l’heure.',
  es: 'El reloj de este dispositivo es anterior al punto de control más reciente recibido de la sede: está mal, así que las fechas de validez no son fiables. Ajuste la fecha y la hora.',
};

/** YYYY-MM-DD HH:MM UTC of a time in ms since the epoch, for acts recorded on this device. */
export function minuteOf(time: number): string {
  return `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** Who recorded an act on this device: the user's name (or id) and the device code. */
export interface LocalActor {
  readonly actor: string;
  readonly device: string;
}

export function locallyEndorsedMessage(at: number, port: string, by: LocalActor): LocalizedMessage {
  const when = minuteOf(at);
  return {
    en: `This permit was already endorsed on ${when} at ${port} by ${by.actor} (device ${by.device}), as this device’s log records: it may not be used for another shipment.`,
    fr: `Ce permis a déjà été visé le ${when} à ${port} par ${by.actor} (appareil ${by.device}), selon le journal de cet appareil : il ne peut pas servir pour une autre expédition.`,
    es: `Este permiso ya fue refrendado el ${when} en ${port} por ${by.actor} (dispositivo ${by.device}), según el registro de este dispositivo: no puede usarse para otro envío.`,
  };
}

export function locallyCancelledMessage(at: number, by: LocalActor): LocalizedMessage {
  const when = minuteOf(at);
  return {
    en: `This permit was cancelled on ${when} by ${by.actor} (device ${by.device}), as this device’s log records.`,
    fr: `Ce permis a été annulé le ${when} par ${by.actor} (appareil ${by.device}), selon le journal de cet appareil.`,
    es: `Este permiso fue anulado el ${when} por ${by.actor} (dispositivo ${by.device}), según el registro de este dispositivo.`,
  };
}

export function locallyReplacedMessage(at: number, by: LocalActor): LocalizedMessage {
  const when = minuteOf(at);
  return {
    en: `This permit was replaced by another on ${when} by ${by.actor} (device ${by.device}), as this device’s log records: ask for the replacement.`,
    fr: `Ce permis a été remplacé par un autre le ${when} par ${by.actor} (appareil ${by.device}), selon le journal de cet appareil : demandez le permis de remplacement.`,
    es: `Este permiso fue sustituido por otro el ${when} por ${by.actor} (dispositivo ${by.device}), según el registro de este dispositivo: pida el permiso de sustitución.`,
  };
}
