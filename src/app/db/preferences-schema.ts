import { z } from 'zod';
import { supportedLanguages } from '../i18n/languages.ts';

export const persistenceRequestSchema = z.object({
  requestedAt: z.iso.datetime(),
  granted: z.boolean(),
});

export const storedPreferencesSchema = z.object({
  id: z.literal('device'),
  language: z.enum(supportedLanguages).optional(),
  persistenceRequest: persistenceRequestSchema.optional(),
});

export type StoredPreferences = z.infer<typeof storedPreferencesSchema>;
export type PersistenceRequest = z.infer<typeof persistenceRequestSchema>;
