import '@/components/styles/floating';
import { Tooltip } from '@mantine/core';
import type { ReactNode, RefObject } from 'react';

type Props = { target: RefObject<HTMLElement | null>; label: ReactNode; withArrow?: boolean };

/** Shown while its trigger says so; positioned against the trigger without wrapping it. */
export default function FloatingHint({ target, label, withArrow }: Props) {
  return <Tooltip target={target} label={label} withArrow={withArrow} opened />;
}
