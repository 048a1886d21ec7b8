import { LanguageButton } from './language-button';
import { onDemand } from './on-demand/on-demand';

/** Tiếng Việt / English, remembered in this browser; the menu loads when first reached for. */
export const LanguageMenu = onDemand(async () => (await import('./language-menu-control')).LanguageMenuControl, LanguageButton);
