/**
 * React Router's production build wraps its components in `forwardRef`/`memo` calls and names them
 * afterwards (`NavLink.displayName = …`), neither marked free of side effects, so a bundler has to keep
 * every component of the package (forms, fetchers, `NavLink`, scroll restoration, the links' route
 * prefetching…) and all they use. Marked pure and unnamed, only what the app uses stays.
 */
const CHUNK = /[\\/]react-router[\\/]dist[\\/]production[\\/]chunk-[^/\\]+\.mjs$/;

export function markReactRouterPure(code) {
  return code
    .replace(/(?<!__PURE__ \*\/ )\b(React\d*\.(?:forwardRef|memo|createContext)\()/g, '/* @__PURE__ */ $1')
    .replace(/^[A-Za-z_$][\w$]*\.displayName = "[^"\n]*";$/gm, '');
}

/** @returns {import('vite').Plugin} */
export const reactRouterTreeShaking = () => ({
  name: 'newsroom-react-router-tree-shaking',
  apply: 'build',
  transform: (code, id) => (CHUNK.test(id) ? { code: markReactRouterPure(code), map: null } : null),
});
