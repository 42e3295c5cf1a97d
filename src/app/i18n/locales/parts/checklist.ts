// The species checklist the device holds and its updates from HQ (Sync screen), in the three languages. fr.ts and es.ts type-check these against the English tree.
export const checklistEn = {
  heading: 'Species checklist',
  held: 'Checklist held',
  bundled: 'The demonstration checklist shipped with the app: {{taxa}} taxa',
  stored: 'Published by HQ on {{date}}: {{taxa}} taxa',
  version: 'Version {{version}}',
  progress: 'Checklist update: page {{page}} of {{pages}}',
  progressNote: 'The update continues at the next sync from where it stopped. The checklist held stays in use until the update is complete.',
};

export const checklistFr = {
  heading: 'Liste des espèces',
  held: 'Liste détenue',
  bundled: 'La liste de démonstration fournie avec l’application : {{taxa}} taxons',
  stored: 'Publiée par le siège le {{date}} : {{taxa}} taxons',
  version: 'Version {{version}}',
  progress: 'Mise à jour de la liste : page {{page}} sur {{pages}}',
  progressNote: 'La mise à jour reprend là où elle s’est arrêtée à la prochaine synchronisation. La liste détenue reste utilisée jusqu’à la fin de la mise à jour.',
};

export const checklistEs = {
  heading: 'Lista de especies',
  held: 'Lista disponible',
  bundled: 'La lista de demostración incluida en la aplicación: {{taxa}} taxones',
  stored: 'Publicada por la sede el {{date}}: {{taxa}} taxones',
  version: 'Versión {{version}}',
  progress: 'Actualización de la lista: página {{page}} de {{pages}}',
  progressNote: 'La actualización continúa en la próxima sincronización desde donde se detuvo. La lista disponible se sigue usando hasta que la actualización termine.',
};
