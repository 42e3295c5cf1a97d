// The inspector's camera scanner, in the three languages. fr.ts and es.ts type-check these against the English tree.
export const cameraEn = {
  start: 'Scan with the camera',
  stop: 'Stop the camera',
  view: 'Camera view',
  scanning: 'Hold the QR code (top right of the permit) inside the frame.',
  error: {
    denied: 'Hornbill may not use the camera. Allow the camera for this site in the browser’s settings, then try again.',
    notFound: 'No camera was found on this device. Use a photo of the QR code instead.',
    inUse: 'The camera could not be started: another app may be using it. Close that app and try again.',
    unsupported: 'This browser cannot open the camera here: that needs a recent browser and the app over a secure (https) connection. Use a photo of the QR code instead.',
    failed: 'The camera stopped with an error. Try again, or use a photo of the QR code.',
  },
} as const;

export const cameraFr = {
  start: 'Scanner avec la caméra',
  stop: 'Arrêter la caméra',
  view: 'Image de la caméra',
  scanning: 'Placez le code QR (en haut à droite du permis) dans le cadre.',
  error: {
    denied: 'Hornbill n’a pas le droit d’utiliser la caméra. Autorisez la caméra pour ce site dans les paramètres du navigateur, puis réessayez.',
    notFound: 'Aucune caméra n’a été trouvée sur cet appareil. Utilisez plutôt une photo du code QR.',
    inUse: 'La caméra n’a pas pu démarrer : une autre application l’utilise peut-être. Fermez-la et réessayez.',
    unsupported: 'Ce navigateur ne peut pas ouvrir la caméra ici : il faut un navigateur récent et l’application en connexion sécurisée (https). Utilisez plutôt une photo du code QR.',
    failed: 'La caméra s’est arrêtée sur une erreur. Réessayez, ou utilisez une photo du code QR.',
  },
};

export const cameraEs = {
  start: 'Escanear con la cámara',
  stop: 'Detener la cámara',
  view: 'Imagen de la cámara',
  scanning: 'Mantenga el código QR (arriba a la derecha del permiso) dentro del marco.',
  error: {
    denied: 'Hornbill no tiene permiso para usar la cámara. Permita la cámara para este sitio en la configuración del navegador y vuelva a intentarlo.',
    notFound: 'No se encontró ninguna cámara en este dispositivo. Use una foto del código QR.',
    inUse: 'No se pudo iniciar la cámara: puede que otra aplicación la esté usando. Ciérrela y vuelva a intentarlo.',
    unsupported: 'Este navegador no puede abrir la cámara aquí: hace falta un navegador reciente y la aplicación en una conexión segura (https). Use una foto del código QR.',
    failed: 'La cámara se detuvo por un error. Vuelva a intentarlo o use una foto del código QR.',
  },
};
