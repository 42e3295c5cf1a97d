import type { PermitDraft } from '../../core/permit/model/permit-draft.ts';
import { searchTokens } from '../../core/species/search-normalise.ts';
import type { PermitRecord } from './permit-record.ts';

type IndexKeys = Pick<PermitRecord, 'documentType' | 'speciesIds' | 'parties' | 'searchWords'>;

/** The index keys of a permit: its type, the taxa it covers, the Parties it trades with, the words it is found by. */
export function permitIndexKeys(permit: PermitDraft): IndexKeys {
  const taxa = (permit.lineItems ?? []).flatMap((item) => (item.taxon ? [item.taxon] : []));
  const parties = [permit.importer?.country, permit.exporter?.country].filter((code) => code !== undefined);
  const texts = [
    permit.number ?? '',
    permit.importer?.name ?? '',
    permit.exporter?.name ?? '',
    ...taxa.flatMap((taxon) => [taxon.scientificName ?? '', taxon.commonName ?? '']),
  ];
  return {
    documentType: permit.document?.type ?? '',
    speciesIds: [...new Set(taxa.flatMap((taxon) => (typeof taxon.taxonId === 'number' ? [taxon.taxonId] : [])))],
    parties: [...new Set(parties)],
    searchWords: [...new Set(texts.flatMap((text) => searchTokens(text)))],
  };
}
