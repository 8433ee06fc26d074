/** Test helper: an in-memory Storage whose methods can be made to throw (blocked or full storage). */
import type { ProgressStorage } from '../../src/store/progress-storage';

/** An in-memory Storage whose methods can be made to throw. */
export function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const fail = { get: false, set: false };
  const storage: ProgressStorage & { data: Map<string, string>; fail: typeof fail } = {
    data,
    fail,
    getItem: vi.fn((k: string) => {
      if (fail.get) throw new DOMException('blocked', 'SecurityError');
      return data.has(k) ? data.get(k)! : null;
    }),
    setItem: vi.fn((k: string, v: string) => {
      if (fail.set) throw new DOMException('full', 'QuotaExceededError');
      data.set(k, v);
    }),
    removeItem: vi.fn((k: string) => void data.delete(k)),
    key: (i: number) => [...data.keys()][i] ?? null,
    get length() {
      return data.size;
    },
  };
  return storage;
}
