// The device code in a permit number: 3 characters assigned to a tablet at enrolment, unique within its
// Party. Its alphabet leaves out 0, 1, I and O, which officials misread or mistype for one another;
// 32 characters give 32,768 codes per Party.

export const DEVICE_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

export const DEVICE_CODE_LENGTH = 3;

export function isDeviceCode(text: string): boolean {
  return text.length === DEVICE_CODE_LENGTH && [...text].every((c) => DEVICE_CODE_ALPHABET.includes(c));
}
