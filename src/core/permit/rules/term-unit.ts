// Box 9 term against box 11 unit: a quantity reported in a unit the annual-report Guidelines do not give
// for the term is not wrong in law, but the Trade Database flags it and the figure cannot be compared with
// other trade, so this is a warning. The accepted units per term are in src/core/codes/data/term-units.ts.
import { termUnits } from '../../codes/data/term-units.ts';
import type { CurrentUnitCode } from '../../codes/data/term-units.ts';
import { termRecords } from '../../codes/data/term-codes.ts';
import { unitRecords } from '../../codes/data/unit-codes.ts';
import type { LocalizedMessage } from '../localized-error.ts';
import type { Permit } from '../model/permit.ts';
import { warningFinding } from './finding.ts';
import type { Finding } from './finding.ts';
import { lineItemName } from './names.ts';

const NUMBER_OF_SPECIMENS = 'NAR';

/** "kg (KGM)": the symbol the Guide gives in the unit's English name, which reads the same in EN/FR/ES. */
function unitName(unit: CurrentUnitCode): LocalizedMessage {
  if (unit === NUMBER_OF_SPECIMENS) return { en: 'number of specimens', fr: 'nombre de spécimens', es: 'número de especímenes' };
  const symbol = /\(([^)]+)\)$/.exec(unitRecords.find((record) => record.code === unit)?.name.en ?? '')?.[1];
  const shown = symbol === undefined ? unit : `${symbol} (${unit})`;
  return { en: shown, fr: shown, es: shown };
}

const OR: LocalizedMessage = { en: 'or', fr: 'ou en', es: 'o en' };

/** "number of specimens or kg (KGM)", "A, B or C" in each language. */
function unitList(units: readonly CurrentUnitCode[], language: keyof LocalizedMessage): string {
  const names = units.map((unit) => unitName(unit)[language]);
  const last = names.pop();
  return names.length === 0 ? (last ?? '') : `${names.join(', ')} ${OR[language]} ${last ?? ''}`;
}

export function checkTermUnitPair(permit: Permit): Finding[] {
  return permit.lineItems.flatMap((item, index) => {
    const unit: CurrentUnitCode = item.quantity.unit ?? NUMBER_OF_SPECIMENS;
    const { preferred, alternative } = termUnits[item.term];
    if (preferred.includes(unit) || alternative.includes(unit)) return [];
    const accepted = [...preferred, ...alternative];
    const line = lineItemName(index);
    const given = unitName(unit);
    const termName = termRecords.find((record) => record.code === item.term)?.name ?? { en: '', fr: '', es: '' };
    return [warningFinding('term-unit.unusual-pair', `lineItems.${index}.quantity.unit`, {
      en: `${line.en}: a quantity of ${item.term} (${termName.en}) is normally given in ${unitList(accepted, 'en')}, not in ${given.en}; the CITES Trade Database will flag it.`,
      fr: `${line.fr} : une quantité de ${item.term} (${termName.fr}) s’exprime normalement en ${unitList(accepted, 'fr')}, et non en ${given.fr} ; la base de données sur le commerce CITES la signalera.`,
      es: `${line.es}: una cantidad de ${item.term} (${termName.es}) se expresa normalmente en ${unitList(accepted, 'es')}, no en ${given.es}; la base de datos sobre el comercio CITES la señalará.`,
    })];
  });
}
