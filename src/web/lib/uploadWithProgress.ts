import { ApiError, apiErrorFrom } from './api';

export type UploadProgress = { loaded: number; total: number; percent: number };

type Options = {
  onProgress?: (progress: UploadProgress) => void;
  /** Called when the request body has been sent and the server is working on it. */
  onUploaded?: () => void;
  signal?: AbortSignal;
};

/**
 * POSTs a multipart form with XMLHttpRequest so that the upload can report its progress
 * (fetch cannot). Answers and errors are those of the JSON API client.
 */
export function uploadWithProgress<T>(path: string, form: FormData, options: Options = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (!event.lengthComputable) return;
      options.onProgress?.({
        loaded: event.loaded,
        total: event.total,
        percent: event.total > 0 ? Math.min(100, Math.round((event.loaded / event.total) * 100)) : 0,
      });
    };
    xhr.upload.onload = () => options.onUploaded?.();
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve((xhr.responseText ? JSON.parse(xhr.responseText) : undefined) as T);
        } catch {
          reject(new ApiError(xhr.status, 'INTERNAL', 'The answer is not JSON'));
        }
        return;
      }
      reject(apiErrorFrom(xhr.status, xhr.statusText, xhr.responseText));
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK_ERROR', 'The server cannot be reached'));
    xhr.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    if (options.signal) {
      if (options.signal.aborted) {
        reject(new DOMException('The upload was cancelled', 'AbortError'));
        return;
      }
      options.signal.addEventListener('abort', () => xhr.abort(), { once: true });
    }
    xhr.send(form);
  });
}
