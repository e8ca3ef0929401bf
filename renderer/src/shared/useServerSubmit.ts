import { useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

/**
 * A form's submit: the values the schema accepted go to `send`; if the backend refuses, its Chinese
 * message (after `prefix`, e.g. "未保存：") is kept for the form to show and everything typed stays.
 */
export function useServerSubmit<TValues extends FieldValues, TOutput>(
  handleSubmit: UseFormReturn<TValues, unknown, TOutput>['handleSubmit'],
  send: (values: TOutput) => Promise<void>,
  prefix = '',
) {
  const [serverError, setServerError] = useState<string | null>(null);
  const submit = handleSubmit(async (values) => {
    setServerError(null);
    try {
      await send(values);
    } catch (error) {
      setServerError(`${prefix}${(error as Error).message}`);
    }
  });
  return { submit, serverError };
}
