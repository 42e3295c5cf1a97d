import { z } from 'zod';
import { parseBase64 } from '../../core/crypto/base64.ts';

/** A JSON string of canonical standard base64 spelling exactly `length` bytes, parsed to the bytes. */
export function base64BytesSchema(length: number) {
  return z
    .string()
    .max(4 * Math.ceil(length / 3))
    .transform((text, context) => {
      const bytes = parseBase64(text);
      if (bytes === undefined || bytes.length !== length) {
        context.addIssue({ code: 'custom', message: `must be ${length} bytes in standard base64` });
        return z.NEVER;
      }
      return bytes;
    });
}
