import type { LocaleMessages } from './messages.ts';

export const es: LocaleMessages = {
  app: {
    name: 'Hornbill',
    tagline: 'Permisos CITES, sin conexión',
    skipToContent: 'Ir al contenido',
    loading: 'Iniciando Hornbill…',
    startFailed: 'Hornbill no pudo abrir su almacenamiento en este dispositivo: {{reason}}',
  },
  nav: {
    label: 'Principal',
    about: 'Acerca de',
    settings: 'Ajustes',
  },
  connection: {
    online: 'En línea',
    offline: 'Sin conexión — todo sigue funcionando en este dispositivo',
  },
  update: {
    offlineReady: 'Hornbill está instalado y funciona sin conexión.',
    available: 'Hay una nueva versión de Hornbill lista. Actualice cuando su trabajo esté guardado.',
    updateNow: 'Actualizar ahora',
    later: 'Más tarde',
    dismiss: 'Aceptar',
  },
  settings: {
    title: 'Ajustes',
    language: {
      heading: 'Idioma',
      label: 'Idioma de la aplicación',
      saved: 'Guardado. Hornbill se abrirá en este idioma en este dispositivo.',
    },
    storage: {
      heading: 'Almacenamiento en este dispositivo',
      usage: '{{used}} usados de {{quota}} disponibles para Hornbill',
      unknown: 'Este navegador no indica cuánto almacenamiento se usa.',
      persisted: 'Almacenamiento persistente: concedido. El navegador no borrará los datos de Hornbill para liberar espacio.',
      notPersisted: 'Almacenamiento persistente: no concedido. El navegador puede borrar los datos de Hornbill si el dispositivo se queda sin espacio.',
      unsupported: 'Este navegador no puede hacer persistente el almacenamiento.',
      request: 'Conservar los datos de Hornbill en este dispositivo',
      requesting: 'Consultando al navegador…',
      granted: 'El navegador concedió el almacenamiento persistente.',
      denied: 'El navegador rechazó el almacenamiento persistente. Instalar Hornbill en la pantalla de inicio suele permitirlo.',
      lastRequest: 'Última solicitud el {{date}}: {{result}}',
      resultGranted: 'concedido',
      resultDenied: 'rechazado',
    },
  },
  about: {
    title: 'Acerca de Hornbill',
    intro:
      'Hornbill permite a una Autoridad Administrativa CITES expedir permisos y certificados en tabletas sobre el terreno, conservar un registro firmado de cada acto sobre cada permiso e imprimir permisos cuyo código QR un inspector de frontera verifica sin conexión.',
    version: 'Versión {{version}}',
    licence: 'Hornbill es software de código abierto bajo la Licencia Apache, versión 2.0.',
    librariesHeading: 'Bibliotecas de esta aplicación',
    librariesIntro: 'Hornbill se basa en estas bibliotecas de código abierto, cada una con su propia licencia:',
    librariesUnavailable: 'La lista de bibliotecas no está disponible en esta versión.',
    libraryColumn: 'Biblioteca',
    versionColumn: 'Versión',
    licenceColumn: 'Licencia',
    dataHeading: 'Datos',
    dataNone: 'Esta versión no incluye datos de terceros.',
  },
};
