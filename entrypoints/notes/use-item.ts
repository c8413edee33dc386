import type { WxtStorageItem } from '@wxt-dev/storage';
import { useEffect, useState } from 'preact/hooks';

/** A storage item's value, live (its fallback until read). */
export function useItem<T>(item: WxtStorageItem<T, Record<string, unknown>>): T {
  const [value, setValue] = useState<T>(item.fallback);
  useEffect(() => {
    void item.getValue().then(setValue);
    return item.watch(setValue);
  }, [item]);
  return value;
}
