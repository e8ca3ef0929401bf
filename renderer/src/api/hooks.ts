import { useMutation, useQuery, type UseQueryOptions } from '@tanstack/react-query';
import type { MethodInput, MethodName, MethodOutput } from '../../../core/contract';
import { call } from './client';

declare module '@tanstack/react-query' {
  interface Register {
    /** `inlineError`: the caller shows the error itself (e.g. inside a form), so no global toast. */
    mutationMeta: { inlineError?: boolean };
  }
}

type QueryOptions<M extends MethodName> = Omit<UseQueryOptions<MethodOutput<M>, Error>, 'queryKey' | 'queryFn'>;

/** Reads one contract method; the cache key is the method name and its input. */
export function useApiQuery<M extends MethodName>(method: M, input: MethodInput<M>, options?: QueryOptions<M>) {
  return useQuery({ queryKey: [method, input], queryFn: () => call(method, input), ...options });
}

/** Calls one writing contract method; every success refreshes the data on screen (see DataProvider). */
export function useApiMutation<M extends MethodName>(method: M, options: { inlineError?: boolean } = {}) {
  return useMutation<MethodOutput<M>, Error, MethodInput<M>>({
    mutationFn: (input) => call(method, input),
    meta: { inlineError: options.inlineError },
  });
}
