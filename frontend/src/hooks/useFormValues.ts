import { useCallback, useState } from 'preact/hooks';

/** Form values in one object, with a setter per field for `onValue` props. */
export function useFormValues<T extends { [K in keyof T]: string }>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const set = useCallback(
    <K extends keyof T>(name: K) =>
      (value: T[K]) =>
        setValues((previous) => ({ ...previous, [name]: value })),
    [],
  );
  return { values, setValues, set };
}
