import { lazy, Suspense, useEffect, useRef, useState, type PointerEvent, type ReactNode } from 'react';

const FloatingHint = lazy(() => import('./floating-hint'));

/** Keyboard focus only, as Mantine's own tooltips do; engines without the selector never show it. */
function focusVisible(element: HTMLElement | null): boolean {
  try {
    return !!element?.matches(':focus-visible');
  } catch {
    return false;
  }
}

/**
 * A Mantine tooltip for an always-visible header button, without putting floating-ui in the first
 * download: the tooltip's code arrives the first time someone hovers or keyboard-focuses the button.
 * `label` may be a function, called only when the hint shows (a list of rows need not format twenty
 * labels nobody hovers).
 */
export function useHint<T extends HTMLElement>(label: ReactNode | (() => ReactNode), { openDelay = 400, withArrow = false } = {}) {
  const ref = useRef<T>(null);
  const timer = useRef<number | undefined>(undefined);
  const [shown, setShown] = useState(false);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const show = (delay: number) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setShown(true), delay);
  };
  const hide = () => {
    window.clearTimeout(timer.current);
    setShown(false);
  };

  const triggerProps = {
    ref,
    onPointerEnter: (event: PointerEvent) => {
      if (event.pointerType === 'mouse') show(openDelay);
    },
    onPointerLeave: hide,
    onPointerDown: hide,
    onFocus: () => {
      if (focusVisible(ref.current)) show(0);
    },
    onBlur: hide,
  };
  const hint = shown ? (
    <Suspense fallback={null}>
      <FloatingHint target={ref} label={typeof label === 'function' ? label() : label} withArrow={withArrow} />
    </Suspense>
  ) : null;
  return { triggerProps, hint };
}
