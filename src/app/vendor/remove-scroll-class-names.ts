import { fullWidthClassName, zeroRightClassName } from 'react-remove-scroll-bar/constants';

/**
 * Stands in for `react-remove-scroll` where Mantine's AppShell header, footer and aside import it
 * (see vite.config.ts) only to read the class names that keep fixed bars clear of the scrollbar
 * while a dialog locks scrolling. The names come from the same package the dialogs use, so they
 * stay in step; the scroll lock itself loads with the first dialog, not with the first screens.
 */
export const RemoveScroll = { classNames: { zeroRight: zeroRightClassName, fullWidth: fullWidthClassName } };
