import { useMemo } from 'react';
import { useLanguage } from '../i18n/useLanguage.ts';
import { permitCodeOptions, type PermitCodeOptions } from './codeOptions.ts';

export function usePermitCodeOptions(): PermitCodeOptions {
  const language = useLanguage();
  return useMemo(() => permitCodeOptions(language), [language]);
}
