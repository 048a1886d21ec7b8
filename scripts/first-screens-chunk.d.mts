type ChunkingContext = { getModuleInfo(id: string): { code: string | null; importedIds: readonly string[] } | null };

/** `name` for the build's code-splitting group that puts the first screens' modules in one chunk. */
export function firstScreensChunk(nodeModules: string, roots: string[]): (id: string, ctx: ChunkingContext) => string | null;
