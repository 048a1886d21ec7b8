export type ServedConfig = { api?: { adapter?: string; baseUrl?: string }; demo?: boolean } | null | undefined;
export declare function apiOrigin(baseUrl: unknown): string | null;
export declare function buildCsp(config: ServedConfig): string;
export declare function securityHeaders(config: ServedConfig): Record<string, string>;
export declare function readServedConfig(file: string): ServedConfig;
