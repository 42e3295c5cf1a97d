import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import { hqRequest, type HqResult } from './hqRequest.ts';

/** A GET on HQ: undefined while loading, then its result; `reload` asks again (after a change). */
export function useHqResource<S extends z.ZodType>(path: string, schema: S): { result: HqResult<z.infer<S>> | undefined; reload: () => void } {
  const [result, setResult] = useState<HqResult<z.infer<S>> | undefined>(undefined);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let current = true;
    void hqRequest(path, schema).then((answer) => {
      if (current) setResult(answer);
    });
    return () => {
      current = false;
    };
  }, [path, schema, generation]);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { result, reload };
}
