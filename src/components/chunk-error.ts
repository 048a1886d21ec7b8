/**
 * A code-split chunk failed to download: the connection dropped, or a new deploy removed the old
 * files. Retrying in place cannot help; only a reload fetches the current build.
 */
export function isChunkLoadError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'ChunkLoadError') return true;
  return /dynamically imported module|module script failed|error loading dynamically imported|loading (css )?chunk/i.test(error.message);
}
