import { useCallback, useEffect, useState } from 'react';
import type { Personalisation } from '@/lib/statements/personalisation';
import { loadPersonalisation, NO_PERSONALISATION, personalisationItem, watchPersonalisation } from './storage/statements';

/** The practice's details for model statements, for a React page: loaded, kept current, and saved on request. */
export function usePersonalisation(): [Personalisation, (p: Personalisation) => void] {
  const [value, setValue] = useState(NO_PERSONALISATION);
  useEffect(() => {
    void loadPersonalisation().then(setValue);
    return watchPersonalisation(setValue);
  }, []);
  const save = useCallback((p: Personalisation) => {
    setValue(p);
    personalisationItem.setValue(p).catch(() => undefined);
  }, []);
  return [value, save];
}
