import { forwardRef, type AnchorHTMLAttributes, type MouseEvent } from 'react';
import { useHref, useLinkClickHandler, type To } from 'react-router';

export type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  to: To;
  /** Replaces the current history entry instead of adding one. */
  replace?: boolean;
  state?: unknown;
};

/**
 * An in-app link: a real `<a href>` (open in a new tab, copy the address), and a plain click
 * navigates without reloading. react-router's own `Link` also carries the framework mode's route
 * discovery and prefetching, which the app does not use and which would weigh on the first screens;
 * this one is its click handling alone, the same behaviour otherwise.
 */
export const Link = forwardRef<HTMLAnchorElement, LinkProps>(function Link({ to, replace, state, target, onClick, ...rest }, ref) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to, { replace, state, target });
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (!event.defaultPrevented) navigate(event);
  };
  return <a {...rest} ref={ref} href={href} target={target} onClick={handleClick} />;
});
