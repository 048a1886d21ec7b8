import { useLocalStorage } from '@mantine/hooks';

export const SINGLE_KEY_SHORTCUTS_KEY = 'newsroom.singleKeyShortcuts';

/**
 * Whether one-key shortcuts (moderation's A/S/R…) are on; a setting, on by default. Every component
 * using the hook sees a change at once (Mantine syncs instances and other tabs).
 */
export function useSingleKeyShortcuts(): [enabled: boolean, setEnabled: (enabled: boolean) => void] {
  const [enabled, setEnabled] = useLocalStorage<boolean>({
    key: SINGLE_KEY_SHORTCUTS_KEY,
    defaultValue: true,
    getInitialValueInEffect: false,
  });
  return [enabled, setEnabled];
}
