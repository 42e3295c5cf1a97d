import type { LocaleMessages } from './messages.ts';

export const fr: LocaleMessages = {
  app: {
    name: 'Hornbill',
    tagline: 'Permis CITES, hors ligne',
    skipToContent: 'Aller au contenu',
    loading: 'Démarrage de Hornbill…',
    startFailed: 'Hornbill n’a pas pu ouvrir son stockage sur cet appareil : {{reason}}',
  },
  nav: {
    label: 'Principal',
    about: 'À propos',
    settings: 'Paramètres',
  },
  connection: {
    online: 'En ligne',
    offline: 'Hors ligne — tout continue de fonctionner sur cet appareil',
  },
  update: {
    offlineReady: 'Hornbill est installé et fonctionne sans connexion.',
    available: 'Une nouvelle version de Hornbill est prête. Mettez à jour quand votre travail est enregistré.',
    updateNow: 'Mettre à jour',
    later: 'Plus tard',
    dismiss: 'OK',
  },
  settings: {
    title: 'Paramètres',
    language: {
      heading: 'Langue',
      label: 'Langue de l’application',
      saved: 'Enregistré. Hornbill s’ouvrira dans cette langue sur cet appareil.',
    },
    storage: {
      heading: 'Stockage sur cet appareil',
      usage: '{{used}} utilisés sur {{quota}} disponibles pour Hornbill',
      unknown: 'Ce navigateur n’indique pas l’espace de stockage utilisé.',
      persisted: 'Stockage persistant : accordé. Le navigateur n’effacera pas les données de Hornbill pour libérer de l’espace.',
      notPersisted: 'Stockage persistant : non accordé. Le navigateur peut effacer les données de Hornbill si l’appareil manque d’espace.',
      unsupported: 'Ce navigateur ne peut pas rendre le stockage persistant.',
      request: 'Conserver les données de Hornbill sur cet appareil',
      requesting: 'Demande au navigateur…',
      granted: 'Le navigateur a accordé le stockage persistant.',
      denied: 'Le navigateur a refusé le stockage persistant. Installer Hornbill sur l’écran d’accueil permet en général de l’obtenir.',
      lastRequest: 'Dernière demande le {{date}} : {{result}}',
      resultGranted: 'accordé',
      resultDenied: 'refusé',
    },
  },
  about: {
    title: 'À propos de Hornbill',
    intro:
      'Hornbill permet à un organe de gestion CITES de délivrer des permis et des certificats sur tablette sur le terrain, de conserver une trace signée de chaque acte sur chaque permis et d’imprimer des permis dont le code QR est vérifié à la frontière sans connexion.',
    version: 'Version {{version}}',
    licence: 'Hornbill est un logiciel libre sous licence Apache, version 2.0.',
    librariesHeading: 'Bibliothèques de cette application',
    librariesIntro: 'Hornbill repose sur ces bibliothèques libres, chacune sous sa propre licence :',
    librariesUnavailable: 'La liste des bibliothèques n’est pas disponible dans cette version.',
    libraryColumn: 'Bibliothèque',
    versionColumn: 'Version',
    licenceColumn: 'Licence',
    dataHeading: 'Données',
    dataNone: 'Cette version ne contient aucune donnée de tiers.',
  },
};
