import type { Plugin } from 'vite';

/** React Router's production chunk with its components marked free of side effects. */
export function markReactRouterPure(code: string): string;
/** Applies `markReactRouterPure` to React Router's production chunks in the build. */
export function reactRouterTreeShaking(): Plugin;
