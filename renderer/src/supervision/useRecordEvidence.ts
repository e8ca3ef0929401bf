import { useApiMutation } from '../api/hooks';
import type { UploadedFile } from './evidenceFiles';

/**
 * Records uploaded files as evidence of an item (or of one of its progress entries). Each file is its
 * own record, so one refusal does not lose the others; the messages of those refused are returned.
 */
export function useRecordEvidence() {
  const add = useApiMutation('evidence.add', { inlineError: true });
  return async (itemId: number, progressEntryId: number | null, uploaded: UploadedFile[]): Promise<string[]> => {
    const failures: string[] = [];
    for (const { file, sha256 } of uploaded) {
      try {
        await add.mutateAsync({ itemId, progressEntryId, sha256, originalName: file.name, mime: file.type || 'application/octet-stream' });
      } catch (error) {
        const text = (error as Error).message;
        // Refusals of the file itself name it already.
        failures.push(text.startsWith('《') ? text : `《${file.name}》${text}`);
      }
    }
    return failures;
  };
}
