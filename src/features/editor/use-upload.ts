import { useRef, useState } from 'react';
import { useApi } from '@/api/react';
import type { Media } from '@/api/port';

/** One upload through the port's `media`, with its progress (0–1) for a Progress bar. */
export function useUpload() {
  const api = useApi();
  const [progress, setProgress] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);
  const abort = useRef<AbortController | null>(null);

  const upload = async (file: File): Promise<Media | null> => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setFailed(false);
    setProgress(0);
    try {
      const media = await api.media.upload({ file, filename: file.name, onProgress: setProgress, signal: controller.signal });
      setProgress(null);
      return media;
    } catch {
      if (!controller.signal.aborted) setFailed(true);
      setProgress(null);
      return null;
    }
  };

  return { upload, progress, uploading: progress !== null, failed };
}
