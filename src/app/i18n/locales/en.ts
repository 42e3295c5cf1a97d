// The source locale. French and Spanish must carry exactly these keys (type-checked, and tested).
export const en = {
  app: {
    name: 'Hornbill',
    tagline: 'CITES permits, offline',
    skipToContent: 'Skip to content',
    loading: 'Starting Hornbill…',
    startFailed: 'Hornbill could not open its storage on this device: {{reason}}',
  },
  nav: {
    label: 'Main',
    about: 'About',
    settings: 'Settings',
  },
  connection: {
    online: 'Online',
    offline: 'Offline — everything on this device keeps working',
  },
  update: {
    offlineReady: 'Hornbill is installed and works without a connection.',
    available: 'A new version of Hornbill is ready. Update when your work is saved.',
    updateNow: 'Update now',
    later: 'Later',
    dismiss: 'OK',
  },
  settings: {
    title: 'Settings',
    language: {
      heading: 'Language',
      label: 'Language of the app',
      saved: 'Saved. Hornbill will open in this language on this device.',
    },
    storage: {
      heading: 'Storage on this device',
      usage: '{{used}} used of {{quota}} available to Hornbill',
      unknown: 'This browser does not report how much storage is used.',
      persisted: 'Persistent storage: granted. The browser will not clear Hornbill’s data to free space.',
      notPersisted: 'Persistent storage: not granted. The browser may clear Hornbill’s data when the device runs low on space.',
      unsupported: 'This browser cannot keep storage persistent.',
      request: 'Keep Hornbill’s data on this device',
      requesting: 'Asking the browser…',
      granted: 'The browser granted persistent storage.',
      denied: 'The browser refused persistent storage. Installing Hornbill to the home screen usually lets it be granted.',
      lastRequest: 'Last asked on {{date}}: {{result}}',
      resultGranted: 'granted',
      resultDenied: 'refused',
    },
  },
  about: {
    title: 'About Hornbill',
    intro:
      'Hornbill lets a CITES Management Authority issue permits and certificates on tablets in the field, keep a signed record of every act on every permit, and print permits whose QR code a border inspector checks with no connection.',
    version: 'Version {{version}}',
    licence: 'Hornbill is open-source software under the Apache License, version 2.0.',
    librariesHeading: 'Libraries in this app',
    librariesIntro: 'Hornbill is built on these open-source libraries, each under its own licence:',
    librariesUnavailable: 'The list of libraries is not available in this build.',
    libraryColumn: 'Library',
    versionColumn: 'Version',
    licenceColumn: 'Licence',
    dataHeading: 'Data',
    dataNone: 'This version ships no third-party data.',
  },
} as const;
